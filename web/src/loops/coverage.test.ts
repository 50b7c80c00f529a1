import { describe, expect, it } from 'vitest';
import {
  errorFor,
  findingTarget,
  heatMap,
  loopTime,
  moved,
  sortFindings,
  stageTime,
  type FindingLike,
  type StageLike,
} from './coverage';

const stage = (id: string, durationMinutes: number, budgets: number[], focus: string[] = []) =>
  ({
    id,
    name: id,
    durationMinutes,
    focusCompetencies: focus.map((f) => ({ id: f })),
    questions: budgets.map((minutes, i) => ({ id: `${id}-q${i}`, timeBudgetMinutes: minutes })),
  }) satisfies StageLike;

describe('heatMap', () => {
  const stages = [stage('s1', 45, [20], ['design']), stage('s2', 45, [15]), stage('s3', 30, [])];
  const rows = [
    {
      competency: { id: 'design', name: 'Design' },
      totalWeight: 4,
      cells: [
        { stageId: 's1', weight: 0, criteria: 0 },
        { stageId: 's2', weight: 4, criteria: 2 },
        { stageId: 's3', weight: 0, criteria: 0 },
      ],
    },
    {
      competency: { id: 'code', name: 'Coding' },
      totalWeight: 1.5,
      cells: [
        { stageId: 's1', weight: 0.5, criteria: 1 },
        { stageId: 's2', weight: 1, criteria: 1 },
        { stageId: 's3', weight: 0, criteria: 0 },
      ],
    },
  ];

  it('grades every cell against the heaviest one, any weight at least level 1', () => {
    const map = heatMap(rows, stages);
    expect(map.map((r) => r.cells.map((c) => c.level))).toEqual([
      [0, 4, 0],
      [1, 1, 0],
    ]);
    expect(map[1].cells[1]).toMatchObject({ weight: 1, criteria: 1, level: 1 });
  });

  it('marks a focus competency that its stage does not assess as a gap', () => {
    const [design, code] = heatMap(rows, stages);
    expect(design.cells[0]).toMatchObject({ focus: true, gap: true, level: 0 });
    expect(design.cells[1]).toMatchObject({ focus: false, gap: false });
    expect(code.cells.every((c) => !c.gap)).toBe(true);
  });

  it('follows the stage order, not the order of the cells, and fills missing cells', () => {
    const reversed = [stages[2], stages[1], stages[0]];
    const partial = [{ ...rows[0], cells: [rows[0].cells[1]] }];
    expect(heatMap(partial, reversed)[0].cells.map((c) => [c.stageId, c.level])).toEqual([
      ['s3', 0],
      ['s2', 4],
      ['s1', 0],
    ]);
  });

  it('has no shade at all when nothing is assessed', () => {
    const empty = [{ ...rows[0], totalWeight: 0, cells: [] }];
    expect(heatMap(empty, stages)[0].cells.map((c) => c.level)).toEqual([0, 0, 0]);
  });
});

describe('time budgets', () => {
  it('sums the question budgets of a stage against its duration', () => {
    expect(stageTime(stage('a', 45, [20, 15]))).toEqual({
      used: 35,
      duration: 45,
      left: 10,
      over: false,
      percent: 78,
    });
  });

  it('is over when the questions plan more than the stage lasts, the bar capped at 100', () => {
    expect(stageTime(stage('a', 30, [20, 15]))).toMatchObject({ used: 35, left: -5, over: true });
    expect(stageTime(stage('a', 30, [20, 15])).percent).toBe(100);
    expect(stageTime(stage('a', 30, [30]))).toMatchObject({ over: false, left: 0, percent: 100 });
  });

  it('is zero for a stage without questions, and sums the whole loop', () => {
    expect(stageTime(stage('a', 60, []))).toMatchObject({ used: 0, percent: 0, over: false });
    expect(loopTime([stage('a', 45, [20, 15]), stage('b', 30, [40])])).toEqual({
      used: 75,
      duration: 75,
    });
  });
});

describe('findings', () => {
  const stages = [stage('s1', 45, [20, 10]), stage('s2', 45, [15])];
  const finding = (over: Partial<FindingLike>): FindingLike => ({
    code: 'X',
    severity: 'WARNING',
    message: '',
    path: 'competencies',
    ...over,
  });

  it('lists blocking findings first and keeps the API order within a severity', () => {
    const list = [
      finding({ code: 'W1' }),
      finding({ code: 'B1', severity: 'BLOCKING' }),
      finding({ code: 'W2' }),
      finding({ code: 'B2', severity: 'BLOCKING' }),
    ];
    expect(sortFindings(list).map((f) => f.code)).toEqual(['B1', 'B2', 'W1', 'W2']);
  });

  it('links a finding to its pinned question, else its stage, else its competency row', () => {
    expect(findingTarget(finding({ path: 'stages[0].questions[1]', stageId: 's1' }), stages)).toBe(
      'pin-s1-q1',
    );
    expect(findingTarget(finding({ path: 'stages[1]', stageId: 's2' }), stages)).toBe('stage-s2');
    expect(findingTarget(finding({ path: 'stages[1].focusCompetencies[0]' }), stages)).toBe(
      'stage-s2',
    );
    expect(findingTarget(finding({ competencyId: 'c9' }), stages)).toBe('competency-c9');
    expect(findingTarget(finding({}), stages)).toBe('coverage');
  });
});

describe('moved', () => {
  it('moves one item and clamps the target into the list', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('errorFor', () => {
  it('joins the errors of a field and of its entries', () => {
    const fields = {
      name: 'must not be empty',
      'focusCompetencyIds[1]': 'is not a competency of this tenant',
      focusCompetencyIdsExtra: 'unrelated',
    };
    expect(errorFor(fields, 'name')).toBe('must not be empty');
    expect(errorFor(fields, 'focusCompetencyIds')).toBe('is not a competency of this tenant');
    expect(errorFor(fields, 'kind')).toBeUndefined();
  });
});
