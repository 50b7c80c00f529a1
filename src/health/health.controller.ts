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
   * The process can serve: not shutting down, its start-up work done, and the database answers
   * (on the probe's own connection, within its own budget). 503 with each check's detail
   * otherwise, in the shape of @nestjs/terminus.
   */
  @Public()
  @Get('ready')
  async ready(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const draining = admissionFor(req.server)?.draining;
    const waitingFor = this.readiness.waitingFor();
    const db = draining ? { up: false, message: 'shutting down' } : await this.readiness.check();
    const details: Record<string, Record<string, unknown>> = {
      startup: waitingFor.length ? { status: 'down', waitingFor } : { status: 'up' },
      database: db.up ? { status: 'up' } : { status: 'down', message: db.message },
    };
    const pick = (up: boolean) =>
      Object.fromEntries(Object.entries(details).filter(([, v]) => (v.status === 'up') === up));
    const error = pick(false);
    const up = Object.keys(error).length === 0;
    if (!up) void reply.header('retry-after', '1');
    return reply
      .code(up ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: up ? 'ok' : 'error', info: pick(true), error, details });
  }
}
