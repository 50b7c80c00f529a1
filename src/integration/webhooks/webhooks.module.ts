import { Module } from '@nestjs/common';
import { WebhookDeliveryWorker } from './webhook-delivery.worker.js';
import { WebhookOutbox } from './webhook-outbox.service.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

/**
 * Webhooks: endpoints, the transactional outbox (WebhookOutbox.emit, for the modules that
 * import this one) and the delivery worker on the service's JobQueue (other modules may add
 * steps to its sweep round).
 */
@Module({
  providers: [WebhookOutbox, WebhookDeliveryWorker, WebhookService, WebhookResolver],
  exports: [WebhookOutbox, WebhookDeliveryWorker],
})
export class WebhooksModule {}
