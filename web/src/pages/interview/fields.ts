/**
 * A scorecard's content as flat fields, one per answer the interviewer gives, so that saving,
 * merging two tabs' edits and placing the API's errors all work field by field:
 *   rating:<stageQuestionId>:<criterionId>  a level value, 'NA' (not assessed) or null
 *   notes:<stageQuestionId>                 text ('' when none)
 *   star:<stageQuestionId>:<part>           one STAR part (situation, task, action, result)
 *   competency:<competencyId>               a level value or null
 *   recommendation                          STRONG_NO | NO | YES | STRONG_YES | null
 *   summary                                 text
 */
import type { Recommendation } from '../../gql/graphql';

export type FieldValue = string | number | null;
export type Fields = Record<string, FieldValue>;

export const ratingKey = (stageQuestionId: string, criterionId: string) =>
  `rating:${stageQuestionId}:${criterionId}`;
export const notesKey = (stageQuestionId: string) => `notes:${stageQuestionId}`;
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];
export const starKey = (stageQuestionId: string, part: StarPart) =>
  `star:${stageQuestionId}:${part}`;
export const competencyKey = (competencyId: string) => `competency:${competencyId}`;

/** Fields holding free text (the others hold a choice). */
export const isText = (key: string) =>
  key === 'summary' || key.startsWith('notes:') || key.startsWith('star:');

/** The value of a field, with absent fields read as empty. */
export function valueOf(fields: Fields, key: string): FieldValue {
  return fields[key] ?? (isText(key) ? '' : null);
}

/** What the API answers for a scorecard's content. */
export interface ScorecardContentLike {
  recommendation?: Recommendation | null;
  summary: string;
  ratings: {
    stageQuestionId: string;
    criterionId: string;
    score?: number | null;
    notAssessed: boolean;
  }[];
  notes: {
    stageQuestionId: string;
    notes: string;
    star?: Record<StarPart, string> | null;
  }[];
  competencyRatings: { score: number; competency: { id: string } }[];
}

export function fromScorecard(card: ScorecardContentLike): Fields {
  const fields: Fields = {
    recommendation: card.recommendation ?? null,
    summary: card.summary,
  };
  for (const r of card.ratings) {
    fields[ratingKey(r.stageQuestionId, r.criterionId)] = r.notAssessed ? 'NA' : (r.score ?? null);
  }
  for (const n of card.notes) {
    fields[notesKey(n.stageQuestionId)] = n.notes;
    for (const part of STAR_PARTS) {
      if (n.star?.[part]) fields[starKey(n.stageQuestionId, part)] = n.star[part];
    }
  }
  for (const c of card.competencyRatings) fields[competencyKey(c.competency.id)] = c.score;
  return fields;
}

/** The keys whose values differ between two sets of fields. */
export function changedKeys(a: Fields, b: Fields): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => valueOf(a, key) !== valueOf(b, key)).sort();
}

/** The content part of SaveScorecardDraftInput and AmendScorecardInput. */
export interface ContentPatch {
  ratings?: {
    stageQuestionId: string;
    criterionId: string;
    score?: number;
    notAssessed?: boolean;
  }[];
  notes?: {
    stageQuestionId: string;
    notes?: string;
    star?: Record<StarPart, string> | null;
  }[];
  competencyRatings?: { competencyId: string; score: number | null }[];
  recommendation?: Recommendation | null;
  summary?: string;
}

/**
 * The notes entry of one question: the text if it changed, all four STAR parts if any changed
 * (null when they are all empty). The API keeps what an entry omits.
 */
function noteEntry(sq: string, next: Fields, changed: Set<string>) {
  const star = Object.fromEntries(
    STAR_PARTS.map((part) => [part, String(valueOf(next, starKey(sq, part)))]),
  ) as Record<StarPart, string>;
  return {
    stageQuestionId: sq,
    ...(changed.has(notesKey(sq)) && { notes: String(valueOf(next, notesKey(sq))) }),
    ...(STAR_PARTS.some((part) => changed.has(starKey(sq, part))) && {
      star: Object.values(star).some((text) => text.trim()) ? star : null,
    }),
  };
}

/**
 * The patch that turns `base` into `next`, with only the fields that changed (the API keeps
 * absent ones). A rating sent with neither score nor notAssessed clears it.
 */
export function toPatch(base: Fields, next: Fields): ContentPatch {
  const patch: ContentPatch = {};
  const changed = changedKeys(base, next);
  const noted = new Set<string>();
  for (const key of changed) {
    const value = valueOf(next, key);
    const [kind, a, b] = key.split(':');
    if (kind === 'rating') {
      (patch.ratings ??= []).push({
        stageQuestionId: a,
        criterionId: b,
        ...(value === 'NA'
          ? { notAssessed: true }
          : value === null
            ? {}
            : { score: Number(value) }),
      });
    } else if (kind === 'notes' || kind === 'star') {
      // One entry per question, however many of its note fields changed.
      if (!noted.has(a)) (patch.notes ??= []).push(noteEntry(a, next, new Set(changed)));
      noted.add(a);
    } else if (kind === 'competency') {
      (patch.competencyRatings ??= []).push({
        competencyId: a,
        score: value === null ? null : Number(value),
      });
    } else if (kind === 'recommendation') {
      patch.recommendation = value as Recommendation | null;
    } else if (kind === 'summary') {
      patch.summary = String(value);
    }
  }
  return patch;
}

export const isEmptyPatch = (patch: ContentPatch) => Object.keys(patch).length === 0;

/** The field an input path of a patch names: input.ratings[2].score -> rating:<sq>:<c>. */
export function fieldOfPath(path: string, patch: ContentPatch): string {
  const p = path.replace(/^input\./, '');
  const indexed = /^(ratings|notes|competencyRatings)\[(\d+)\]/.exec(p);
  if (indexed) {
    const i = Number(indexed[2]);
    if (indexed[1] === 'ratings' && patch.ratings?.[i]) {
      return ratingKey(patch.ratings[i].stageQuestionId, patch.ratings[i].criterionId);
    }
    if (indexed[1] === 'notes' && patch.notes?.[i]) {
      const sq = patch.notes[i].stageQuestionId;
      const star = /^notes\[\d+\]\.star(?:\.(\w+))?/.exec(p);
      if (!star) return notesKey(sq);
      const part = STAR_PARTS.find((x) => x === star[1]) ?? 'situation';
      return starKey(sq, part);
    }
    if (indexed[1] === 'competencyRatings' && patch.competencyRatings?.[i]) {
      return competencyKey(patch.competencyRatings[i].competencyId);
    }
  }
  // A submit's gaps name the content itself: ratings.<stageQuestionId>.<criterionId>.
  const gap = /^ratings\.([^.]+)\.([^.]+)$/.exec(p);
  if (gap) return ratingKey(gap[1], gap[2]);
  if (p === 'recommendation' || p === 'summary' || p === 'reason') return p;
  return '';
}

/**
 * Places the API's field errors (as fieldErrors keys them) on the page's fields; messages it
 * cannot place stay under ''.
 */
export function placeErrors(
  errors: Record<string, string>,
  patch: ContentPatch = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path ? fieldOfPath(path, patch) : '';
    const text = key || !path ? message : `${path}: ${message}`;
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}
