/** Builds positional parameters for hand-written SQL. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, e.g. `$3`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** Adds `text` as a case-insensitive substring pattern (LIKE wildcards escaped). */
  addContains(text: string): string {
    return this.add(`%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  }
}
