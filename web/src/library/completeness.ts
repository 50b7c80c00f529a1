/**
 * The completeness rule, shown live in the editor before anything is saved:
 * - toSave: what the API would refuse (required fields, a rubric criterion without its
 *   competency, weight or an anchor for every level of the tenant's scale);
 * - toActivate: what activateQuestion needs beyond that (a rated question needs a rubric);
 * - advice: the library's quality bar, the very rules `pack:validate` holds the built-in packs
 *   to (questionQuality, imported from the API's source so the two cannot drift apart).
 * Each item names the form field it is about (the keys of draft.ts).
 */
import { questionQuality } from '../../../src/taxonomy/pack/pack-quality';
import type { PackQuestion } from '../../../src/taxonomy/pack/pack.types';
import { SENIORITIES } from './labels';
import { UNRATED_TYPE, type Draft, type Level } from './draft';

export interface Issue {
  key: string;
  message: string;
}

export interface Completeness {
  toSave: Issue[];
  toActivate: Issue[];
  advice: Issue[];
}

const MAX_WEIGHT = 100;

function weightProblem(weight: number | ''): string | null {
  if (weight === '') return 'needs a weight';
  if (weight < 0.01 || weight > MAX_WEIGHT) return 'needs a weight from 0.01 to 100';
  if (Math.abs(Math.round(weight * 100) - weight * 100) > 1e-6)
    return 'has a weight with more than two decimals';
  return null;
}

function rubricIssues(draft: Draft, levels: readonly Level[]): Issue[] {
  const issues: Issue[] = [];
  draft.criteria.forEach((c, i) => {
    const name = `Criterion ${i + 1}`;
    if (!c.title.trim())
      issues.push({ key: `rubric[${i}].title`, message: `${name} needs a title.` });
    if (!c.competencyId) {
      issues.push({
        key: `rubric[${i}].competencyId`,
        message: `${name} needs the competency it assesses.`,
      });
    }
    const weight = weightProblem(c.weight);
    if (weight) issues.push({ key: `rubric[${i}].weight`, message: `${name} ${weight}.` });
    levels.forEach((level, a) => {
      if (!c.anchors[a]?.trim()) {
        issues.push({
          key: `rubric[${i}].anchors[${a}]`,
          message: `${name} has no anchor for ${level.value} · ${level.label}.`,
        });
      }
    });
  });
  return issues;
}

export function completeness(draft: Draft, levels: readonly Level[]): Completeness {
  const toSave: Issue[] = [];
  const rated = draft.type !== UNRATED_TYPE;
  if (!draft.categoryId) toSave.push({ key: 'categoryId', message: 'Choose a category.' });
  if (!draft.seniority.length) {
    toSave.push({ key: 'seniority', message: 'Tag at least one seniority level.' });
  }
  const minutes = draft.estimatedMinutes;
  if (minutes === '' || !Number.isInteger(minutes) || minutes < 1 || minutes > 180) {
    toSave.push({ key: 'estimatedMinutes', message: 'Give the time it takes, 1 to 180 minutes.' });
  }
  if (!draft.prompt.trim()) toSave.push({ key: 'prompt', message: 'Write the question (prompt).' });
  if (!draft.purpose.trim()) toSave.push({ key: 'purpose', message: 'Say what it assesses.' });
  draft.exampleAnswers.forEach((e, i) => {
    if (e.score === null && e.answer.trim()) {
      toSave.push({
        key: `exampleAnswers[${i}].score`,
        message: `Example ${i + 1} needs a score.`,
      });
    }
    if (e.score !== null && !e.answer.trim()) {
      toSave.push({
        key: `exampleAnswers[${i}].answer`,
        message: `Example ${i + 1} needs its answer.`,
      });
    }
  });
  if (rated) toSave.push(...rubricIssues(draft, levels));

  const toActivate: Issue[] =
    rated && draft.criteria.length === 0
      ? [{ key: 'rubric', message: 'Add a rubric criterion with an anchor for every level.' }]
      : [];
  return { toSave, toActivate, advice: advice(draft) };
}

/** questionQuality's paths (".rubric.criteria[0].anchors[1]") as the form's keys. */
function adviceKey(path: string): string {
  const anchor = /^\.rubric\.criteria\[(\d+)\]\.anchors\[(\d+)\]$/.exec(path);
  if (anchor) return `rubric[${anchor[1]}].anchors[${anchor[2]}]`;
  return path.replace(/^\./, '').replace(/\[\d+\].*$/, '');
}

function adviceMessage(path: string, message: string, draft: Draft): string {
  const anchor = /^\.rubric\.criteria\[(\d+)\]\.anchors\[(\d+)\]$/.exec(path);
  if (anchor)
    return `Criterion ${Number(anchor[1]) + 1}, anchor ${Number(anchor[2]) + 1} ${message}.`;
  const field: Record<string, string> = {
    '.guidance': 'Guidance',
    '.levelExpectations': 'Level expectations',
    '.exampleAnswers': 'Example answers',
  };
  const text = `${field[path] ?? path} ${message}.`;
  // The bar speaks of seniority keys; the form shows their names.
  return Object.entries(SENIORITIES).reduce(
    (out, [key, name]) => (draft.seniority.includes(key) ? out.replace(key, name) : out),
    text,
  );
}

function advice(draft: Draft): Issue[] {
  const rated = draft.type !== UNRATED_TYPE;
  const question: PackQuestion = {
    key: 'draft',
    category: draft.categoryId,
    type: draft.type as PackQuestion['type'],
    seniority: draft.seniority as PackQuestion['seniority'],
    tags: draft.tags,
    estimatedMinutes: draft.estimatedMinutes || 0,
    prompt: draft.prompt,
    purpose: draft.purpose,
    guidance: draft.guidance,
    answerFormat: draft.answerFormat as PackQuestion['answerFormat'],
    followUps: [],
    strongSignals: [],
    redFlags: [],
    levelExpectations: draft.seniority
      .filter((s) => draft.levelExpectations[s]?.trim())
      .map((s) => ({
        seniority: s as PackQuestion['seniority'][number],
        expectation: draft.levelExpectations[s],
      })),
    exampleAnswers: draft.exampleAnswers
      .filter((e) => e.score !== null && e.answer.trim())
      .map((e) => ({ score: e.score!, answer: e.answer })),
    ...(rated && {
      rubric: {
        criteria: draft.criteria.map((c) => ({
          title: c.title,
          description: c.description,
          competency: c.competencyId,
          weight: c.weight || 0,
          anchors: c.anchors,
        })),
      },
    }),
  };
  const empty = new Set(
    draft.criteria.flatMap((c, i) =>
      c.anchors.flatMap((a, j) => (a.trim() ? [] : [`rubric[${i}].anchors[${j}]`])),
    ),
  );
  return (
    questionQuality(question)
      .map((p) => ({ key: adviceKey(p.path), message: adviceMessage(p.path, p.message, draft) }))
      // An empty anchor box is already an item to fix before saving: no advice on its length.
      .filter((issue) => !empty.has(issue.key))
  );
}
