import { Global, Module } from '@nestjs/common';
import { WebhookDeliveryWorker } from './webhook-delivery.worker.js';
import { WebhookOutbox } from './webhook-outbox.service.js';
import { WebhookQueue } from './webhook-queue.service.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

/**
 * Webhooks: endpoints, the transactional outbox (WebhookOutbox.emit, injectable anywhere:
 * the module is global) and the pg-boss delivery worker.
 */
@Global()
@Module({
  providers: [WebhookQueue, WebhookOutbox, WebhookDeliveryWorker, WebhookService, WebhookResolver],
  exports: [WebhookOutbox, WebhookQueue],
})
export class WebhooksModule {}
