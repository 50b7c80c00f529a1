import { describe, expect, it } from 'vitest';
import { levelName } from './level';

describe('the level assessed', () => {
  it("names a level with the tenant's title, else in plain words", () => {
    const guide = { seniorityLevels: [{ seniority: 'STAFF', title: 'Staff engineer' }] };
    expect(levelName({ guide } as never, 'STAFF')).toBe('Staff engineer');
    expect(levelName({ guide: null }, 'MID')).toBe('Mid');
  });
});
