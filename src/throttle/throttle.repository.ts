/*
 * The SQL of the rate_limits counters that ThrottleService writes itself (rate-limiter-flexible
 * writes the others, on the same table and rows).
 */

export const TABLE = 'rate_limits';
export const REQUEST_PREFIX = 'req';
export const REQUEST_WINDOW_MS = 60_000;
/** Milliseconds since the epoch by PostgreSQL's clock, the same for the whole statement. */
const NOW_MS = '(extract(epoch FROM statement_timestamp()) * 1000)::bigint';

/** What a key may hold to be written into SQL as a literal (no quote, no backslash). */
const LITERAL_KEY = /^[\w.:-]{1,200}$/;

/**
 * Counts one request of `key` in its own short transaction committed without waiting for the
 * WAL flush; its INSERT returns the points and the milliseconds left in the window. Null when
 * the key cannot be written as a literal (LITERAL_KEY).
 */
export const requestCountSql = (key: string): string | null =>
  LITERAL_KEY.test(key) ? requestCountText(key) : null;

const requestCountText = (key: string) => `BEGIN; SET LOCAL synchronous_commit = off;
      INSERT INTO ${TABLE} AS r (key, points, expire)
        VALUES ('${REQUEST_PREFIX}:${key}', 1, ${NOW_MS} + ${REQUEST_WINDOW_MS})
        ON CONFLICT (key) DO UPDATE SET
          points = CASE WHEN r.expire <= ${NOW_MS} THEN 1 ELSE r.points + 1 END,
          expire = CASE WHEN r.expire <= ${NOW_MS} THEN ${NOW_MS} + ${REQUEST_WINDOW_MS} ELSE r.expire END
        RETURNING r.points, r.expire - ${NOW_MS} AS ms_left;
      COMMIT`;
