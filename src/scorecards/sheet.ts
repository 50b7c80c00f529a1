import type { FieldProblem } from '../common/errors.js';
import type {
  ContentNote,
  ContentRating,
  ScorecardContent,
  StarParts,
} from './entities/scorecard.enums.js';

export interface SheetQuestion {
  stageQuestionId: string;
  position: number;
  required: boolean;
  questionVersionId: string;
  /** The level values of the scale the rubric was written against. */
  levels: number[];
  criteria: { id: string; competencyId: string; title: string }[];
  /** Answered as a STAR story: the only questions that take STAR notes. */
  starNotes: boolean;
}

/** What an interview's scorecards are filled against: the stage's pinned rubrics. */
export interface Sheet {
  questions: SheetQuestion[];
  focusCompetencyIds: string[];
  /** The tenant's current scale, for competency ratings. */
  competencyLevels: number[];
}

/** A change to a scorecard's content; absent fields keep their value. */
export interface ContentPatch {
  ratings?: {
    stageQuestionId: string;
    criterionId: string;
    score?: number | null;
    notAssessed?: boolean | null;
  }[];
  notes?: {
    stageQuestionId: string;
    notes?: string | null;
    star?: Partial<Record<keyof StarParts, string | null>> | null;
  }[];
  competencyRatings?: { competencyId: string; score?: number | null }[];
  recommendation?: ScorecardContent['recommendation'];
  summary?: string;
}

/** An omitted value keeps what is stored; null clears it (to empty text). */
const keepOrClear = (given: string | null | undefined, stored: string | undefined): string =>
  given === undefined ? (stored ?? '') : (given ?? '');

/**
 * The four parts after a change, each part omitted keeping its stored text and null clearing
 * it; undefined when every part is blank.
 */
function starParts(
  star: Partial<Record<keyof StarParts, string | null>>,
  stored: StarParts | undefined,
): StarParts | undefined {
  const parts = {
    situation: keepOrClear(star.situation, stored?.situation),
    task: keepOrClear(star.task, stored?.task),
    action: keepOrClear(star.action, stored?.action),
    result: keepOrClear(star.result, stored?.result),
  };
  return Object.values(parts).some((p) => p.trim()) ? parts : undefined;
}

const ratingKey = (r: { stageQuestionId: string; criterionId: string }) =>
  `${r.stageQuestionId}/${r.criterionId}`;

/** Problems of a patch against the sheet, with paths under `input`. */
export function checkPatch(sheet: Sheet, patch: ContentPatch): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  (patch.ratings ?? []).forEach((r, i) => {
    const path = `input.ratings[${i}]`;
    const question = sheet.questions.find((q) => q.stageQuestionId === r.stageQuestionId);
    if (!question) {
      problems.push({
        path: `${path}.stageQuestionId`,
        message: "is not a question of this interview's stage",
      });
      return;
    }
    if (!question.criteria.some((c) => c.id === r.criterionId)) {
      problems.push({
        path: `${path}.criterionId`,
        message: "is not a criterion of this question's rubric",
      });
      return;
    }
    if (seen.has(ratingKey(r))) problems.push({ path, message: 'rates the same criterion twice' });
    seen.add(ratingKey(r));
    const hasScore = r.score !== undefined && r.score !== null;
    if (hasScore && r.notAssessed) {
      problems.push({ path, message: 'give a score or notAssessed, not both' });
    } else if (hasScore && !question.levels.includes(r.score!)) {
      problems.push({
        path: `${path}.score`,
        message: `must be one of ${question.levels.join(', ')}`,
      });
    }
  });
  const noted = new Set<string>();
  (patch.notes ?? []).forEach((n, i) => {
    const question = sheet.questions.find((q) => q.stageQuestionId === n.stageQuestionId);
    if (!question) {
      problems.push({
        path: `input.notes[${i}].stageQuestionId`,
        message: "is not a question of this interview's stage",
      });
    } else if (n.star && !question.starNotes) {
      problems.push({
        path: `input.notes[${i}].star`,
        message: 'STAR notes are only for questions answered as a STAR story (behavioural)',
      });
    } else if (noted.has(n.stageQuestionId)) {
      problems.push({ path: `input.notes[${i}]`, message: 'notes the same question twice' });
    }
    noted.add(n.stageQuestionId);
  });
  const rated = new Set<string>();
  (patch.competencyRatings ?? []).forEach((c, i) => {
    const path = `input.competencyRatings[${i}]`;
    if (!sheet.focusCompetencyIds.includes(c.competencyId)) {
      problems.push({
        path: `${path}.competencyId`,
        message: 'is not a focus competency of this stage',
      });
    } else if (rated.has(c.competencyId)) {
      problems.push({ path, message: 'rates the same competency twice' });
    } else if (
      c.score !== undefined &&
      c.score !== null &&
      !sheet.competencyLevels.includes(c.score)
    ) {
      problems.push({
        path: `${path}.score`,
        message: `must be one of ${sheet.competencyLevels.join(', ')}`,
      });
    }
    rated.add(c.competencyId);
  });
  return problems;
}

/** Applies a checked patch to content: an entry with neither score nor notAssessed removes it. */
export function applyPatch(base: ScorecardContent, patch: ContentPatch): ScorecardContent {
  const ratings = new Map<string, ContentRating>(base.ratings.map((r) => [ratingKey(r), r]));
  for (const r of patch.ratings ?? []) {
    if (r.score !== undefined && r.score !== null) {
      ratings.set(ratingKey(r), {
        stageQuestionId: r.stageQuestionId,
        criterionId: r.criterionId,
        score: r.score,
      });
    } else if (r.notAssessed) {
      ratings.set(ratingKey(r), {
        stageQuestionId: r.stageQuestionId,
        criterionId: r.criterionId,
        score: null,
      });
    } else {
      ratings.delete(ratingKey(r));
    }
  }
  const notes = new Map<string, ContentNote>(base.notes.map((n) => [n.stageQuestionId, n]));
  for (const n of patch.notes ?? []) {
    // One rule at every level: what an entry omits stays as stored (a client that edits only
    // the text keeps the STAR parts, one that edits one part keeps the others), null clears.
    const stored = notes.get(n.stageQuestionId);
    const text = keepOrClear(n.notes, stored?.notes);
    const star =
      n.star === undefined ? stored?.star : n.star ? starParts(n.star, stored?.star) : undefined;
    if (text.trim() || star) {
      notes.set(n.stageQuestionId, {
        stageQuestionId: n.stageQuestionId,
        notes: text,
        ...(star && { star }),
      });
    } else {
      notes.delete(n.stageQuestionId);
    }
  }
  const competencies = new Map(base.competencyRatings.map((c) => [c.competencyId, c.score]));
  for (const c of patch.competencyRatings ?? []) {
    if (c.score !== undefined && c.score !== null) competencies.set(c.competencyId, c.score);
    else competencies.delete(c.competencyId);
  }
  return {
    ratings: [...ratings.values()],
    notes: [...notes.values()],
    competencyRatings: [...competencies].map(([competencyId, score]) => ({ competencyId, score })),
    recommendation: patch.recommendation !== undefined ? patch.recommendation : base.recommendation,
    summary: keepOrClear(patch.summary, base.summary),
  };
}

/**
 * What a complete scorecard lacks: the recommendation, and a score or "not assessed" for every
 * criterion of every required question. Paths name the scorecard's content.
 */
export function missingForSubmit(sheet: Sheet, content: ScorecardContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!content.recommendation) {
    problems.push({ path: 'recommendation', message: 'is required to submit' });
  }
  const given = new Set(content.ratings.map(ratingKey));
  for (const q of sheet.questions.filter((x) => x.required)) {
    for (const c of q.criteria) {
      if (!given.has(ratingKey({ stageQuestionId: q.stageQuestionId, criterionId: c.id }))) {
        problems.push({
          path: `ratings.${q.stageQuestionId}.${c.id}`,
          message: `question ${q.position + 1}, criterion "${c.title}": needs a score or notAssessed`,
        });
      }
    }
  }
  return problems;
}
