import { describe, expect, it } from 'vitest';
import { starKey, toPatch } from './fields';
import { keepBoth, merge, resolve } from './merge';

describe('merge', () => {
  const base = { 'rating:q:a': 2, 'notes:q': 'start', summary: '', recommendation: null };

  it('takes each side its own changes and names only the true conflicts', () => {
    const mine = { ...base, 'rating:q:a': 3, 'notes:q': 'start, mine', summary: 'same' };
    const theirs = { ...base, 'notes:q': 'start, theirs', recommendation: 'YES', summary: 'same' };
    const result = merge(base, mine, theirs);
    expect(result.merged).toEqual({
      'rating:q:a': 3,
      'notes:q': 'start, mine', // provisionally mine: nothing typed is lost
      summary: 'same',
      recommendation: 'YES',
    });
    expect(result.conflicts).toEqual([
      { key: 'notes:q', mine: 'start, mine', theirs: 'start, theirs' },
    ]);
    expect(result.takenFromTheirs).toEqual(['recommendation']);
  });

  it('has nothing to ask when only one side changed', () => {
    const theirs = { ...base, 'rating:q:b': 'NA' };
    expect(merge(base, base, theirs)).toEqual({
      merged: theirs,
      conflicts: [],
      takenFromTheirs: ['rating:q:b'],
    });
  });

  it('resolves a conflict with mine, theirs, or both texts', () => {
    const conflict = { key: 'notes:q', mine: 'A', theirs: 'B' };
    expect(resolve(base, conflict, 'mine')['notes:q']).toBe('A');
    expect(resolve(base, conflict, 'theirs')['notes:q']).toBe('B');
    expect(resolve(base, conflict, 'both')['notes:q']).toBe('A\n\nB');
    expect(keepBoth('typed more', 'typed')).toBe('typed more');
    expect(keepBoth('', 'theirs')).toBe('theirs');
  });

  it("merges STAR parts part by part, and the save after the merge carries the other tab's parts", () => {
    const [situation, action] = [starKey('q', 'situation'), starKey('q', 'action')];
    const start = { ...base, [situation]: 'Peak season' };
    // This tab writes the action; the other tab rewrote the situation and the text.
    const mine = { ...start, [action]: 'Split the migration' };
    const theirs = { ...start, [situation]: 'Peak season, payments', 'notes:q': 'start, theirs' };
    const result = merge(start, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toMatchObject({
      [situation]: 'Peak season, payments',
      [action]: 'Split the migration',
      'notes:q': 'start, theirs',
    });
    // Saved on top of theirs: only the STAR entry goes, with their situation, not the old one.
    expect(toPatch(theirs, result.merged)).toEqual({
      notes: [
        {
          stageQuestionId: 'q',
          star: {
            situation: 'Peak season, payments',
            task: '',
            action: 'Split the migration',
            result: '',
          },
        },
      ],
    });
    // Both tabs changed the same part differently: that part, and only it, is asked about.
    const clash = merge(
      start,
      { ...start, [situation]: 'Mine' },
      { ...start, [situation]: 'Theirs' },
    );
    expect(clash.conflicts).toEqual([{ key: situation, mine: 'Mine', theirs: 'Theirs' }]);
    expect(resolve(clash.merged, clash.conflicts[0], 'both')[situation]).toBe('Mine\n\nTheirs');
  });
});
