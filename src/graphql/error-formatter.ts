import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, loggableError, UnavailableError, type ErrorCode } from '../common/errors.js';
import { isUnavailableError } from '../database/unavailable.js';

const logger = new Logger('GraphQL');

interface FormattedError {
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
