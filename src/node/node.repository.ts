import type { EntityManager } from 'typeorm';

/*
 * The SQL of `node`: the type of each id, in one statement over the tables of the types it
 * finds. NodeResolver holds the rules.
 */

/** Of `ids`, those found in one of the tables, each with its type, in one statement. */
export async function typesOfIds(
  em: EntityManager,
  types: readonly { type: string; table: string }[],
  ids: readonly string[],
): Promise<{ id: string; type: string }[]> {
  return em.query(
    types
      .map((t) => `SELECT id::text, '${t.type}' AS type FROM ${t.table} WHERE id = ANY($1::uuid[])`)
      .join(' UNION ALL '),
    [ids],
  );
}
