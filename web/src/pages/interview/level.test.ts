import { describe, expect, it } from 'vitest';
import { levelName, stageLevel } from './level';

const q = (seniority: string[], rated = true) => ({ seniority, rated }) as never;

describe('the level assessed', () => {
  it("is the stage's one common level of its rated questions, else none", () => {
    expect(stageLevel({ questions: [q(['MID', 'SENIOR']), q(['SENIOR', 'STAFF'])] })).toBe(
      'SENIOR',
    );
    // Two levels in common: the page does not guess.
    expect(stageLevel({ questions: [q(['MID', 'SENIOR']), q(['MID', 'SENIOR'])] })).toBeNull();
    expect(stageLevel({ questions: [q(['JUNIOR']), q(['STAFF'])] })).toBeNull();
    // Candidate questions (unrated) do not count.
    expect(stageLevel({ questions: [q(['SENIOR']), q(['JUNIOR'], false)] })).toBe('SENIOR');
    expect(stageLevel({ questions: [] })).toBeNull();
  });

  it("names a level with the tenant's title, else in plain words", () => {
    const guide = { seniorityLevels: [{ seniority: 'STAFF', title: 'Staff engineer' }] };
    expect(levelName({ guide } as never, 'STAFF')).toBe('Staff engineer');
    expect(levelName({ guide: null }, 'MID')).toBe('Mid');
  });
});
