import { Injectable } from '@nestjs/common';
import { BadInputError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../integration/webhooks/webhook-outbox.service.js';
import { CoverageService } from './coverage.service.js';
import { LoopStatus } from './entities/loop.enums.js';
import { LoopService, toLoop } from './loop.service.js';
import { FindingSeverity, type PublishLoopPayload } from './models/loop.models.js';

@Injectable()
export class LoopPublisher {
  constructor(
    private readonly loops: LoopService,
    private readonly coverage: CoverageService,
    private readonly outbox: WebhookOutbox,
  ) {}

  /** Publishes unless the coverage check finds a blocking gap; warnings come back. */
  async publish(ctx: RequestContext, id: string): Promise<PublishLoopPayload> {
    return ctx.write(async (em) => {
      const loop = await this.loops.draft(em, id);
      const coverage = await this.coverage.compute(em, loop.id);
      const blocking = coverage.findings.filter((f) => f.severity === FindingSeverity.BLOCKING);
      if (blocking.length) {
        throw new BadInputError(
          blocking.map((f) => ({ path: f.path, message: `${f.code}: ${f.message}` })),
          'The loop has blocking coverage findings.',
        );
      }
      loop.status = LoopStatus.PUBLISHED;
      loop.publishedAt = new Date();
      await em.save(loop);
      await this.outbox.emit(em, ctx.tenantId, WebhookEventType.LOOP_PUBLISHED, {
        loopId: loop.id,
        name: loop.name,
        publishedAt: loop.publishedAt.toISOString(),
      });
      return {
        loop: toLoop(loop),
        warnings: coverage.findings.filter((f) => f.severity === FindingSeverity.WARNING),
      };
    });
  }
}
