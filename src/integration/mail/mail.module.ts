import { Global, Module } from '@nestjs/common';
import { MailDeliveryWorker } from './mail-delivery.worker.js';
import { MailOutbox } from './mail-outbox.service.js';

/**
 * E-mail: the transactional outbox (MailOutbox.send, injectable anywhere: the module is
 * global) and the pg-boss worker that sends through SMTP. Jobs share the webhooks' pg-boss.
 */
@Global()
@Module({
  providers: [MailOutbox, MailDeliveryWorker],
  exports: [MailOutbox],
})
export class MailModule {}
