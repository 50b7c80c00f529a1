import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError } from '../common/errors.js';
import {
  cappedCount,
  decodeCursor,
  syncAfter,
  syncWhere,
  toPage,
  type Page,
} from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { assertTimes, InterviewScheduling, type AtsInterview } from './interview-scheduling.js';
import { requireAllowed, Permission } from '../access/access.js';
import { assignedSql, interviewReadableSql } from '../access/access.sql.js';
import { InterviewNotifier } from './interview-notifier.js';
import { INTERVIEW, INTERVIEWERS, INTERVIEWS_OF_CANDIDATE } from './interview.loaders.js';
import { panelOf } from './interview-status.js';
import { SqlParams } from '../common/sql.js';
import type {
  AssignInterviewersInput,
  CancelInterviewInput,
  InterviewsArgs,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
} from './dto/interview.inputs.js';
import { InterviewOrder, InterviewStatus } from './entities/interview.enums.js';
import type { Interview } from './models/interview.models.js';
import {
  COLUMNS,
  loadInterviews,
  effectiveStatusSql,
  lockInterview,
  toInterview,
  type InterviewRow,
} from './interview.repository.js';

/** Interviews: scheduling, assignment, and who may read them. */
@Injectable()
export class InterviewService {
  constructor(
    private readonly notifier: InterviewNotifier,
    private readonly scheduling: InterviewScheduling,
  ) {}

  async list(ctx: RequestContext, args: InterviewsArgs): Promise<Page<Interview>> {
    const em = await ctx.manager();
    const p = new SqlParams();
    const where = [interviewReadableSql('i', ctx.principal, p)];
    if (args.candidateId) where.push(`i.candidate_id = ${p.add(args.candidateId)}`);
    if (args.loopId) where.push(`i.loop_id = ${p.add(args.loopId)}`);
    if (args.status) where.push(`${effectiveStatusSql('i')} = ${p.add(args.status)}`);
    if (args.assignedToMe) {
      where.push(assignedSql('i', p.add(ctx.principal.userId)));
    }
    const sync = args.updatedSince !== undefined;
    const desc = args.order === InterviewOrder.START_DESC;
    if (sync && args.order) {
      throw new BadInputError([
        {
          path: 'order',
          message: 'leave it out with updatedSince: a sync feed comes in write order',
        },
      ]);
    }
    if (sync) where.push(...syncWhere('i', args.updatedSince!, (v) => p.add(v)));
    const filter = where.join(' AND ');
    const countParams = [...p.values];
    if (args.after && sync) {
      where.push(syncAfter('i', args.after, (v) => p.add(v)));
    } else if (args.after) {
      const after = decodeCursor(args.after, 'after', 'time');
      where.push(
        `(i.scheduled_start, i.id) ${desc ? '<' : '>'} (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
      );
    }
    const order = sync
      ? 'i.change_seq, i.id'
      : desc
        ? 'i.scheduled_start DESC, i.id DESC'
        : 'i.scheduled_start, i.id';
    const rows = await em.query<InterviewRow[]>(
      `SELECT ${COLUMNS}, ${sync ? 'i.change_seq::text' : 'i.scheduled_start::text'} AS page_key
         FROM interviews i WHERE ${where.join(' AND ')}
        ORDER BY ${order} LIMIT ${args.first + 1}`,
      p.values,
    );
    const count = () => cappedCount(em, `FROM interviews i WHERE ${filter}`, countParams);
    const keys = new Map(
      rows.map((r) => [r.id, (r as InterviewRow & { page_key: string }).page_key]),
    );
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
      const [[{ moved }]]: [[{ moved: boolean }], number] = await em.query(
        `UPDATE interviews i SET scheduled_start = $2, scheduled_end = $3, updated_at = now(),
                reveal_at = CASE WHEN $5 THEN $4::timestamptz ELSE i.reveal_at END
           FROM (SELECT scheduled_start, scheduled_end FROM interviews WHERE id = $1) o
          WHERE i.id = $1
          RETURNING (o.scheduled_start <> $2 OR o.scheduled_end <> $3) AS moved`,
        [
          input.id,
          input.scheduledStart,
          input.scheduledEnd,
          input.revealAt ?? null,
          input.revealAt !== undefined,
        ],
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
      await em.query(
        `UPDATE interviews SET status = 'CANCELLED', cancel_reason = $2, updated_at = now()
          WHERE id = $1`,
        [input.id, input.reason ?? null],
      );
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
