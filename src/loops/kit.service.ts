import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { RatingScaleService } from '../taxonomy/rating-scale.service.js';
import { Role } from '../common/role.js';
import { QuestionType } from '../taxonomy/entities/taxonomy.enums.js';
import type { ScaleLevel } from '../taxonomy/entities/rating-scale.entity.js';
import { anchorsOf } from '../taxonomy/question-rows.js';
import type { InterviewGuide } from '../taxonomy/models/guide.models.js';
import type { Competency } from '../taxonomy/models/taxonomy.models.js';
import type { InterviewKit, KitQuestion } from './models/loop.models.js';

interface StageRow {
  id: string;
  name: string;
  kind: InterviewKit['kind'];
  duration_minutes: number;
  instructions: string;
  loop_id: string;
  loop_name: string;
  role_title: string;
  is_manager: boolean;
  is_assigned: boolean;
  focus: Competency[];
  scale: { id: string; version: number; levels: ScaleLevel[] } | null;
  guide:
    | (Omit<InterviewGuide, 'source'> & { packName: string | null; packVersion: string | null })
    | null;
}

interface QuestionRow {
  id: string;
  stage_id: string;
  position: number;
  time_budget_minutes: number;
  required: boolean;
  version_id: string;
  question_id: string;
  number: number;
  prompt: string;
  purpose: string;
  guidance: string;
  follow_ups: string[];
  strong_signals: string[];
  red_flags: string[];
  answer_format: KitQuestion['answerFormat'];
  level_expectations: KitQuestion['levelExpectations'];
  example_answers: KitQuestion['exampleAnswers'];
  type: KitQuestion['type'];
  seniority: KitQuestion['seniority'];
  levels: ScaleLevel[];
}

interface CriterionRow {
  id: string;
  question_version_id: string;
  title: string;
  description: string;
  weight: string;
  anchors: string[];
  competency_id: string;
  key: string;
  name: string;
  competency_description: string;
  archived: boolean;
}

/**
 * The interviewer kit: the hottest read. Three statements (stage with loop, focus and scale;
 * pinned versions with their scales; criteria with competencies) for any number of questions.
 */
@Injectable()
export class KitService {
  constructor(private readonly scales: RatingScaleService) {}

  /** One stage's kit; NOT_FOUND or FORBIDDEN as the caller deserves. */
  async load(ctx: RequestContext, stageId: string): Promise<InterviewKit> {
    const [kit] = await this.loadMany(ctx, [stageId]);
    if (kit instanceof Error) throw kit;
    return kit;
  }

  /**
   * The kits of several stages in the same three statements; each entry is the kit, or the
   * NotFoundError / ForbiddenError for that stage.
   */
  async loadMany(
    ctx: RequestContext,
    stageIds: readonly string[],
  ): Promise<(InterviewKit | NotFoundError | ForbiddenError)[]> {
    const em = await ctx.manager();
    // Statement 1: the stages, their loops, whether the caller manages the loop or is assigned
    // to a (not cancelled) interview at the stage, the focus competencies and the tenant's
    // current scale.
    const stages: StageRow[] = await em.query(
      `SELECT s.id, s.name, s.kind, s.duration_minutes, s.instructions,
              l.id AS loop_id, l.name AS loop_name, l.role_title,
              EXISTS (SELECT 1 FROM loop_hiring_managers h
                       WHERE h.tenant_id = l.tenant_id AND h.loop_id = l.id AND h.user_id = $2) AS is_manager,
              EXISTS (SELECT 1 FROM interviews i JOIN scorecards a ON a.tenant_id = i.tenant_id AND a.interview_id = i.id
                       WHERE i.tenant_id = s.tenant_id AND i.stage_id = s.id AND a.interviewer_id = $2
                         AND i.status <> 'CANCELLED') AS is_assigned,
              coalesce((SELECT json_agg(json_build_object('id', c.id, 'key', c.key, 'name', c.name,
                          'description', c.description, 'archived', c.archived_at IS NOT NULL)
                          ORDER BY array_position(s.focus_competency_ids, c.id))
                          FROM competencies c WHERE c.id = ANY(s.focus_competency_ids)), '[]') AS focus,
              (SELECT json_build_object('id', r.id, 'version', r.version, 'levels', r.levels)
                 FROM rating_scales r ORDER BY r.version DESC LIMIT 1) AS scale,
              (SELECT json_build_object('scoringGuide', g.scoring_guide,
                        'seniorityLevels', g.seniority_levels,
                        'interviewerGuidance', g.interviewer_guidance,
                        'packName', g.pack_name, 'packVersion', g.pack_version)
                 FROM interview_guides g) AS guide
         FROM loop_stages s JOIN interview_loops l ON l.tenant_id = s.tenant_id AND l.id = s.loop_id
        WHERE s.id = ANY($1::uuid[])`,
      [stageIds, ctx.principal.userId],
    );
    const role = ctx.principal.role;
    const readable = stages.filter(
      (st) => role === Role.ADMIN || role === Role.RECRUITER || st.is_manager || st.is_assigned,
    );
    const ids = readable.map((st) => st.id);
    const fallback =
      readable.length && !readable[0].scale ? await this.scales.current(em, ctx.tenantId) : null;
    // Statement 2: the pinned versions, with the levels of the scale each rubric was written on.
    const questions: QuestionRow[] = ids.length
      ? await em.query(
          `SELECT p.id, p.stage_id, p.position, p.time_budget_minutes, p.required,
                  v.id AS version_id, v.question_id, v.number, v.prompt, v.purpose, v.guidance,
                  v.follow_ups, v.strong_signals, v.red_flags, v.answer_format,
                  v.level_expectations, v.example_answers, v.type, q.seniority::text[] AS seniority, r.levels
             FROM stage_questions p
             JOIN question_versions v ON v.tenant_id = p.tenant_id AND v.id = p.question_version_id
             JOIN questions q ON q.tenant_id = v.tenant_id AND q.id = v.question_id
             JOIN rating_scales r ON r.tenant_id = v.tenant_id AND r.id = v.scale_id
            WHERE p.stage_id = ANY($1::uuid[]) ORDER BY p.position`,
          [ids],
        )
      : [];
    // Statement 3: every criterion of those versions with its competency.
    const criteria: CriterionRow[] = questions.length
      ? await em.query(
          `SELECT c.id, c.question_version_id, c.title, c.description, c.weight, c.anchors,
                  k.id AS competency_id, k.key, k.name, k.description AS competency_description,
                  k.archived_at IS NOT NULL AS archived
             FROM rubric_criteria c
             JOIN competencies k ON k.tenant_id = c.tenant_id AND k.id = c.competency_id
            WHERE c.question_version_id = ANY($1) ORDER BY c.position`,
          [[...new Set(questions.map((q) => q.version_id))]],
        )
      : [];
    return stageIds.map((stageId) => {
      const stage = stages.find((st) => st.id === stageId);
      if (!stage) return new NotFoundError('Stage');
      if (!readable.includes(stage)) {
        return new ForbiddenError(
          "Kits are read by the loop's hiring managers and the interviewers assigned to the stage.",
        );
      }
      return toKit(
        stage,
        stage.scale ?? fallback!,
        questions.filter((q) => q.stage_id === stageId),
        criteria,
      );
    });
  }
}

function toKit(
  stage: StageRow,
  scale: { id: string; version: number; levels: ScaleLevel[] },
  questions: QuestionRow[],
  criteria: CriterionRow[],
): InterviewKit {
  return {
    stageId: stage.id,
    stageName: stage.name,
    kind: stage.kind,
    durationMinutes: stage.duration_minutes,
    instructions: stage.instructions,
    loopId: stage.loop_id,
    loopName: stage.loop_name,
    roleTitle: stage.role_title,
    focusCompetencies: stage.focus,
    guide: stage.guide && {
      scoringGuide: stage.guide.scoringGuide,
      seniorityLevels: stage.guide.seniorityLevels,
      interviewerGuidance: stage.guide.interviewerGuidance,
      source: stage.guide.packName
        ? `${stage.guide.packName}@${stage.guide.packVersion ?? ''}`
        : null,
    },
    scale: { id: scale.id, version: scale.version, levels: scale.levels },
    questions: questions.map((q) => ({
      stageQuestionId: q.id,
      position: q.position,
      questionId: q.question_id,
      questionVersionId: q.version_id,
      versionNumber: q.number,
      timeBudgetMinutes: q.time_budget_minutes,
      required: q.required,
      prompt: q.prompt,
      purpose: q.purpose,
      guidance: q.guidance,
      followUps: q.follow_ups,
      strongSignals: q.strong_signals,
      redFlags: q.red_flags,
      answerFormat: q.answer_format,
      levelExpectations: q.level_expectations,
      exampleAnswers: q.example_answers,
      type: q.type,
      seniority: q.seniority,
      // The pinned version's own type: a later change of the question's type alters no kit.
      rated: q.type !== QuestionType.CANDIDATE_QUESTION,
      criteria: criteria
        .filter((c) => c.question_version_id === q.version_id)
        .map((c) => ({
          id: c.id,
          title: c.title,
          description: c.description,
          weight: Number(c.weight),
          competency: {
            id: c.competency_id,
            key: c.key,
            name: c.name,
            description: c.competency_description,
            archived: c.archived,
          },
          anchors: anchorsOf(c.anchors, q.levels),
        })),
    })),
  };
}

/** The tenant's guide as kit sections: scoring, seniority levels, interviewer guidance. */
function guideToMarkdown(guide: InterviewGuide): string[] {
  const g = guide.scoringGuide;
  return [
    `## Scoring guide\n\n${list([
      `**Question score:** ${g.combination}`,
      `**Veto:** ${g.veto}`,
      `**Not assessed:** ${g.notAssessed}`,
      `**In the debrief:** ${g.debrief}`,
    ])}`,
    `## Seniority levels\n\n${list(guide.seniorityLevels.map((l) => `**${l.title}** (${l.seniority}): ${l.definition}`))}`,
    ...guide.interviewerGuidance.map((section) => `## ${section.title}\n\n${list(section.points)}`),
  ];
}

const list = (items: string[]) => items.map((i) => `- ${i}`).join('\n');

/** The kit as Markdown, for printing: the same content as the GraphQL kit. */
export function kitToMarkdown(kit: InterviewKit): string {
  const parts = [
    `# ${kit.stageName} (${kit.durationMinutes} min)`,
    `**Loop:** ${kit.loopName} · **Role:** ${kit.roleTitle} · **Kind:** ${kit.kind}`,
  ];
  if (kit.focusCompetencies.length) {
    parts.push(`**Focus:** ${kit.focusCompetencies.map((c) => c.name).join(', ')}`);
  }
  if (kit.instructions) parts.push(`## Instructions\n\n${kit.instructions}`);
  parts.push(
    `## Rating scale\n\n${kit.scale.levels.map((l) => `- **${l.value} ${l.label}**: ${l.description}`).join('\n')}`,
  );
  if (kit.guide) parts.push(...guideToMarkdown(kit.guide));
  for (const q of kit.questions) {
    const section = [
      `## ${q.position + 1}. ${q.prompt}`,
      `*${q.timeBudgetMinutes} min · ${q.required ? 'required' : 'optional'} · ${q.answerFormat} · version ${q.versionNumber}*`,
      `**What it assesses:** ${q.purpose}`,
    ];
    if (q.guidance) section.push(`**Guidance:** ${q.guidance}`);
    if (q.followUps.length) section.push(`**Follow-ups**\n\n${list(q.followUps)}`);
    if (q.strongSignals.length) section.push(`**Strong signals**\n\n${list(q.strongSignals)}`);
    if (q.redFlags.length) section.push(`**Red flags**\n\n${list(q.redFlags)}`);
    if (q.levelExpectations.length) {
      section.push(
        `**What a 3 (Yes) looks like**\n\n${list(q.levelExpectations.map((e) => `${e.seniority}: ${e.expectation}`))}`,
      );
    }
    if (q.exampleAnswers.length) {
      section.push(
        `**Worked examples**\n\n${list(q.exampleAnswers.map((e) => `Scored ${e.score}: ${e.answer}`))}`,
      );
    }
    if (q.answerFormat === 'STAR') {
      section.push(
        '*STAR notes: record the Situation, Task, Action (what they did themselves) and Result.*',
      );
    }
    if (!q.rated) {
      section.push('*Interviewer preparation: not rated. Be ready to answer it honestly.*');
    }
    for (const c of q.criteria) {
      section.push(
        `### ${c.title} (${c.competency.name}, weight ${c.weight})\n\n${c.description ? `${c.description}\n\n` : ''}` +
          `| Level | Anchor |\n| --- | --- |\n` +
          c.anchors
            .map((a) => `| ${a.level} ${a.label} | ${a.text.replace(/\|/g, '\\|')} |`)
            .join('\n'),
      );
    }
    parts.push(section.join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
