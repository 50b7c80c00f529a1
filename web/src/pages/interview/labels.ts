import { recommendationLabel, type Kit } from './types';
import { STAR_PARTS, type FieldValue, type StarPart } from './fields';

/** "Question 2 · Indexing: depth" for a field key, from the kit, for messages and gaps. */
export function fieldLabel(kit: Kit, key: string): string {
  const [kind, a, b] = key.split(':');
  const index = kit.questions.findIndex((q) => q.stageQuestionId === a);
  const question = kit.questions[index];
  if (kind === 'rating' && question) {
    const criterion = question.criteria.find((c) => c.id === b);
    return `Question ${index + 1} · ${criterion?.title ?? 'a criterion'}`;
  }
  if (kind === 'notes' && question) return `Question ${index + 1} · notes`;
  if (kind === 'star' && question) return `Question ${index + 1} · STAR ${b}`;
  if (kind === 'competency') {
    return `Competency: ${kit.focusCompetencies.find((c) => c.id === a)?.name ?? 'a competency'}`;
  }
  if (key === 'recommendation') return 'Overall recommendation';
  if (key === 'summary') return 'Summary';
  return key;
}

/** A field's value in words. */
export function valueLabel(kit: Kit, key: string, value: FieldValue): string {
  if (value === null || value === '') return 'nothing';
  if (value === 'NA') return 'Not assessed';
  if (key === 'recommendation') return recommendationLabel(String(value));
  if (typeof value === 'number') {
    const level = kit.scale.levels.find((l) => l.value === value);
    return level ? `${value} · ${level.label}` : String(value);
  }
  return `“${value}”`;
}

/** A submit gap in the page's words (the API's message speaks of its own field names). */
export function gapMessage(key: string, message: string): string {
  if (key.startsWith('rating:')) return 'needs a rating or “Not assessed”.';
  if (key === 'recommendation') return 'is required to submit.';
  return message;
}

/** Where a field comes on the page, to list gaps in reading order. */
export function fieldOrder(kit: Kit, key: string): number {
  const [kind, a, b] = key.split(':');
  const q = kit.questions.findIndex((x) => x.stageQuestionId === a);
  if (kind === 'rating' && q >= 0)
    return q * 100 + kit.questions[q].criteria.findIndex((c) => c.id === b);
  if (kind === 'star' && q >= 0) return q * 100 + 95 + STAR_PARTS.indexOf(b as StarPart);
  if (kind === 'notes' && q >= 0) return q * 100 + 99;
  const rest = ['competency', 'recommendation', 'summary', 'reason'];
  return 100_000 + (rest.indexOf(kind) + 1) * 10;
}
