/**
 * questionVersionDiff's field changes shaped for a side-by-side view: grouped (the question,
 * then each rubric criterion), named in words, JSON lists turned into items with the items
 * that differ from the other side marked, competency ids turned into names.
 */
import { FORMATS, SENIORITIES, label } from './labels';
import type { Level } from './draft';

export interface Change {
  field: string;
  before?: string | null;
  after?: string | null;
}

export interface DiffItem {
  text: string;
  /** Not on the other side. */
  changed: boolean;
}

export type DiffSide =
  { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'list'; items: DiffItem[] };

export interface DiffRow {
  field: string;
  label: string;
  before: DiffSide;
  after: DiffSide;
}

export interface DiffGroup {
  title: string;
  rows: DiffRow[];
}

export interface DiffContext {
  competencyName: (id: string) => string | undefined;
  levels: readonly Level[];
}

const CONTENT_LABELS: Record<string, string> = {
  prompt: 'Prompt',
  purpose: 'What it assesses',
  guidance: 'Guidance',
  answerFormat: 'Answer format',
  followUps: 'Follow-ups',
  strongSignals: 'Strong signals',
  redFlags: 'Red flags',
  levelExpectations: 'Level expectations',
  exampleAnswers: 'Example answers',
  scale: 'Rating scale',
};

const CRITERION_LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  competencyId: 'Competency',
  weight: 'Weight',
  anchors: 'Anchors',
};

const LIST_FIELDS = new Set([
  'followUps',
  'strongSignals',
  'redFlags',
  'levelExpectations',
  'exampleAnswers',
  'anchors',
]);

function parseList(value: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [value];
  }
}

function levelName(levels: readonly Level[], value: number): string {
  const level = levels.find((l) => l.value === value);
  return level ? `${value} · ${level.label}` : String(value);
}

function itemText(field: string, item: unknown, index: number, ctx: DiffContext): string {
  if (field === 'anchors') {
    const level = ctx.levels[index];
    return level ? `${levelName(ctx.levels, level.value)}: ${String(item)}` : String(item);
  }
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    if (field === 'levelExpectations') {
      return `${label(SENIORITIES, String(o.seniority))}: ${String(o.expectation)}`;
    }
    if (field === 'exampleAnswers') {
      return `${levelName(ctx.levels, Number(o.score))}: ${String(o.answer)}`;
    }
    return JSON.stringify(item);
  }
  return String(item);
}

function sides(
  field: string,
  before: string | null | undefined,
  after: string | null | undefined,
  ctx: DiffContext,
): [DiffSide, DiffSide] {
  if (LIST_FIELDS.has(field)) {
    const a = before == null ? null : parseList(before).map((x, i) => itemText(field, x, i, ctx));
    const b = after == null ? null : parseList(after).map((x, i) => itemText(field, x, i, ctx));
    const side = (mine: string[] | null, other: string[] | null): DiffSide =>
      mine === null
        ? { kind: 'none' }
        : { kind: 'list', items: mine.map((text) => ({ text, changed: !other?.includes(text) })) };
    return [side(a, b), side(b, a)];
  }
  const text = (value: string | null | undefined): DiffSide => {
    if (value == null) return { kind: 'none' };
    if (field === 'competencyId')
      return { kind: 'text', text: ctx.competencyName(value) ?? 'a competency no longer listed' };
    if (field === 'answerFormat') return { kind: 'text', text: label(FORMATS, value) };
    if (field === 'scale') return { kind: 'text', text: 'another version of the rating scale' };
    return { kind: 'text', text: value };
  };
  return [text(before), text(after)];
}

export function shapeDiff(changes: readonly Change[], ctx: DiffContext): DiffGroup[] {
  const groups: DiffGroup[] = [];
  const groupFor = (title: string) => {
    let group = groups.find((g) => g.title === title);
    if (!group) groups.push((group = { title, rows: [] }));
    return group;
  };
  for (const change of changes) {
    const criterion = /^rubric\.criteria\[(\d+)\]\.(\w+)$/.exec(change.field);
    const key = criterion ? criterion[2] : change.field;
    const [before, after] = sides(key, change.before, change.after, ctx);
    const row: DiffRow = {
      field: change.field,
      label: criterion ? (CRITERION_LABELS[key] ?? key) : (CONTENT_LABELS[key] ?? key),
      before,
      after,
    };
    groupFor(criterion ? `Rubric criterion ${Number(criterion[1]) + 1}` : 'Question').rows.push(
      row,
    );
  }
  // The question's own fields first, then the criteria in order.
  return groups.sort((a, b) => (a.title === 'Question' ? -1 : b.title === 'Question' ? 1 : 0));
}
