import { Controller, Get, Logger } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/policy.decorator.js';
import { Database } from '../database/database.service.js';
import { Readiness } from './readiness.js';

@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: Database,
    private readonly readiness: Readiness,
  ) {}

  /** The process is up. */
  @Public()
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** The process can serve: start-up work (the demo data) is done and the database answers. */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const indicator = this.indicators.check('startup');
        const waitingFor = this.readiness.waitingFor();
        return waitingFor.length ? indicator.down({ waitingFor }) : indicator.up();
      },
      async () => {
        const indicator = this.indicators.check('database');
        try {
          await this.db.source.query('SELECT 1');
          return indicator.up();
        } catch (error) {
          // The endpoint is public: the reason goes to the log, not to whoever asks.
          this.logger.error({ err: error }, 'readiness: the database does not answer');
          return indicator.down({ message: 'The database does not answer.' });
        }
      },
    ]);
  }
}
