/**
 * Saves a draft by itself: edits are debounced, one save runs at a time with the last known
 * version as expectedVersion, and what was typed while a save ran goes in the next one. A
 * stale version stops saving until the interviewer settles the conflict (rebase); invalid
 * input waits for the next edit; an unreachable server is retried.
 */
import { changedKeys, isEmptyPatch, toPatch, type ContentPatch, type Fields } from './fields';

export type SaveOutcome =
  | { kind: 'saved'; fields: Fields; version: number }
  | { kind: 'conflict' }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'failed'; message: string };

export type SaveStatus =
  | { kind: 'saved'; at: number | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'conflict' }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'failed'; message: string };

export interface AutoSaverOptions {
  base: Fields;
  version: number;
  save(patch: ContentPatch, expectedVersion: number): Promise<SaveOutcome>;
  delayMs?: number;
  retryMs?: number;
  now?: () => number;
}

export class AutoSaver {
  private baseFields: Fields;
  private currentVersion: number;
  private localFields: Fields;
  private state: SaveStatus = { kind: 'saved', at: null };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private listeners = new Set<() => void>();

  constructor(private readonly options: AutoSaverOptions) {
    this.baseFields = options.base;
    this.currentVersion = options.version;
    this.localFields = options.base;
  }

  get status(): SaveStatus {
    return this.state;
  }
  /** The content the server last confirmed, and its version. */
  get base(): Fields {
    return this.baseFields;
  }
  get version(): number {
    return this.currentVersion;
  }
  get local(): Fields {
    return this.localFields;
  }
  hasUnsaved(): boolean {
    return changedKeys(this.baseFields, this.localFields).length > 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  edit(next: Fields): void {
    this.localFields = next;
    if (this.state.kind === 'conflict') return; // held until rebase
    this.setState({ kind: 'pending' });
    this.schedule(this.options.delayMs ?? 800);
  }

  /** Saves what is pending now; resolves when no save is running. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.state.kind === 'conflict') return;
    await this.run();
    while (this.running) await this.running;
  }

  /**
   * After a conflict: continue from the server's content and version, with the merged fields
   * as the interviewer's own.
   */
  rebase(base: Fields, version: number, local: Fields): void {
    this.baseFields = base;
    this.currentVersion = version;
    this.localFields = local;
    this.setState({ kind: 'pending' });
    this.schedule(0);
  }

  /** The scorecard changed by other means (submitted, amended): start over from it. */
  reset(base: Fields, version: number): void {
    clearTimeout(this.timer);
    this.baseFields = base;
    this.localFields = base;
    this.currentVersion = version;
    this.setState({ kind: 'saved', at: null });
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private setState(next: SaveStatus): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private run(): Promise<void> {
    // One save at a time: an edit during a save is picked up when it ends.
    if (this.running) return this.running;
    this.running = this.saveOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async saveOnce(): Promise<void> {
    const patch = toPatch(this.baseFields, this.localFields);
    if (isEmptyPatch(patch)) {
      if (this.state.kind === 'pending') this.setState({ kind: 'saved', at: this.nowMs() });
      return;
    }
    const sent = this.localFields;
    this.setState({ kind: 'saving' });
    const outcome = await this.options.save(patch, this.currentVersion);
    switch (outcome.kind) {
      case 'saved':
        this.baseFields = outcome.fields;
        this.currentVersion = outcome.version;
        if (this.localFields !== sent) {
          this.setState({ kind: 'pending' });
          this.schedule(0);
        } else {
          this.setState({ kind: 'saved', at: this.nowMs() });
        }
        return;
      case 'conflict':
        clearTimeout(this.timer);
        this.setState({ kind: 'conflict' });
        return;
      case 'invalid':
        this.setState({ kind: 'invalid', errors: outcome.errors });
        return;
      case 'failed':
        this.setState({ kind: 'failed', message: outcome.message });
        this.schedule(this.options.retryMs ?? 5000);
        return;
    }
  }

  private nowMs(): number {
    return (this.options.now ?? Date.now)();
  }
}
