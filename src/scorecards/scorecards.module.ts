import { Module } from '@nestjs/common';
import { InterviewsModule } from '../interviews/interviews.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { AtsScaleModule } from '../integration/ats-scale/ats-scale.module.js';
import { WebhooksModule } from '../integration/webhooks/webhooks.module.js';
import {
  CandidateScorecardsResolver,
  CompetencyRatingResolver,
  InterviewScorecardsResolver,
  ScorecardResolver,
} from './scorecards.resolver.js';
import { ScorecardService } from './scorecard.service.js';
import { RevisionsLoader } from './revisions.loader.js';
import { DebriefService } from './debrief.service.js';
import {
  CompetencySummaryResolver,
  DebriefResolver,
  MissingScorecardResolver,
} from './debrief.resolver.js';
import { CalibrationService } from './calibration.service.js';
import { CalibrationResolver, QuestionAnalyticsResolver } from './calibration.resolver.js';

/** Scorecards with sealed feedback, the debrief and calibration. */
@Module({
  imports: [InterviewsModule, TaxonomyModule, AtsScaleModule, WebhooksModule],
  providers: [
    ScorecardService,
    RevisionsLoader,
    ScorecardResolver,
    CompetencyRatingResolver,
    InterviewScorecardsResolver,
    CandidateScorecardsResolver,
    DebriefService,
    DebriefResolver,
    CompetencySummaryResolver,
    MissingScorecardResolver,
    CalibrationService,
    CalibrationResolver,
    QuestionAnalyticsResolver,
  ],
  exports: [ScorecardService],
})
export class ScorecardsModule {}
