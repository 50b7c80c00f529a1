/** The only values of `extensions.code` the API returns (DESIGN.md). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/** The HTTP status each code answers with outside GraphQL's own rules (plain routes, hooks). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface FieldProblem {
  /** Dotted path from the operation's arguments, e.g. `input.email`. */
  path: string;
  message: string;
}

/** An expected failure that reaches the client with its code and details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /**
   * What graphql-js copies into a GraphQLError that wraps this one. HTTP answers are formatted
   * from `code` and `details` anyway; a subscription refused at its start (sent as is by
   * Mercurius) carries the same code and details this way.
   */
  get extensions(): Record<string, unknown> {
    return { code: this.code, ...this.details };
  }
}

export class BadInputError extends AppError {
  constructor(fields: FieldProblem[], message = 'The input is invalid.') {
    super('BAD_USER_INPUT', message, { fields });
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication is required or has failed.') {
    super('UNAUTHENTICATED', message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}
export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}
export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many requests; retry later.', { retryAfterSeconds });
  }
}

/**
 * The service cannot serve this request right now (the database is down or restarting, the
 * server is overloaded or shutting down): HTTP 503 with Retry-After; nothing was changed.
 */
export class UnavailableError extends AppError {
  constructor(retryAfterSeconds = 1) {
    super('UNAVAILABLE', 'The service is temporarily unavailable; retry later.', {
      retryAfterSeconds,
    });
  }
}

/** Postgres error codes that are the client's fault, not ours. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/**
 * Runs `fn`; a unique violation (another row holds the value) becomes a CONFLICT naming the
 * input field, any other error passes through.
 */
export async function conflictOnUnique<T>(
  fn: () => Promise<T>,
  message: string,
  path: string,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(message, { path });
    throw error;
  }
}

/**
 * What of an unexpected error goes to the log: its kind, message, stack and database error code,
 * never the SQL parameters or the database's detail line, which can hold personal data.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const db = error as Error & { code?: unknown; driverError?: { code?: unknown } };
  const sqlState = db.driverError?.code ?? db.code;
  // PostgreSQL quotes the offending value at the end of some messages
  // (`invalid input syntax for type uuid: "…"`).
  const message =
    typeof sqlState === 'string' ? error.message.replace(/(:\s*)".*"$/s, '$1"…"') : error.message;
  return {
    type: error.name,
    message,
    ...(typeof sqlState === 'string' ? { sqlState } : {}),
    stack: error.stack?.replace(error.message, message),
  };
}
