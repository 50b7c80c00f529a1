import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, loggableError, UnavailableError, type ErrorCode } from '../common/errors.js';
import { isUnavailableError } from '../database/unavailable.js';

const logger = new Logger('GraphQL');

export interface FormattedError {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions: { code: ErrorCode; requestId?: string } & Record<string, unknown>;
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** Strips "Did you mean …?" so that error messages do not reveal the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .+\?$/, '');
}

/**
 * Maps any error to the API's codes. Expected errors keep their message and details;
 * everything else is masked as INTERNAL and logged with the request id.
 */
export function formatError(
  error: GraphQLError | Error,
  requestId: string,
  hideSuggestions: boolean,
): FormattedError {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  const original = graphqlError?.originalError ?? (graphqlError ? undefined : error);
  const where = { path: graphqlError?.path, locations: graphqlError?.locations };
  if (original instanceof AppError) {
    return {
      message: original.message,
      ...where,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return { message: original.message, ...where, extensions: { code } };
  }
  const status = (original as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Mercurius and Fastify request errors (batched operation, bad body...).
    return {
      message: (original as Error).message,
      ...where,
      extensions: { code: HTTP_CODES[status] ?? 'BAD_USER_INPUT' },
    };
  }
  if (graphqlError && !original) {
    // Parse and validation errors, and argument coercion: the request itself is wrong.
    const message = hideSuggestions
      ? withoutSuggestions(graphqlError.message)
      : graphqlError.message;
    return { message, ...where, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphQLError) return formatError(original, requestId, hideSuggestions);
  if (isUnavailableError(original)) {
    const { code, message, details } = new UnavailableError();
    return { message, ...where, extensions: { code, ...details } };
  }
  logger.error({ err: loggableError(original ?? error), requestId }, 'unexpected error');
  return {
    message: 'Internal server error.',
    ...where,
    extensions: { code: 'INTERNAL', requestId },
  };
}

/** A 4xx status an error carries (Fastify and Mercurius request errors), if any. */
export function clientStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

export interface FormattedErrors {
  errors: FormattedError[];
  /**
   * The 4xx status of a request that failed as an HTTP request before any GraphQL (a body that
   * is not JSON or too large, a media type without a parser, a mutation over GET...).
   */
  requestStatus?: number;
}

/**
 * Formats the errors Mercurius hands to its errorFormatter. A request failure comes as one
 * error with a `statusCode` whose causes are in `errors`: GraphQL syntax or validation errors,
 * or plain errors (a body that fails the route schema, an operation that GET may not carry).
 * Each cause is formatted on its own; a plain cause is the request's own error, answered with
 * the wrapper's status and code, never masked as INTERNAL.
 */
export function formatErrors(
  errors: readonly GraphQLError[],
  requestId: string,
  hideSuggestions: boolean,
): FormattedErrors {
  const formatted: FormattedError[] = [];
  let requestStatus: number | undefined;
  for (const error of errors) {
    const wrapper = error.originalError;
    const causes = (wrapper as { errors?: unknown } | undefined)?.errors;
    if (!Array.isArray(causes)) {
      requestStatus ??= clientStatus(wrapper);
      formatted.push(formatError(error, requestId, hideSuggestions));
      continue;
    }
    for (const cause of causes as Error[]) {
      const status = clientStatus(cause) ?? clientStatus(wrapper);
      if (cause instanceof GraphQLError || status === undefined) {
        formatted.push(formatError(cause, requestId, hideSuggestions));
        continue;
      }
      requestStatus ??= status;
      formatted.push({
        message: cause.message,
        extensions: { code: HTTP_CODES[status] ?? 'BAD_USER_INPUT' },
      });
    }
  }
  return { errors: formatted, requestStatus };
}

/** HTTP status for a GraphQL response: 200 once execution ran, per GraphQL over HTTP. */
export function statusFor(errors: FormattedError[], hasData: boolean): number {
  if (hasData) return 200;
  if (errors.some((e) => e.extensions.code === 'RATE_LIMITED')) return 429;
  if (errors.some((e) => e.extensions.code === 'UNAVAILABLE')) return 503;
  if (errors.length && errors.every((e) => e.extensions.code === 'BAD_USER_INPUT' && !e.path)) {
    return 400;
  }
  if (errors.some((e) => e.extensions.code === 'INTERNAL')) return 500;
  return 200;
}

/**
 * The wait a RATE_LIMITED error asks for (the longest, when there are several), for the
 * `Retry-After` header of the response; undefined when nothing was rate limited.
 */
export function retryAfterSeconds(errors: FormattedError[]): number | undefined {
  const waits = errors
    .filter((e) => e.extensions.code === 'RATE_LIMITED')
    .map((e) => e.extensions.retryAfterSeconds)
    .filter((n): n is number => typeof n === 'number');
  return waits.length ? Math.max(...waits) : undefined;
}
