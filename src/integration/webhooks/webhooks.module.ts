import { Global, Module } from '@nestjs/common';
import { WebhookDeliveryWorker } from './webhook-delivery.worker.js';
import { WebhookOutbox } from './webhook-outbox.service.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

/**
 * Webhooks: endpoints, the transactional outbox (WebhookOutbox.emit, injectable anywhere:
 * the module is global) and the delivery worker on the service's JobQueue.
 */
@Global()
@Module({
  providers: [WebhookOutbox, WebhookDeliveryWorker, WebhookService, WebhookResolver],
  exports: [WebhookOutbox],
})
export class WebhooksModule {}
