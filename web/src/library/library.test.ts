import { describe as suite, expect, it } from 'vitest';
import {
  browseParams,
  nextPage,
  pageNumber,
  parseBrowse,
  previousPage,
  queryVariables,
  rangeText,
  withFilter,
} from './browse-state';
import { completeness } from './completeness';
import { shapeDiff } from './diff';
import {
  contentInput,
  createInput,
  emptyCriterion,
  emptyDraft,
  placeErrors,
  type Draft,
} from './draft';
import { highlightParts } from './highlight';

const LEVELS = [
  { value: 1, label: 'Strong no' },
  { value: 2, label: 'No' },
  { value: 3, label: 'Yes' },
  { value: 4, label: 'Strong yes' },
];

suite('the list place in the address', () => {
  it('round-trips filters and the cursor trail, and a filter change goes back to page 1', () => {
    const start = parseBrowse(
      new URLSearchParams('q=cache&type=TECHNICAL&status=&after=c1&after=c2'),
    );
    expect(start).toEqual({ filters: { q: 'cache', type: 'TECHNICAL' }, trail: ['c1', 'c2'] });
    expect(pageNumber(start)).toBe(3);
    expect(queryVariables(start)).toMatchObject({
      after: 'c2',
      search: 'cache',
      type: 'TECHNICAL',
      tag: null,
    });
    expect(parseBrowse(browseParams(start))).toEqual(start);
    const filtered = withFilter(start, 'seniority', 'SENIOR');
    expect(filtered.trail).toEqual([]);
    expect(browseParams(filtered).toString()).toBe('q=cache&type=TECHNICAL&seniority=SENIOR');
    expect(withFilter(filtered, 'q', '  ').filters).toEqual({
      type: 'TECHNICAL',
      seniority: 'SENIOR',
    });
  });

  it('pages forward by the API cursor and back by dropping it', () => {
    const first = parseBrowse(new URLSearchParams());
    const second = nextPage(first, 'end1');
    expect(queryVariables(second).after).toBe('end1');
    expect(rangeText(second, 20, 45)).toBe('21–40 of 45');
    expect(previousPage(second)).toEqual(first);
    expect(rangeText(first, 0, 0)).toBe('0 of 0');
    expect(rangeText(first, 20, 10001)).toBe('1–20 of more than 10000');
  });
});

suite('highlightParts', () => {
  it('marks only the API’s <mark> spans and keeps any other markup as text', () => {
    expect(
      highlightParts('Design a <mark>cache</mark> for <b>reads</b> … <mark>TTL</mark>'),
    ).toEqual([
      { text: 'Design a ', match: false },
      { text: 'cache', match: true },
      { text: ' for <b>reads</b> … ', match: false },
      { text: 'TTL', match: true },
    ]);
    expect(highlightParts('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', match: false },
    ]);
  });
});

suite('shapeDiff', () => {
  const ctx = {
    competencyName: (id: string) => ({ c1: 'Caching', c2: 'Testing' })[id],
    levels: LEVELS,
  };

  it('groups the question fields first, names fields and competencies, and marks changed items', () => {
    const groups = shapeDiff(
      [
        { field: 'rubric.criteria[0].competencyId', before: 'c1', after: 'c2' },
        { field: 'prompt', before: 'Old prompt', after: 'New prompt' },
        { field: 'followUps', before: '["a","b"]', after: '["a","c"]' },
        {
          field: 'rubric.criteria[0].anchors',
          before: '["w","x","y","z"]',
          after: '["w","x","y","better"]',
        },
        { field: 'rubric.criteria[1].title', before: null, after: 'Added criterion' },
        {
          field: 'levelExpectations',
          before: '[]',
          after: '[{"seniority":"SENIOR","expectation":"Owns it"}]',
        },
      ],
      ctx,
    );
    expect(groups.map((g) => g.title)).toEqual([
      'Question',
      'Rubric criterion 1',
      'Rubric criterion 2',
    ]);
    const [question, first, second] = groups;
    expect(question.rows.map((r) => r.label)).toEqual([
      'Prompt',
      'Follow-ups',
      'Level expectations',
    ]);
    expect(question.rows[1].before).toEqual({
      kind: 'list',
      items: [
        { text: 'a', changed: false },
        { text: 'b', changed: true },
      ],
    });
    expect(question.rows[2].after).toEqual({
      kind: 'list',
      items: [{ text: 'Senior: Owns it', changed: true }],
    });
    expect(first.rows[0]).toMatchObject({
      label: 'Competency',
      before: { kind: 'text', text: 'Caching' },
      after: { kind: 'text', text: 'Testing' },
    });
    expect(first.rows[1].after).toEqual({
      kind: 'list',
      items: [
        { text: '1 · Strong no: w', changed: false },
        { text: '2 · No: x', changed: false },
        { text: '3 · Yes: y', changed: false },
        { text: '4 · Strong yes: better', changed: true },
      ],
    });
    expect(second.rows[0]).toMatchObject({ label: 'Title', before: { kind: 'none' } });
  });
});

function filled(): Draft {
  const draft = emptyDraft('cat');
  Object.assign(draft, {
    seniority: ['MID', 'SENIOR'],
    prompt: 'How would you cache a slow read path?',
    purpose: 'Caching judgement',
    guidance:
      'Ask for the invalidation story first, then push on what happens when the cache is cold.',
    levelExpectations: { MID: 'Names a cache and its TTL', SENIOR: 'Weighs invalidation' },
  });
  return draft;
}

suite('completeness', () => {
  it('lists what saving needs, live, with the field each item is about', () => {
    const draft = emptyDraft();
    draft.estimatedMinutes = '';
    const { toSave, toActivate } = completeness(draft, LEVELS);
    expect(toSave.map((i) => i.key)).toEqual([
      'categoryId',
      'seniority',
      'estimatedMinutes',
      'prompt',
      'purpose',
    ]);
    expect(toActivate).toEqual([
      { key: 'rubric', message: 'Add a rubric criterion with an anchor for every level.' },
    ]);
  });

  it('names every empty anchor by its level, and a bad weight', () => {
    const draft = filled();
    const criterion = {
      ...emptyCriterion(LEVELS),
      title: 'Invalidation',
      competencyId: 'c1',
      weight: 0.005 as const,
    };
    criterion.anchors = [
      'Misses staleness entirely and never asks',
      '',
      'Picks TTL or events with a reason',
      '',
    ];
    draft.criteria = [criterion];
    const { toSave, toActivate } = completeness(draft, LEVELS);
    expect(toSave).toEqual([
      { key: 'rubric[0].weight', message: 'Criterion 1 needs a weight from 0.01 to 100.' },
      { key: 'rubric[0].anchors[1]', message: 'Criterion 1 has no anchor for 2 · No.' },
      { key: 'rubric[0].anchors[3]', message: 'Criterion 1 has no anchor for 4 · Strong yes.' },
    ]);
    expect(toActivate).toEqual([]);
  });

  it('gives the packs’ quality bar as advice: short anchors, missing level expectations', () => {
    const draft = filled();
    draft.levelExpectations = { MID: 'Names a cache and its TTL' };
    const criterion = { ...emptyCriterion(LEVELS), title: 'Invalidation', competencyId: 'c1' };
    criterion.anchors = [
      'None.',
      'Knows a cache needs invalidating somehow',
      'Picks TTL or events with a reason',
      'Also mentions stampedes',
    ];
    draft.criteria = [criterion];
    const { toSave, advice } = completeness(draft, LEVELS);
    expect(toSave).toEqual([]);
    expect(advice.map((a) => a.key)).toEqual([
      'rubric[0].anchors[3]',
      'rubric[0].anchors[0]',
      'rubric[0].anchors[3]',
      'levelExpectations',
    ]);
    expect(advice.at(-1)!.message).toContain('lacks Senior');
  });

  it('asks no rubric of a candidate question', () => {
    const draft = filled();
    draft.type = 'CANDIDATE_QUESTION';
    draft.criteria = [emptyCriterion(LEVELS)];
    const { toSave, toActivate } = completeness(draft, LEVELS);
    expect(toSave).toEqual([]);
    expect(toActivate).toEqual([]);
    expect(createInput(draft).input.rubric).toBeUndefined();
  });
});

suite('API errors on the editor’s fields', () => {
  it('places the paths of createQuestion, updateQuestion and setRubric on one set of fields', () => {
    const draft = filled();
    draft.exampleAnswers = [
      { key: 'e1', score: null, answer: '' },
      { key: 'e2', score: 7, answer: 'An answer' },
    ];
    const { sent, content } = contentInput(draft);
    expect(content.levelExpectations!.map((e) => e.seniority)).toEqual(['MID', 'SENIOR']);
    expect(sent).toEqual({ levelExpectations: ['MID', 'SENIOR'], exampleAnswers: [1] });
    expect(
      placeErrors(
        {
          tags: 'each tag must be lowercase letters, digits and inner dashes',
          'metadata.estimatedMinutes': 'too long',
          'content.levelExpectations[1].seniority': 'repeats a seniority',
          'content.exampleAnswers[0].score': 'must be one of 1, 2, 3, 4',
          'content.followUps[2]': 'must not be null',
          'criteria[0].anchors': 'needs one anchor for each of the 4 levels',
          'rubric[1].competencyId': 'is not an active competency',
          id: 'the current version has no rubric',
          '': 'Something else',
        },
        sent,
      ),
    ).toEqual({
      tags: 'each tag must be lowercase letters, digits and inner dashes',
      estimatedMinutes: 'too long',
      'levelExpectations.SENIOR': 'repeats a seniority',
      'exampleAnswers[1].score': 'must be one of 1, 2, 3, 4',
      followUps: 'must not be null',
      'rubric[0].anchors': 'needs one anchor for each of the 4 levels',
      'rubric[1].competencyId': 'is not an active competency',
      '': 'the current version has no rubric Something else',
    });
  });
});
