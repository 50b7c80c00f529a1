import { Controller, Get, Req, Res } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/policy.decorator.js';
import { admissionFor } from '../lifecycle/admission.js';
import { ReadinessProbe } from './readiness.service.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessProbe,
  ) {}

  /** The process is up. Never touches the database. */
  @Public()
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * The process can serve: not shutting down, and the database answers (on the probe's own
   * connection, within its own budget). 503 with the check's detail otherwise, in the shape
   * of @nestjs/terminus.
   */
  @Public()
  @Get('ready')
  async ready(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const draining = admissionFor(req.server)?.draining;
    const result = draining
      ? { up: false, message: 'shutting down' }
      : await this.readiness.check();
    const database = result.up ? { status: 'up' } : { status: 'down', message: result.message };
    const body = result.up
      ? { status: 'ok', info: { database }, error: {}, details: { database } }
      : { status: 'error', info: {}, error: { database }, details: { database } };
    if (!result.up) void reply.header('retry-after', '1');
    return reply
      .code(result.up ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(body);
  }
}
