/**
 * Pure shaping of a loop's coverage for the builder: the competency x stage heat map, the
 * findings in the order to fix them with the element each one is about, and each stage's
 * planned minutes against its duration.
 */

export interface CoverageCellLike {
  stageId: string;
  weight: number;
  criteria: number;
}
export interface CoverageRowLike {
  competency: { id: string; name: string };
  cells: readonly CoverageCellLike[];
  totalWeight: number;
}
export interface FindingLike {
  code: string;
  severity: 'BLOCKING' | 'WARNING';
  message: string;
  path: string;
  stageId?: string | null;
  competencyId?: string | null;
  questionId?: string | null;
}
export interface StageLike {
  id: string;
  name: string;
  durationMinutes: number;
  focusCompetencies: readonly { id: string }[];
  questions: readonly { id: string; timeBudgetMinutes: number }[];
}

/** Shades of the heat map: 0 is "not assessed here", 4 the heaviest cell of the loop. */
export const HEAT_LEVELS = 4;

export interface HeatCell {
  stageId: string;
  weight: number;
  criteria: number;
  /** 0 (none) to HEAT_LEVELS, relative to the heaviest cell of the loop. */
  level: number;
  /** The stage names this competency as a focus. */
  focus: boolean;
  /** A focus of the stage that none of its questions assess (a blocking gap). */
  gap: boolean;
}
export interface HeatRow {
  competencyId: string;
  name: string;
  totalWeight: number;
  cells: HeatCell[];
}

/**
 * The heat map: one row per competency (the API's order), one cell per stage in stage order.
 * A cell's level grows with its weight against the heaviest cell, so the map reads the same
 * whatever the weights' scale; any weight above zero is at least level 1.
 */
export function heatMap(rows: readonly CoverageRowLike[], stages: readonly StageLike[]): HeatRow[] {
  const max = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.weight)));
  return rows.map((row) => ({
    competencyId: row.competency.id,
    name: row.competency.name,
    totalWeight: row.totalWeight,
    cells: stages.map((stage) => {
      const cell = row.cells.find((c) => c.stageId === stage.id) ?? { weight: 0, criteria: 0 };
      const focus = stage.focusCompetencies.some((f) => f.id === row.competency.id);
      const level =
        cell.weight > 0 && max > 0 ? Math.max(1, Math.ceil((cell.weight / max) * HEAT_LEVELS)) : 0;
      return {
        stageId: stage.id,
        weight: cell.weight,
        criteria: cell.criteria,
        level,
        focus,
        gap: focus && cell.weight === 0,
      };
    }),
  }));
}

/** Weights read as people write them: 1, 0.5, 1.25. */
export function formatWeight(weight: number): string {
  return String(Math.round(weight * 100) / 100);
}

/** Blocking findings first, then warnings; the API's order within each. */
export function sortFindings<T extends FindingLike>(findings: readonly T[]): T[] {
  const rank = (f: T) => (f.severity === 'BLOCKING' ? 0 : 1);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map((entry) => entry.finding);
}

/** The id of the element a finding is about: the pinned question, else the stage, else the heat map row. */
export function findingTarget(finding: FindingLike, stages: readonly StageLike[]): string {
  const pin = /^stages\[(\d+)\]\.questions\[(\d+)\]/.exec(finding.path);
  if (pin) {
    const question = stages[Number(pin[1])]?.questions[Number(pin[2])];
    if (question) return pinElementId(question.id);
  }
  const stage = /^stages\[(\d+)\]/.exec(finding.path);
  const stageId = finding.stageId ?? (stage ? stages[Number(stage[1])]?.id : undefined);
  if (stageId) return stageElementId(stageId);
  if (finding.competencyId) return competencyElementId(finding.competencyId);
  return 'coverage';
}

export const stageElementId = (id: string) => `stage-${id}`;
export const pinElementId = (id: string) => `pin-${id}`;
export const competencyElementId = (id: string) => `competency-${id}`;

export interface StageTime {
  used: number;
  duration: number;
  /** Minutes left; negative when the questions plan more than the stage lasts. */
  left: number;
  over: boolean;
  /** used / duration as a percentage for a progress bar, capped at 100. */
  percent: number;
}

/** A stage's planned question minutes against its duration. */
export function stageTime(stage: Pick<StageLike, 'durationMinutes' | 'questions'>): StageTime {
  const used = stage.questions.reduce((sum, q) => sum + q.timeBudgetMinutes, 0);
  const duration = stage.durationMinutes;
  return {
    used,
    duration,
    left: duration - used,
    over: used > duration,
    percent: duration > 0 ? Math.min(100, Math.round((used / duration) * 100)) : 100,
  };
}

/** The whole loop's planned minutes and length. */
export function loopTime(stages: readonly StageLike[]): { used: number; duration: number } {
  return stages.reduce(
    (sum, stage) => {
      const t = stageTime(stage);
      return { used: sum.used + t.used, duration: sum.duration + t.duration };
    },
    { used: 0, duration: 0 },
  );
}

/** `ids` with the item at `from` moved to `to` (both clamped into the list). */
export function moved<T>(ids: readonly T[], from: number, to: number): T[] {
  const next = [...ids];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

/** The message for one field: its own errors and those of its entries (`focusCompetencyIds[2]`). */
export function errorFor(fields: Record<string, string>, key: string): string | undefined {
  const found = Object.entries(fields)
    .filter(([path]) => path === key || path.startsWith(`${key}[`) || path.startsWith(`${key}.`))
    .map(([, message]) => message);
  return found.length ? found.join(' ') : undefined;
}
