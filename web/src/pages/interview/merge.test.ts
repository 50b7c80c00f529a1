import { describe, expect, it } from 'vitest';
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
});
