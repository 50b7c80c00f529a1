import { Module } from '@nestjs/common';
import { InterviewsModule } from '../interviews/interviews.module.js';
import { ScorecardsModule } from '../scorecards/scorecards.module.js';
import { LiveListener } from './live-listener.service.js';
import { LiveResolver } from './live.resolver.js';

/** Live updates: GraphQL subscriptions fed by PostgreSQL LISTEN/NOTIFY across replicas. */
@Module({
  imports: [InterviewsModule, ScorecardsModule],
  providers: [LiveListener, LiveResolver],
  exports: [LiveListener, LiveResolver],
})
export class LiveModule {}
