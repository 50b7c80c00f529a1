import type { ScaleLevel } from '../taxonomy/entities/rating-scale.entity.js';
import type { Sheet, SheetQuestion } from './sheet.js';

/*
 * The SQL of a scorecard's sheet: the stage's pinned rubrics read beside an interview row.
 */

/**
 * The sheet of interview row `i` as three columns (sheet_questions, sheet_focus, sheet_levels),
 * for a statement that reads more beside it; sheetOf turns them into the Sheet.
 */
export const sheetColumnsSql = (i: string) => `
  (SELECT coalesce(json_agg(q ORDER BY q.position), '[]') FROM (
     SELECT sq.id AS "stageQuestionId", sq.position, sq.required,
            sq.question_version_id AS "questionVersionId", r.levels,
            (v.answer_format = 'STAR' OR v.type = 'BEHAVIORAL') AS "starNotes",
            coalesce(json_agg(json_build_object('id', c.id, 'competencyId', c.competency_id,
                                                'title', c.title) ORDER BY c.position)
                     FILTER (WHERE c.id IS NOT NULL), '[]') AS criteria
       FROM stage_questions sq
       JOIN question_versions v ON v.tenant_id = sq.tenant_id AND v.id = sq.question_version_id
       JOIN rating_scales r ON r.tenant_id = v.tenant_id AND r.id = v.scale_id
       LEFT JOIN rubric_criteria c ON c.tenant_id = v.tenant_id AND c.question_version_id = v.id
      WHERE sq.tenant_id = ${i}.tenant_id AND sq.stage_id = ${i}.stage_id
      GROUP BY sq.tenant_id, sq.id, r.levels, v.answer_format, v.type) q) AS sheet_questions,
  (SELECT st.focus_competency_ids FROM loop_stages st
    WHERE st.tenant_id = ${i}.tenant_id AND st.id = ${i}.stage_id) AS sheet_focus,
  (SELECT r.levels FROM rating_scales r WHERE r.tenant_id = ${i}.tenant_id
    ORDER BY r.version DESC LIMIT 1) AS sheet_levels`;

/** The columns of sheetColumnsSql. */
export interface SheetColumns {
  sheet_questions: (Omit<SheetQuestion, 'levels'> & { levels: ScaleLevel[] })[];
  sheet_focus: string[] | null;
  sheet_levels: ScaleLevel[] | null;
}

export const sheetOf = (row: SheetColumns | undefined): Sheet => ({
  questions: (row?.sheet_questions ?? []).map((q) => ({
    ...q,
    levels: q.levels.map((l) => l.value),
  })),
  focusCompetencyIds: row?.sheet_focus ?? [],
  competencyLevels: (row?.sheet_levels ?? []).map((l) => l.value),
});
