import { Module } from '@nestjs/common';
import { InterviewsModule } from '../../interviews/interviews.module.js';
import { LoopsModule } from '../../loops/loops.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { AtsResolver } from './ats.resolver.js';
import { AtsService } from './ats.service.js';

/** ATS integration: upserts keyed by ATS ids, erasure, sync tombstones. */
@Module({
  imports: [InterviewsModule, LoopsModule, WebhooksModule],
  providers: [AtsService, AtsResolver],
})
export class AtsModule {}
