import type { EntityManager } from 'typeorm';

/** `totalCount` counts at most this many rows; a larger total answers `COUNT_CAP + 1`. */
export const COUNT_CAP = 10_000;

/**
 * Counts the rows `from` selects (`FROM … WHERE …`), stopping after `COUNT_CAP + 1` of them,
 * so that a count costs at most that much whatever the volume.
 */
export async function cappedCount(
  em: EntityManager,
  from: string,
  params: unknown[] = [],
): Promise<number> {
  const [{ n }] = await em.query(
    `SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1}) capped`,
    params,
  );
  return n;
}

/** Counts for many parents in one statement, each stopping after `COUNT_CAP + 1` rows. */
export async function cappedCounts(
  em: EntityManager,
  parentIds: readonly string[],
  from: (parent: string) => string,
): Promise<number[]> {
  const rows: { id: string; n: number }[] = await em.query(
    `SELECT p.id, (SELECT count(*)::int FROM (SELECT 1 ${from('p.id')} LIMIT ${COUNT_CAP + 1}) capped) AS n
       FROM unnest($1::uuid[]) AS p(id)`,
    [parentIds],
  );
  const counts = new Map(rows.map((r) => [r.id, r.n]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}

/**
 * At most `limit` rows of `columns` (`from(parent)` and `condition`, in `orderBy`) for each
 * parent, in one statement: a LATERAL subquery per parent, by the list's index. `parents` and
 * `condition` are placeholders of `values`.
 */
export async function nestedRows<R>(
  em: EntityManager,
  q: {
    parents: string;
    columns: string;
    from: (parent: string) => string;
    condition: string;
    orderBy: string;
    limit: number;
    values: unknown[];
  },
): Promise<(R & { parent_id: string })[]> {
  return em.query(
    `SELECT p.id AS parent_id, x.*
       FROM unnest(${q.parents}::uuid[]) AS p(id)
      CROSS JOIN LATERAL (SELECT ${q.columns} ${q.from('p.id')}
                             AND ${q.condition}
                          ORDER BY ${q.orderBy} LIMIT ${q.limit}) x`,
    q.values,
  );
}
