import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  NotFoundError,
  type FieldProblem,
} from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import type { AssignInterviewersInput, ScheduleInterviewInput } from './dto/interview.inputs.js';
import { InterviewStatus } from './entities/interview.enums.js';
import { InterviewNotifier, panelLiveEvents, schedulingEvent } from './interview-notifier.js';
import type { InterviewFacts, Person } from './interview-notifier.repository.js';
import { feedbackCompleteEvent } from './interview-status.js';
import {
  insertInterview,
  readForWrite,
  toInterview,
  updateInterview,
  type ChangedInterview,
  type InterviewChange,
  type WriteFacts,
} from './interview.repository.js';
import type { Interview } from './models/interview.models.js';

/** What an ATS sends to create or update the interview with its id (upsertInterview). */
export interface AtsInterview {
  atsExternalId: string;
  candidateId?: string;
  candidateAtsId?: string;
  stageId: string;
  scheduledStart: Date;
  scheduledEnd: Date;
  /** Left as it is on an update when undefined; null clears it. */
  revealAt?: Date | null;
  interviewerEmails: string[];
}

/** What a new interview is made of, its references checked by `create`. */
interface Creation {
  candidateId: string;
  stageId: string;
  scheduledStart: Date;
  scheduledEnd: Date;
  revealAt: Date | null;
  atsExternalId: string | null;
}

const SUBMITTED_KEPT = 'An interviewer who has submitted a scorecard cannot be removed.';

/**
 * Scheduling an interview, by a member or by an ATS keyed by its own id: every check reads
 * what it needs in one statement (readForWrite, which locks the ATS's interview), the
 * interview and its panel are written in one more, and the panel's mail and the events go out
 * with what those returned, nothing read twice.
 */
@Injectable()
export class InterviewScheduling {
  constructor(private readonly notifier: InterviewNotifier) {}

  async schedule(ctx: RequestContext, input: ScheduleInterviewInput): Promise<Interview> {
    assertTimes(input.scheduledStart, input.scheduledEnd);
    return ctx.write(async (em) => {
      const requested = input.interviewerIds ?? [];
      const ids = [...new Set(requested)];
      const facts = await readForWrite(em, {
        candidate: { id: input.candidateId },
        stageId: input.stageId,
        members: { ids },
      });
      const interview = await this.create(
        ctx,
        em,
        facts,
        {
          candidateId: input.candidateId,
          stageId: input.stageId,
          scheduledStart: input.scheduledStart,
          scheduledEnd: input.scheduledEnd,
          revealAt: input.revealAt ?? null,
          atsExternalId: input.atsExternalId ?? null,
        },
        () => {
          membersById(requested, facts);
          return ids;
        },
      );
      if (!interview) {
        throw new ConflictError('Another interview has this ATS id.', {
          path: 'input.atsExternalId',
        });
      }
      return interview;
    });
  }

  /**
   * Creates or updates the interview with the ATS's id. Of concurrent calls for one id, the
   * first creates it and the others, which find it on their second look, update it.
   */
  async upsert(
    ctx: RequestContext,
    input: AtsInterview,
  ): Promise<{ interview: Interview; created: boolean }> {
    return ctx.write(async (em) => {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const facts = await readForWrite(em, {
          atsExternalId: input.atsExternalId,
          candidate:
            input.candidateId !== undefined
              ? { id: input.candidateId }
              : { atsId: input.candidateAtsId! },
          stageId: input.stageId,
          members: { emails: input.interviewerEmails },
        });
        const ids = membersByEmail(input.interviewerEmails, facts);
        if (input.candidateAtsId !== undefined && !facts.candidate) {
          throw new BadInputError([
            { path: 'input.candidateAtsId', message: 'no candidate has this ATS id' },
          ]);
        }
        const candidateId = input.candidateId ?? facts.candidate!.id;
        if (facts.existing) {
          return { interview: await this.update(ctx, em, facts, input, ids), created: false };
        }
        const interview = await this.create(
          ctx,
          em,
          facts,
          {
            candidateId,
            stageId: input.stageId,
            scheduledStart: input.scheduledStart,
            scheduledEnd: input.scheduledEnd,
            revealAt: input.revealAt ?? null,
            atsExternalId: input.atsExternalId,
          },
          () => ids,
        );
        if (interview) return { interview, created: true };
        // Created meanwhile by a call that has committed: look again, and update it.
      }
      throw new Error('the interview of this ATS id was neither found nor created');
    });
  }

  /**
   * Sets an interview's panel (assignInterviewers): the members added and those taken off hear
   * of it by mail and live; a change that completes the interview tells the ATS and the hiring
   * managers. A change of panel itself has no webhook event.
   */
  async assign(ctx: RequestContext, input: AssignInterviewersInput): Promise<Interview> {
    return ctx.write(async (em) => {
      const requested = input.interviewerIds;
      const ids = [...new Set(requested)];
      const facts = await readForWrite(em, { interviewId: input.interviewId, members: { ids } });
      if (!facts.existing) throw new NotFoundError('Interview');
      if (facts.existing.status === InterviewStatus.CANCELLED) {
        throw new ConflictError('The interview is cancelled.');
      }
      membersById(requested, facts);
      const { changed, before } = await this.setPanel(ctx, em, facts, ids, {});
      const row = changed.row;
      const completed =
        row.stored_status === InterviewStatus.COMPLETE &&
        facts.existing.status !== InterviewStatus.COMPLETE;
      const mails = [
        ...(changed.mail ? this.notifier.feedbackCompleteMails(row.id, changed.mail) : []),
        ...this.panelMails(facts, changed, before),
      ];
      await this.notifier.deliver(em, ctx.tenantId, {
        mails,
        live: this.panelLive(ctx, changed),
        events: completed ? [feedbackCompleteEvent(row, changed.panel)] : [],
      });
      return toInterview(row);
    });
  }

  /**
   * The interview with its panel, the panel's mail and the event; undefined when another
   * interview has its ATS id. `interviewerIds` checks the panel after the interview's own
   * references.
   */
  private async create(
    ctx: RequestContext,
    em: EntityManager,
    facts: WriteFacts,
    input: Creation,
    interviewerIds: () => string[],
  ): Promise<Interview | undefined> {
    assertTimes(input.scheduledStart, input.scheduledEnd);
    if (!facts.candidate) throw new NotFoundError('Candidate');
    if (facts.candidate.anonymized) throw new ConflictError('The candidate is anonymised.');
    const stage = facts.stage;
    if (!stage) throw new NotFoundError('Stage');
    if (!stage.published) {
      throw new BadInputError([
        { path: 'input.stageId', message: 'belongs to a loop that is not published' },
      ]);
    }
    const ids = interviewerIds();
    const row = await insertInterview(em, {
      ...input,
      tenantId: ctx.tenantId,
      loopId: stage.loop_id,
      createdBy: ctx.principal.actingUserId,
      interviewerIds: ids,
    });
    if (!row) return undefined;
    const about: InterviewFacts = {
      ...row,
      loop_name: stage.loop_name,
      stage_name: stage.stage_name,
    };
    const people = facts.members.filter((m) => ids.includes(m.id));
    await this.notifier.deliver(em, ctx.tenantId, {
      mails: this.notifier.panelMails(about, 'assigned', people, new Map()),
      events: [schedulingEvent(WebhookEventType.INTERVIEW_SCHEDULED, row, [...ids].sort())],
    });
    return toInterview(row);
  }

  /**
   * Moves the ATS's interview and sets its panel, as assignInterviewers and then
   * rescheduleInterview would: the members added hear of it (at the old time), those taken off
   * too, and when the time changed the whole panel and the ATS hear of the move.
   */
  private async update(
    ctx: RequestContext,
    em: EntityManager,
    facts: WriteFacts,
    input: AtsInterview,
    ids: string[],
  ): Promise<Interview> {
    const existing = facts.existing!;
    const candidateId = input.candidateId ?? facts.candidate?.id;
    if (existing.candidate_id !== candidateId || existing.stage_id !== input.stageId) {
      throw new ConflictError(
        'This ATS interview is for another candidate or stage; cancel it and create a new one.',
        { path: 'input.atsExternalId' },
      );
    }
    if (existing.status === InterviewStatus.CANCELLED) {
      throw new ConflictError('The interview is cancelled.');
    }
    const { changed, before } = await this.setPanel(ctx, em, facts, ids, {
      scheduledStart: input.scheduledStart,
      scheduledEnd: input.scheduledEnd,
      revealAt: input.revealAt,
      check: () => assertTimes(input.scheduledStart, input.scheduledEnd),
    });
    const row = changed.row;
    if (row.stored_status === InterviewStatus.COMPLETE) {
      throw new ConflictError('A complete interview cannot be moved.');
    }
    const moved =
      before.scheduled_start.getTime() !== new Date(row.scheduled_start).getTime() ||
      before.scheduled_end.getTime() !== new Date(row.scheduled_end).getTime();
    const mails = this.panelMails(facts, changed, before);
    // Only a change of time is news for the panel and the ATS: an ATS that upserts the same
    // interview again (or changes only revealAt) sends no mail and no event.
    if (moved) {
      mails.push(
        ...this.notifier.panelMails(
          { ...row, loop_name: before.loop_name, stage_name: before.stage_name },
          'rescheduled',
          facts.members.filter((m) => changed.panel.includes(m.id)),
          changed.sequences,
        ),
      );
    }
    await this.notifier.deliver(em, ctx.tenantId, {
      mails,
      live: this.panelLive(ctx, changed),
      events: moved
        ? [schedulingEvent(WebhookEventType.INTERVIEW_RESCHEDULED, row, changed.panel)]
        : [],
    });
    return toInterview(row);
  }

  /**
   * Sets the panel of the interview readForWrite locked (and its times, when given), refusing
   * to take off a member who has submitted. `before`: what the panel's messages say of it as
   * it was.
   */
  private async setPanel(
    ctx: RequestContext,
    em: EntityManager,
    facts: WriteFacts,
    ids: string[],
    times: Partial<Pick<InterviewChange, 'scheduledStart' | 'scheduledEnd' | 'revealAt'>> & {
      /** Checks of the input that come after the panel's. */
      check?: () => void;
    },
  ): Promise<{
    changed: Omit<ChangedInterview, 'sequences'> & { sequences: Map<string, number> };
    before: InterviewFacts;
  }> {
    const existing = facts.existing!;
    const taken = facts.panel.filter((s) => !ids.includes(s.interviewer_id));
    if (taken.some((s) => s.status !== 'DRAFT')) {
      throw new ConflictError(SUBMITTED_KEPT, { path: 'input.interviewerIds' });
    }
    times.check?.();
    const changed = await updateInterview(em, {
      tenantId: ctx.tenantId,
      id: existing.id,
      candidateId: existing.candidate_id,
      scheduledStart: times.scheduledStart,
      scheduledEnd: times.scheduledEnd,
      revealAt: times.revealAt,
      interviewerIds: ids,
      previousStatus: existing.status,
    });
    // A submission that raced the read above keeps its scorecard: nothing of this stays.
    if (changed.blocked) throw new ConflictError(SUBMITTED_KEPT, { path: 'input.interviewerIds' });
    const before: InterviewFacts = {
      ...changed.row,
      loop_name: facts.stage!.loop_name,
      stage_name: facts.stage!.stage_name,
      scheduled_start: new Date(existing.scheduled_start),
      scheduled_end: new Date(existing.scheduled_end),
    };
    return {
      changed: { ...changed, sequences: new Map(Object.entries(changed.sequences)) },
      before,
    };
  }

  /** The messages of a change of panel: to the members added, then to those taken off. */
  private panelMails(
    facts: WriteFacts,
    changed: { added: string[]; removed: Person[]; sequences: Map<string, number> },
    before: InterviewFacts,
  ) {
    const added = facts.members.filter((m) => changed.added.includes(m.id));
    return [
      ...this.notifier.panelMails(before, 'assigned', added, changed.sequences),
      ...this.notifier.panelMails(before, 'cancelled', changed.removed, changed.sequences),
    ];
  }

  private panelLive(
    ctx: RequestContext,
    changed: { row: { id: string }; added: string[]; removed: Person[] },
  ) {
    return panelLiveEvents(
      ctx.tenantId,
      changed.row.id,
      changed.added,
      changed.removed.map((p) => p.id),
    );
  }
}

/** The members named by user id: BAD_USER_INPUT for any that is not an active member. */
function membersById(requested: string[], facts: WriteFacts): void {
  const problems: FieldProblem[] = [...new Set(requested)]
    .filter((id) => !facts.members.some((m) => m.id === id))
    .map((id) => ({
      path: `input.interviewerIds[${requested.indexOf(id)}]`,
      message: 'is not an active member of this tenant',
    }));
  if (problems.length) throw new BadInputError(problems);
}

/** The user ids of the members named by e-mail, in order; BAD_USER_INPUT for any not found. */
function membersByEmail(emails: string[], facts: WriteFacts): string[] {
  const idOf = (email: string) =>
    facts.members.find((m) => m.email.toLowerCase() === email.toLowerCase())?.id;
  const problems = emails.flatMap((email, i) =>
    idOf(email)
      ? []
      : [
          {
            path: `input.interviewerEmails[${i}]`,
            message: 'is not an active member of this tenant',
          },
        ],
  );
  if (problems.length) throw new BadInputError(problems);
  return [...new Set(emails.map((e) => idOf(e)!))];
}

export function assertTimes(start: Date, end: Date): void {
  if (!(end > start)) {
    throw new BadInputError([{ path: 'input.scheduledEnd', message: 'must be after the start' }]);
  }
}
