import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError } from '../common/errors.js';
import { toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { assertTimes, InterviewScheduling, type AtsInterview } from './interview-scheduling.js';
import { requireAllowed, Permission } from '../access/access.js';
import { InterviewNotifier } from './interview-notifier.js';
import { INTERVIEW, INTERVIEWERS, INTERVIEWS_OF_CANDIDATE } from './interview.loaders.js';
import { panelOf } from './interview-status.repository.js';
import type {
  AssignInterviewersInput,
  CancelInterviewInput,
  InterviewsArgs,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
} from './dto/interview.inputs.js';
import { InterviewStatus } from './entities/interview.enums.js';
import type { Interview } from './models/interview.models.js';
import {
  cancelInterview,
  loadInterviews,
  lockInterview,
  rescheduleInterview,
  toInterview,
  type InterviewRow,
} from './interview.repository.js';
import { listInterviews } from './interview-list.repository.js';

/** Interviews: scheduling, assignment, and who may read them. */
@Injectable()
export class InterviewService {
  constructor(
    private readonly notifier: InterviewNotifier,
    private readonly scheduling: InterviewScheduling,
  ) {}

  async list(ctx: RequestContext, args: InterviewsArgs): Promise<Page<Interview>> {
    if (args.updatedSince !== undefined && args.order) {
      throw new BadInputError([
        {
          path: 'order',
          message: 'leave it out with updatedSince: a sync feed comes in write order',
        },
      ]);
    }
    const { rows, count } = await listInterviews(await ctx.manager(), ctx.principal, args);
    const keys = new Map(rows.map((r) => [r.id, r.page_key]));
    return toPage(rows.map(toInterview), args.first, count, (i) => ({
      key: keys.get(i.id)!,
      id: i.id,
    }));
  }

  async get(ctx: RequestContext, id: string): Promise<Interview> {
    return toInterview(await this.readable(ctx, id));
  }

  /** Batched by id for nested fields; unreadable interviews come back as null. */
  loader(ctx: RequestContext) {
    return ctx.loader(INTERVIEW);
  }

  /** Each candidate's interviews that the caller may read, by scheduled start. */
  ofCandidateLoader(ctx: RequestContext) {
    return ctx.loader(INTERVIEWS_OF_CANDIDATE);
  }

  /** The assigned interviewers of each interview, in one statement per batch. */
  interviewersLoader(ctx: RequestContext) {
    return ctx.loader(INTERVIEWERS);
  }

  async schedule(ctx: RequestContext, input: ScheduleInterviewInput): Promise<Interview> {
    return this.scheduling.schedule(ctx, input);
  }

  /** Creates or updates the interview with an ATS's id (upsertInterview). */
  async upsert(ctx: RequestContext, input: AtsInterview) {
    return this.scheduling.upsert(ctx, input);
  }

  async reschedule(ctx: RequestContext, input: RescheduleInterviewInput): Promise<Interview> {
    assertTimes(input.scheduledStart, input.scheduledEnd);
    return ctx.write(async (em) => {
      const row = await lockInterview(em, input.id);
      if (row.status === InterviewStatus.CANCELLED || row.status === InterviewStatus.COMPLETE) {
        throw new ConflictError(`A ${row.status.toLowerCase()} interview cannot be moved.`);
      }
      const moved = await rescheduleInterview(
        em,
        input.id,
        input.scheduledStart,
        input.scheduledEnd,
        input.revealAt,
      );
      // Only a change of time is news for the panel and the ATS: an ATS that upserts the same
      // interview again (or changes only revealAt) sends no mail and no event.
      if (moved) {
        await this.notifier.panel(
          em,
          ctx.tenantId,
          input.id,
          'rescheduled',
          await panelOf(em, input.id),
        );
        await this.notifier.event(
          em,
          ctx.tenantId,
          input.id,
          WebhookEventType.INTERVIEW_RESCHEDULED,
        );
      }
      return toInterview((await loadInterviews(await ctx.manager(), ctx.principal, [input.id]))[0]);
    });
  }

  async cancel(ctx: RequestContext, input: CancelInterviewInput): Promise<Interview> {
    return ctx.write(async (em) => {
      const row = await lockInterview(em, input.id);
      if (row.status === InterviewStatus.CANCELLED) {
        throw new ConflictError('The interview is already cancelled.');
      }
      if (row.status === InterviewStatus.COMPLETE) {
        throw new ConflictError('Every scorecard of this interview is in; it cannot be cancelled.');
      }
      await cancelInterview(em, input.id, input.reason ?? null);
      await this.notifier.panel(
        em,
        ctx.tenantId,
        input.id,
        'cancelled',
        await panelOf(em, input.id),
      );
      await this.notifier.event(em, ctx.tenantId, input.id, WebhookEventType.INTERVIEW_CANCELLED);
      return toInterview((await loadInterviews(await ctx.manager(), ctx.principal, [input.id]))[0]);
    });
  }

  async assign(ctx: RequestContext, input: AssignInterviewersInput): Promise<Interview> {
    return this.scheduling.assign(ctx, input);
  }

  /** The interview if the caller may read it: NOT_FOUND when missing, FORBIDDEN otherwise. */
  async readable(ctx: RequestContext, id: string): Promise<InterviewRow> {
    const [row] = await loadInterviews(await ctx.manager(), ctx.principal, [id]);
    return requireAllowed(Permission.INTERVIEW_READ, ctx.principal, row, (r) => r.readable);
  }
}
