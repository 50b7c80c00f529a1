import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from './errors.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

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
    if (exception instanceof ServiceUnavailableException) {
      // A health check that is down (/health/ready): its report, with 503 for load balancers.
      void reply.status(503).send(exception.getResponse());
      return;
    }
    let code: ErrorCode = 'INTERNAL';
    let message = 'Internal server error.';
    let details: Record<string, unknown> = {};
    if (exception instanceof AppError) {
      ({ code, message, details } = exception);
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      code = exception.getStatus() === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      message = exception.message;
    } else {
      this.logger.error({ err: exception, requestId: request.id }, 'unexpected error');
      details = { requestId: request.id };
    }
    void reply
      .status(STATUS[code])
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] }));
  }
}
