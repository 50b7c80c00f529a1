import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { ApiKeysModule } from './api-keys/api-keys.module.js';
import { AtsScaleModule } from './ats-scale/ats-scale.module.js';
import { AtsModule } from './ats/ats.module.js';
import { AuditModule } from './audit/audit.module.js';
import { IdempotencyService } from './idempotency/idempotency.service.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MailModule } from './mail/mail.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

/**
 * What other systems see of the service: API keys, the ATS API and its scales, webhooks,
 * mail, the job queue, the audit log and idempotent retries.
 */
@Module({
  imports: [
    AuthModule,
    TenancyModule,
    JobsModule,
    MailModule,
    WebhooksModule,
    AuditModule,
    ApiKeysModule,
    AtsModule,
    AtsScaleModule,
  ],
  providers: [IdempotencyService],
  exports: [IdempotencyService],
})
export class IntegrationModule {}
