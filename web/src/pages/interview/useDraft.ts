import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { fetchCard, saveDraft } from './api';
import { AutoSaver, type SaveOutcome } from './autosave';
import { fromScorecard, placeErrors, type FieldValue, type Fields } from './fields';
import { merge, resolve, type Choice, type Conflict } from './merge';
import type { Card } from './types';

const RETRYABLE = new Set([
  'NETWORK',
  'UNAVAILABLE',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'INTERNAL',
]);
/** How long to wait before reading the server's scorecard again when a re-read failed. */
const REREAD_MS = 3000;

export interface ConflictState {
  conflicts: Conflict[];
  theirs: Card;
  theirsFields: Fields;
}

/**
 * The interviewer's draft: local fields saved by an AutoSaver; a stale version is merged with
 * what the server has (three-way), and only fields both sides changed are asked about.
 */
export function useDraft(card: Card) {
  const client = useClient();
  const [fields, setFields] = useState<Fields>(() => fromScorecard(card));
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [submittedElsewhere, setSubmittedElsewhere] = useState<Card | null>(null);
  const [rereads, setRereads] = useState(0);
  const saverRef = useRef<AutoSaver | null>(null);
  if (!saverRef.current) {
    saverRef.current = new AutoSaver({
      base: fromScorecard(card),
      version: card.version,
      save: async (patch, expectedVersion): Promise<SaveOutcome> => {
        const answer = await saveDraft(card.id, expectedVersion, patch);
        if (answer.ok)
          return {
            kind: 'saved',
            fields: fromScorecard(answer.card),
            version: answer.card.version,
          };
        if (answer.code === 'CONFLICT') return { kind: 'conflict' };
        // Passing troubles (no answer, a restart, an expired token being renewed, the rate
        // limit, a fault of ours): keep the draft and try again.
        if (RETRYABLE.has(answer.code)) return { kind: 'failed', message: answer.message };
        return { kind: 'invalid', errors: placeErrors(answer.fields, patch) };
      },
    });
  }
  const saver = saverRef.current;
  const status = useSyncExternalStore(
    useCallback((l: () => void) => saver.subscribe(l), [saver]),
    () => saver.status,
  );

  // Leaving the page (or a StrictMode remount) saves what is pending rather than dropping it.
  useEffect(() => () => void saver.flush(), [saver]);
  // Leaving with unsaved edits: save them now and let the browser ask.
  useEffect(() => {
    const onLeave = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved()) return;
      void saver.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [saver]);

  // A stale version: read the server's scorecard and merge.
  useEffect(() => {
    if (status.kind !== 'conflict') return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    void fetchCard(client, card.id).then((answer) => {
      if (!live) return;
      if (!answer.ok) {
        // Saving stays held (what is typed is kept locally) until the server's copy is read.
        setNotice(
          `This scorecard was changed elsewhere and could not be read again yet (${answer.message}); retrying.`,
        );
        retry = setTimeout(() => setRereads((n) => n + 1), REREAD_MS);
        return;
      }
      if (answer.card.status !== 'DRAFT') {
        setSubmittedElsewhere(answer.card);
        return;
      }
      const theirsFields = fromScorecard(answer.card);
      const result = merge(saver.base, saver.local, theirsFields);
      setFields(result.merged);
      if (result.conflicts.length) {
        // Held while in conflict: settling starts from the merge, so what only the other tab
        // changed is kept, not sent back at its old value.
        saver.edit(result.merged);
        setConflict({ conflicts: result.conflicts, theirs: answer.card, theirsFields });
      } else {
        setNotice(
          `This scorecard was also changed in another tab or window; ${result.takenFromTheirs.length} answer(s) from there were merged with yours.`,
        );
        saver.rebase(theirsFields, answer.card.version, result.merged);
      }
    });
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [status.kind, client, card.id, saver, rereads]);

  const change = (key: string, value: FieldValue) => {
    setFields((current) => {
      const next = { ...current, [key]: value };
      saver.edit(next);
      return next;
    });
  };

  /** Settles one conflict (or all with key '*'); once none is left, saving resumes. */
  const settle = (key: string, choice: Choice) => {
    if (!conflict) return;
    const chosen = conflict.conflicts.filter((c) => key === '*' || c.key === key);
    const rest = conflict.conflicts.filter((c) => !chosen.includes(c));
    let next = saver.local;
    for (const c of chosen) next = resolve(next, { ...c, mine: next[c.key] ?? c.mine }, choice);
    setFields(next);
    if (rest.length) {
      saver.edit(next);
      setConflict({ ...conflict, conflicts: rest });
    } else {
      setConflict(null);
      setNotice('Conflict resolved; your choices are being saved.');
      saver.rebase(conflict.theirsFields, conflict.theirs.version, next);
    }
  };

  return { fields, change, status, saver, conflict, settle, notice, submittedElsewhere };
}
