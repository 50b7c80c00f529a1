import { Module } from '@nestjs/common';
import { LoopsModule } from '../loops/loops.module.js';
import { CandidateService } from './candidate.service.js';
import { CandidateResolver, InterviewResolver } from './interviews.resolver.js';
import { FeedbackSweep } from './feedback-sweep.js';
import { InterviewNotifier } from './interview-notifier.js';
import { InterviewService } from './interview.service.js';

/** Candidates, interviews and the assignment of interviewers. */
@Module({
  imports: [LoopsModule],
  providers: [
    CandidateService,
    InterviewService,
    InterviewNotifier,
    FeedbackSweep,
    CandidateResolver,
    InterviewResolver,
  ],
  exports: [CandidateService, InterviewService, InterviewNotifier],
})
export class InterviewsModule {}
