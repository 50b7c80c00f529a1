import { Module } from '@nestjs/common';
import { WebhooksModule } from '../integration/webhooks/webhooks.module.js';
import { LoopsModule } from '../loops/loops.module.js';
import { CandidateService } from './candidate.service.js';
import { CandidateResolver, InterviewResolver } from './interviews.resolver.js';
import { FeedbackSweep } from './feedback-sweep.js';
import { InterviewNotifier } from './interview-notifier.js';
import { InterviewStatusCatchUp } from './interview-status.js';
import { InterviewLoaders } from './interview.loaders.js';
import { InterviewScheduling } from './interview-scheduling.js';
import { InterviewService } from './interview.service.js';

/** Candidates, interviews and the assignment of interviewers. */
@Module({
  imports: [LoopsModule, WebhooksModule],
  providers: [
    CandidateService,
    InterviewService,
    InterviewLoaders,
    InterviewScheduling,
    InterviewNotifier,
    FeedbackSweep,
    InterviewStatusCatchUp,
    CandidateResolver,
    InterviewResolver,
  ],
  exports: [CandidateService, InterviewService, InterviewNotifier],
})
export class InterviewsModule {}
