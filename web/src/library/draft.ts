/**
 * The editor's model of a question: what the form holds, how it becomes the API's inputs
 * (createQuestion, updateQuestion, setRubric), and where the API's field errors land on it.
 */
import type {
  AnswerFormat,
  CreateQuestionInput,
  LibraryQuestionFieldsFragment,
  QuestionContentInput,
  QuestionMetadataInput,
  QuestionType,
  RubricCriterionInput,
  Seniority,
} from '../gql/graphql';

export interface Level {
  value: number;
  label: string;
}

export interface CriterionDraft {
  /** Stable across edits, for React and for focus; never sent. */
  key: string;
  title: string;
  description: string;
  competencyId: string;
  weight: number | '';
  /** One per level of the tenant's current scale, lowest first. */
  anchors: string[];
}

export interface ExampleDraft {
  key: string;
  score: number | null;
  answer: string;
}

export interface Draft {
  categoryId: string;
  type: string;
  seniority: string[];
  tags: string[];
  estimatedMinutes: number | '';
  prompt: string;
  purpose: string;
  guidance: string;
  answerFormat: string;
  /** One item per line. */
  followUps: string;
  strongSignals: string;
  redFlags: string;
  /** What a 3 looks like, by seniority; only the question's own tags are sent. */
  levelExpectations: Record<string, string>;
  exampleAnswers: ExampleDraft[];
  criteria: CriterionDraft[];
}

let counter = 0;
export const newKey = (): string => `k${(counter += 1)}`;

export const UNRATED_TYPE = 'CANDIDATE_QUESTION';

export function emptyCriterion(levels: readonly Level[]): CriterionDraft {
  return {
    key: newKey(),
    title: '',
    description: '',
    competencyId: '',
    weight: 1,
    anchors: levels.map(() => ''),
  };
}

export function emptyDraft(categoryId = ''): Draft {
  return {
    categoryId,
    type: 'TECHNICAL',
    seniority: [],
    tags: [],
    estimatedMinutes: 15,
    prompt: '',
    purpose: '',
    guidance: '',
    answerFormat: 'DISCUSSION',
    followUps: '',
    strongSignals: '',
    redFlags: '',
    levelExpectations: {},
    exampleAnswers: [],
    criteria: [],
  };
}

/**
 * The form for a question's current version. Anchors are placed by level value on the
 * tenant's current scale (the one setRubric writes against); a level the version's scale did
 * not have starts empty.
 */
export function draftOf(q: LibraryQuestionFieldsFragment, levels: readonly Level[]): Draft {
  const v = q.currentVersion;
  return {
    categoryId: q.category.id,
    type: q.type,
    seniority: [...q.seniority],
    tags: [...q.tags],
    estimatedMinutes: q.estimatedMinutes,
    prompt: v.prompt,
    purpose: v.purpose,
    guidance: v.guidance,
    answerFormat: v.answerFormat,
    followUps: v.followUps.join('\n'),
    strongSignals: v.strongSignals.join('\n'),
    redFlags: v.redFlags.join('\n'),
    levelExpectations: Object.fromEntries(
      v.levelExpectations.map((e) => [e.seniority, e.expectation]),
    ),
    exampleAnswers: v.exampleAnswers.map((e) => ({ key: newKey(), ...e })),
    criteria: v.rubric.criteria.map((c) => ({
      key: newKey(),
      title: c.title,
      description: c.description,
      competencyId: c.competency.id,
      weight: c.weight,
      anchors: levels.map((l) => c.anchors.find((a) => a.level === l.value)?.text ?? ''),
    })),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Which draft entry each sent list item came from, to place the API's indexed errors. */
export interface Sent {
  levelExpectations: string[];
  exampleAnswers: number[];
}

export function contentInput(draft: Draft): { content: QuestionContentInput; sent: Sent } {
  const expectations = draft.seniority
    .map((seniority) => ({ seniority, expectation: draft.levelExpectations[seniority]?.trim() }))
    .filter((e): e is { seniority: string; expectation: string } => !!e.expectation);
  const examples = draft.exampleAnswers
    .map((e, index) => ({ index, score: e.score, answer: e.answer.trim() }))
    .filter((e) => e.answer || e.score !== null);
  return {
    content: {
      prompt: draft.prompt.trim(),
      purpose: draft.purpose.trim(),
      guidance: draft.guidance.trim(),
      answerFormat: draft.answerFormat as AnswerFormat,
      followUps: lines(draft.followUps),
      strongSignals: lines(draft.strongSignals),
      redFlags: lines(draft.redFlags),
      levelExpectations: expectations.map((e) => ({
        seniority: e.seniority as Seniority,
        expectation: e.expectation,
      })),
      exampleAnswers: examples.map((e) => ({ score: e.score ?? 0, answer: e.answer })),
    },
    sent: {
      levelExpectations: expectations.map((e) => e.seniority),
      exampleAnswers: examples.map((e) => e.index),
    },
  };
}

/** Every metadata field, as createQuestion needs them and updateQuestion takes them. */
type Metadata = { [K in keyof QuestionMetadataInput]-?: NonNullable<QuestionMetadataInput[K]> };

export function metadataInput(draft: Draft): Metadata {
  return {
    categoryId: draft.categoryId,
    type: draft.type as QuestionType,
    seniority: draft.seniority as Seniority[],
    tags: draft.tags,
    estimatedMinutes: draft.estimatedMinutes === '' ? 0 : draft.estimatedMinutes,
  };
}

export function rubricInput(draft: Draft): RubricCriterionInput[] {
  return draft.criteria.map((c) => ({
    title: c.title.trim(),
    description: c.description.trim(),
    competencyId: c.competencyId,
    weight: c.weight === '' ? 0 : c.weight,
    anchors: c.anchors.map((a) => a.trim()),
  }));
}

export function createInput(draft: Draft): { input: CreateQuestionInput; sent: Sent } {
  const { content, sent } = contentInput(draft);
  const rated = draft.type !== UNRATED_TYPE && draft.criteria.length > 0;
  return {
    input: { ...metadataInput(draft), content, ...(rated && { rubric: rubricInput(draft) }) },
    sent,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What an edit changes: each part is saved by its own mutation, only when it changed. */
export function changedParts(original: Draft, draft: Draft) {
  return {
    metadata: !same(metadataInput(original), metadataInput(draft)),
    content: !same(contentInput(original).content, contentInput(draft).content),
    rubric: draft.type !== UNRATED_TYPE && !same(rubricInput(original), rubricInput(draft)),
  };
}

/**
 * The form field an API error path names (fieldErrors has taken off `input.`): the inputs of
 * createQuestion, updateQuestion and setRubric all land on the same fields. Unknown paths are
 * returned as they are.
 */
export function formKey(path: string, sent: Sent): string {
  let p = path.replace(/^(metadata|content)\./, '');
  p = p.replace(/^criteria(?=\[|$)/, 'rubric');
  if (p === 'questionId') return 'rubric';
  if (p === 'id') return '';
  const expectation = /^levelExpectations\[(\d+)\]/.exec(p);
  if (expectation) {
    const seniority = sent.levelExpectations[Number(expectation[1])];
    return seniority ? `levelExpectations.${seniority}` : 'levelExpectations';
  }
  const example = /^exampleAnswers\[(\d+)\](\.\w+)?/.exec(p);
  if (example) {
    const index = sent.exampleAnswers[Number(example[1])];
    return index === undefined ? 'exampleAnswers' : `exampleAnswers[${index}]${example[2] ?? ''}`;
  }
  // One box holds a whole list, one item per line.
  const listItem = /^(followUps|strongSignals|redFlags|tags|seniority)\[\d+\]$/.exec(p);
  if (listItem) return listItem[1];
  return p;
}

/** The API's field errors (as fieldErrors keys them) on the form's keys. */
export function placeErrors(errors: Record<string, string>, sent: Sent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path ? formKey(path, sent) : '';
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}
