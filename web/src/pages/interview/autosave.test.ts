import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver, type SaveOutcome } from './autosave';
import { STAR_PARTS, starKey, type ContentPatch, type Fields } from './fields';

/** A stand-in server: applies patches to its fields and checks the version like the API. */
function server(initial: Fields = {}) {
  const state = { fields: { ...initial }, version: 1 };
  const calls: { patch: ContentPatch; expectedVersion: number }[] = [];
  let next: SaveOutcome | null = null;
  const save = vi.fn(async (patch: ContentPatch, expectedVersion: number): Promise<SaveOutcome> => {
    calls.push({ patch, expectedVersion });
    if (next) {
      const outcome = next;
      next = null;
      return outcome;
    }
    if (expectedVersion !== state.version) return { kind: 'conflict' };
    for (const r of patch.ratings ?? []) {
      state.fields[`rating:${r.stageQuestionId}:${r.criterionId}`] = r.notAssessed
        ? 'NA'
        : (r.score ?? null);
    }
    // As the API: what a notes entry omits is kept.
    for (const n of patch.notes ?? []) {
      if (n.notes !== undefined) state.fields[`notes:${n.stageQuestionId}`] = n.notes;
      for (const part of STAR_PARTS) {
        if (n.star !== undefined)
          state.fields[starKey(n.stageQuestionId, part)] = n.star?.[part] ?? '';
      }
    }
    if (patch.summary !== undefined) state.fields.summary = patch.summary;
    state.version += 1;
    return { kind: 'saved', fields: { ...state.fields }, version: state.version };
  });
  return { state, calls, save, answerNext: (o: SaveOutcome) => (next = o) };
}

describe('AutoSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces edits into one save with the expected version', async () => {
    const s = server();
    const saver = new AutoSaver({ base: {}, version: 1, save: s.save, delayMs: 500 });
    saver.edit({ summary: 'a' });
    saver.edit({ summary: 'ab' });
    expect(saver.status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(499);
    expect(s.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.calls).toEqual([{ patch: { summary: 'ab' }, expectedVersion: 1 }]);
    expect(saver.status.kind).toBe('saved');
    expect(saver.version).toBe(2);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('sends what was typed during a save in the next save, with the new version', async () => {
    const s = server();
    const saver = new AutoSaver({ base: {}, version: 1, save: s.save, delayMs: 100 });
    saver.edit({ summary: 'first' });
    await vi.advanceTimersByTimeAsync(100); // the first save starts and answers
    saver.edit({ summary: 'first', 'notes:q': 'more' });
    await saver.flush();
    expect(s.calls.map((c) => c.expectedVersion)).toEqual([1, 2]);
    expect(s.calls[1].patch).toEqual({ notes: [{ stageQuestionId: 'q', notes: 'more' }] });
    expect(s.state.fields).toEqual({ summary: 'first', 'notes:q': 'more' });
  });

  it('holds edits on a conflict until rebased, then saves them on the server version', async () => {
    const s = server();
    s.state.version = 5; // another tab saved meanwhile
    const saver = new AutoSaver({ base: {}, version: 1, save: s.save, delayMs: 100 });
    saver.edit({ summary: 'mine' });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.status.kind).toBe('conflict');
    saver.edit({ summary: 'mine, still typing' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(s.save).toHaveBeenCalledTimes(1); // nothing sent while in conflict
    expect(saver.local).toEqual({ summary: 'mine, still typing' }); // nothing lost either
    saver.rebase({ summary: 'theirs' }, 5, { summary: 'mine, still typing' });
    await saver.flush();
    expect(s.calls[1]).toEqual({ patch: { summary: 'mine, still typing' }, expectedVersion: 5 });
    expect(saver.status.kind).toBe('saved');
  });

  it('keeps invalid input until the next edit and retries an unreachable server', async () => {
    const s = server();
    const saver = new AutoSaver({ base: {}, version: 1, save: s.save, delayMs: 10, retryMs: 1000 });
    s.answerNext({ kind: 'invalid', errors: { summary: 'too long' } });
    saver.edit({ summary: 'x'.repeat(5) });
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.status).toEqual({ kind: 'invalid', errors: { summary: 'too long' } });
    await vi.advanceTimersByTimeAsync(5000);
    expect(s.save).toHaveBeenCalledTimes(1);

    s.answerNext({ kind: 'failed', message: 'offline' });
    saver.edit({ summary: 'short' });
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.status.kind).toBe('failed');
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.status.kind).toBe('saved');
    expect(s.state.fields.summary).toBe('short');
  });
});
