import type { EntityManager } from 'typeorm';

/**
 * A named prepared statement: pg parses and plans it once per connection (on its first use
 * there) and later sends only the name and the values, which saves PostgreSQL the parse and
 * plan of a hot read and the driver the statement's text on every request.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * The text of a statement TypeORM was handed, for the statement log: a prepared one is marked
 * with its name (so the SQL snapshots show which reads are prepared).
 */
export function statementText(query: string | PreparedStatement): string {
  return typeof query === 'string' ? query : `/* prepared ${query.name} */ ${query.text}`;
}

/**
 * Runs `statement` in `em` (the request's transaction, through its queue). TypeORM hands the
 * query to pg as it is, and pg reads `{ name, text }` as a named statement.
 */
export function queryPrepared<T>(
  em: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  return em.query(statement as unknown as string, values);
}
