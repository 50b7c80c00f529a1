/**
 * Three-way merge of a scorecard edited in two places (two tabs, two windows): what only one
 * side changed is taken from that side; what both changed differently is a conflict that the
 * interviewer resolves field by field. Nothing typed is ever dropped: a conflict starts as
 * "mine" and text can keep both versions.
 */
import { changedKeys, valueOf, type FieldValue, type Fields } from './fields';

export interface Conflict {
  key: string;
  mine: FieldValue;
  theirs: FieldValue;
}

export interface MergeResult {
  merged: Fields;
  conflicts: Conflict[];
  /** Fields taken from the other side without a question. */
  takenFromTheirs: string[];
}

export function merge(base: Fields, mine: Fields, theirs: Fields): MergeResult {
  const merged: Fields = { ...theirs };
  const conflicts: Conflict[] = [];
  const mineChanged = new Set(changedKeys(base, mine));
  const theirsChanged = new Set(changedKeys(base, theirs));
  for (const key of mineChanged) {
    const m = valueOf(mine, key);
    const t = valueOf(theirs, key);
    merged[key] = m;
    if (theirsChanged.has(key) && m !== t) conflicts.push({ key, mine: m, theirs: t });
  }
  const takenFromTheirs = [...theirsChanged].filter((key) => !mineChanged.has(key));
  return { merged, conflicts, takenFromTheirs };
}

export type Choice = 'mine' | 'theirs' | 'both';

/** Both texts, mine first, so that neither is lost. */
export function keepBoth(mine: FieldValue, theirs: FieldValue): string {
  const a = String(mine ?? '').trim();
  const b = String(theirs ?? '').trim();
  if (!a) return b;
  if (!b || a.includes(b)) return a;
  if (b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

export function resolve(fields: Fields, conflict: Conflict, choice: Choice): Fields {
  const value =
    choice === 'mine'
      ? conflict.mine
      : choice === 'theirs'
        ? conflict.theirs
        : keepBoth(conflict.mine, conflict.theirs);
  return { ...fields, [conflict.key]: value };
}
