/**
 * Errors that mean "the database cannot serve right now" rather than "this request is wrong" or
 * "we have a bug": the server is down, restarting or refusing connections, the pool's wait ran
 * out, or a statement or lock wait hit its timeout. Callers answer them with UNAVAILABLE (503,
 * Retry-After): retrying later is the right move, and they are not logged as unexpected.
 */
const SQLSTATES = new Set([
  '57P01', // admin_shutdown (restart, fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '57014', // query_canceled (statement_timeout)
  '55P03', // lock_not_available (lock_timeout)
]);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const MESSAGES = [
  /^Connection terminated/, // unexpectedly, due to connection timeout
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end/,
  /^Client has encountered a connection error/,
  // TypeORM releases a query runner whose connection emitted an error; the request's next
  // statement (or its COMMIT) then meets a released runner. Our own code never uses a runner
  // after releasing it (a request context refuses to), so these mean a lost connection.
  /^Query runner already released/,
  /^Database connection provided by a query runner was already released/,
];

export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof e.code === 'string') {
    if (SQLSTATES.has(e.code) || e.code.startsWith('08') || NODE_CODES.has(e.code)) return true;
  }
  if (typeof e.message === 'string' && MESSAGES.some((re) => re.test(e.message as string))) {
    return true;
  }
  if (Array.isArray(e.errors) && e.errors.some((inner) => isUnavailableError(inner, depth + 1))) {
    return true; // AggregateError: every address refused
  }
  return isUnavailableError(e.driverError, depth + 1) || isUnavailableError(e.cause, depth + 1);
}
