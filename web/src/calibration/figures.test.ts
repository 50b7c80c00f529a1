import { describe, expect, it } from 'vitest';
import {
  lastDays,
  leniencyRange,
  leniencyTicks,
  periodWindow,
  sortQuestions,
  type QuestionRow,
} from './figures';

function q(id: string, fields: Partial<QuestionRow>): QuestionRow {
  return {
    questionVersionId: id,
    questionVersion: { id, number: 1, prompt: `Prompt ${id}`, questionId: `q-${id}` },
    uses: 4,
    meanScore: 2.5,
    stddev: 0.5,
    agreement: 0.5,
    agreementPairs: 2,
    recommendationCorrelation: 0.2,
    ...fields,
  };
}

describe('question analytics order', () => {
  const rows = [
    q('agreeing', { agreement: 0.9 }),
    q('no-pairs', { agreement: null, agreementPairs: 0 }),
    q('split-wide', { agreement: 0.25, stddev: 1.2 }),
    q('split-narrow', { agreement: 0.25, stddev: 0.4 }),
    q('middling', { agreement: 0.6, recommendationCorrelation: null }),
  ];
  const ids = (xs: QuestionRow[]) => xs.map((x) => x.questionVersionId);

  it('starts with the questions interviewers disagree on most; no pairs go last', () => {
    expect(ids(sortQuestions(rows, 'agreement', 'ascending'))).toEqual([
      'split-wide',
      'split-narrow',
      'middling',
      'agreeing',
      'no-pairs',
    ]);
  });

  it('keeps figures the API could not compute last in either direction', () => {
    expect(ids(sortQuestions(rows, 'agreement', 'descending')).at(-1)).toBe('no-pairs');
    expect(ids(sortQuestions(rows, 'correlation', 'descending')).at(-1)).toBe('middling');
    expect(ids(sortQuestions(rows, 'correlation', 'ascending')).at(-1)).toBe('middling');
  });

  it('sorts by spread, uses and prompt', () => {
    expect(ids(sortQuestions(rows, 'stddev', 'descending')).slice(0, 2)).toEqual([
      'split-wide',
      'agreeing',
    ]);
    const used = [q('a', { uses: 1 }), q('b', { uses: 9 }), q('c', { uses: 3 })];
    expect(ids(sortQuestions(used, 'uses', 'descending'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortQuestions(used, 'question', 'descending'))).toEqual(['c', 'b', 'a']);
  });
});

describe('the period', () => {
  it('is whole days in the zone, the last day included', () => {
    expect(periodWindow({ from: '2025-03-01', to: '2025-03-31' }, 'Asia/Kolkata')).toEqual({
      from: '2025-02-28T18:30:00.000Z',
      to: '2025-03-31T18:30:00.000Z',
    });
    expect(periodWindow({ from: '', to: '2025-03-31' }, 'UTC')).toBeNull();
  });

  it('counts back from today in the zone', () => {
    // 2025-03-10 20:00 UTC is already the 11th in Auckland.
    const now = Date.parse('2025-03-10T20:00:00Z');
    expect(lastDays(30, now, 'Pacific/Auckland')).toEqual({ from: '2025-02-10', to: '2025-03-11' });
    expect(lastDays(1, now, 'UTC')).toEqual({ from: '2025-03-10', to: '2025-03-10' });
  });
});

describe('leniency range', () => {
  it('narrows as scorecards add up', () => {
    expect(leniencyRange(1)).toBeCloseTo(1.96);
    expect(leniencyRange(4)).toBeCloseTo(0.98);
    expect(leniencyRange(100)).toBeCloseTo(0.196);
    expect(leniencyRange(0)).toBeCloseTo(1.96);
  });
});

describe('leniency axis', () => {
  it('ticks zero and equal steps either side of it', () => {
    expect(leniencyTicks(1)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(leniencyTicks(2.5)).toEqual([-2, -1, 0, 1, 2]);
    expect(leniencyTicks(4)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(leniencyTicks(7.5)).toEqual([-6, -3, 0, 3, 6]);
  });
});
