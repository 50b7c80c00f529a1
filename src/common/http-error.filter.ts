import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUnavailableError } from '../database/unavailable.js';
import {
  AppError,
  HTTP_STATUS,
  loggableError,
  UnavailableError,
  type ErrorCode,
} from './errors.js';

/**
 * Errors of the plain HTTP routes (kits as Markdown) in the API's shape: the same codes as
 * GraphQL, with the matching status. GraphQL errors pass through to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'http') return exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    let code: ErrorCode = 'INTERNAL';
    let message = 'Internal server error.';
    let details: Record<string, unknown> = {};
    if (exception instanceof AppError) {
      ({ code, message, details } = exception);
    } else if (
      isUnavailableError(exception) ||
      (exception instanceof HttpException && exception.getStatus() === 503)
    ) {
      ({ code, message, details } = new UnavailableError());
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      code = exception.getStatus() === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      message = exception.message;
    } else {
      this.logger.error(
        { err: loggableError(exception), requestId: request.id },
        'unexpected error',
      );
      details = { requestId: request.id };
    }
    void reply
      .status(HTTP_STATUS[code])
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] }));
  }
}
