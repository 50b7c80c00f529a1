import { Injectable } from '@nestjs/common';
import { BadInputError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { pageDirection, type Page } from '../common/pagination.js';
import type {
  CalibrationWindowArgs,
  InterviewerCalibration,
  QuestionAnalytics,
} from './models/calibration.models.js';
import {
  analysedQuestionCount,
  calibratedInterviewerCount,
  interviewerCalibrationRows,
  interviewersKeyset,
  questionAnalyticsRows,
  questionsKeyset,
} from './calibration.repository.js';

/** The longest window the calibration queries accept. */
export const MAX_WINDOW_DAYS = 366;

function checkWindow(from: Date, to: Date): void {
  if (!(to.getTime() > from.getTime())) {
    throw new BadInputError([{ path: 'to', message: 'must be after from' }]);
  }
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
    throw new BadInputError([
      { path: 'to', message: `must be at most ${MAX_WINDOW_DAYS} days after from` },
    ]);
  }
}

/**
 * Interviewer calibration and question analytics over a window of submitted scorecards:
 * one statement each, every figure a SQL aggregate, whatever the number of scorecards.
 */
@Injectable()
export class CalibrationService {
  /** By display name, then id; `last` reads from the end of the alphabet. */
  async interviewers(
    ctx: RequestContext,
    args: CalibrationWindowArgs,
  ): Promise<Page<InterviewerCalibration>> {
    const { from, to } = args;
    checkWindow(from, to);
    const page = interviewersKeyset(pageDirection(args, 'text'));
    const em = await ctx.manager();
    const rows = await interviewerCalibrationRows(em, from, to, page);
    const names = new Map(rows.map((r) => [r.interviewer_id, r.display_name]));
    const total = () => calibratedInterviewerCount(em, from, to);
    const items = rows.map((r) => ({
      interviewerId: r.interviewer_id,
      scorecards: r.scorecards,
      meanScore: r.mean_score,
      expectedMean: r.expected_mean,
      leniency: r.leniency,
      yesShare: r.yes_share,
      onTimeRate: r.on_time_rate,
    }));
    return page.page(items, total, (r) => ({
      key: names.get(r.interviewerId)!,
      id: r.interviewerId,
    }));
  }

  /**
   * Most disagreeing first: agreement ascending, versions without pairs last, then by id
   * (`last` reads from the most agreeing).
   */
  async questions(
    ctx: RequestContext,
    args: CalibrationWindowArgs,
  ): Promise<Page<QuestionAnalytics>> {
    const { from, to } = args;
    checkWindow(from, to);
    // Agreement is a share in [0, 1]: 2 sorts the versions without pairs after every other.
    const page = questionsKeyset(pageDirection(args, 'number'));
    const em = await ctx.manager();
    const rows = await questionAnalyticsRows(em, from, to, page);
    const keys = new Map(rows.map((r) => [r.qv, r.order_text]));
    const total = () => analysedQuestionCount(em, from, to);
    const items = rows.map((r) => ({
      questionVersionId: r.qv,
      uses: r.uses,
      meanScore: r.mean_score,
      stddev: r.stddev,
      agreement: r.agreement,
      agreementPairs: r.agreement_pairs,
      recommendationCorrelation: r.correlation,
    }));
    return page.page(items, total, (r) => ({
      key: keys.get(r.questionVersionId)!,
      id: r.questionVersionId,
    }));
  }
}
