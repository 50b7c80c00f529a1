import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/config.js';
import { addressOf, calendarInvite } from '../integration/mail/calendar.js';
import { MailOutbox, type OutgoingMail } from '../integration/mail/mail-outbox.service.js';
import { appLink, humanTime, renderMessage } from '../integration/mail/mail-render.js';
import {
  InterviewChangeKind,
  panelIds,
  raiseLive,
  type LiveEvent,
} from '../integration/webhooks/live-events.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox, type OutboxEvent } from '../integration/webhooks/webhook-outbox.service.js';
import {
  interviewFacts,
  peopleByIds,
  type FeedbackCompleteMail,
  type InterviewFacts,
  type Person,
} from './interview-notifier.repository.js';

/** What happened to an interviewer's place on an interview. */
export type PanelChange = 'assigned' | 'rescheduled' | 'cancelled';

/** The scheduling events of the webhook outbox. */
export type SchedulingEvent =
  | WebhookEventType.INTERVIEW_SCHEDULED
  | WebhookEventType.INTERVIEW_RESCHEDULED
  | WebhookEventType.INTERVIEW_CANCELLED;

const SUBJECT: Record<PanelChange, (what: string, when: string) => string> = {
  assigned: (what, when) => `Interview: ${what}, ${when}`,
  rescheduled: (what, when) => `Moved: ${what}, now ${when}`,
  cancelled: (what, when) => `Cancelled: ${what}, ${when}`,
};

const OPENING: Record<PanelChange, string> = {
  assigned: 'You are on the panel of an interview.',
  rescheduled: 'An interview you are on the panel of has moved.',
  cancelled: 'An interview you were on the panel of is cancelled (or you were taken off it).',
};

/**
 * Tells people and integrations what happened to an interview, in the transaction of the
 * change: e-mail (with a calendar invite for interviewers) through MailOutbox, events through
 * WebhookOutbox. Messages name the loop, the stage and the time, never the candidate: subjects
 * show on lock screens, and mail cannot be erased once sent. The link opens the interview in
 * the web app, where access rules decide what the reader sees.
 */
@Injectable()
export class InterviewNotifier {
  private readonly organizer: { name: string; email: string };

  constructor(
    private readonly config: AppConfig,
    private readonly mail: MailOutbox,
    private readonly webhooks: WebhookOutbox,
  ) {
    this.organizer = addressOf(config.MAIL_FROM);
  }

  /**
   * Mails each of `userIds` about `change`, with an invite whose UID is stable per interview
   * and interviewer: a reschedule updates their calendar entry, a cancel removes it. The
   * caller holds the interview's row lock (the SEQUENCE counts earlier messages).
   */
  async panel(
    em: EntityManager,
    tenantId: string,
    interviewId: string,
    change: PanelChange,
    userIds: readonly string[],
  ): Promise<void> {
    if (!userIds.length) return;
    const facts = await interviewFacts(em, interviewId);
    const people = await peopleByIds(em, userIds);
    const sequences = await this.mail.calendarSequences(
      em,
      people.map((p) => calendarUid(interviewId, p.id)),
    );
    await this.mail.sendAll(em, tenantId, this.panelMails(facts, change, people, sequences));
  }

  /**
   * The messages of `change` to `people` (in id order), for a caller that has the facts and
   * the calendar entries' sequences (calendarSequences): each message takes its entry's
   * number and counts it up, so later messages of the same change follow it.
   */
  panelMails(
    facts: InterviewFacts,
    change: PanelChange,
    people: readonly Person[],
    sequences: Map<string, number>,
  ): OutgoingMail[] {
    const what = `${facts.stage_name} (${facts.loop_name})`;
    const start = new Date(facts.scheduled_start);
    const end = new Date(facts.scheduled_end);
    const when = humanTime(start);
    const url = appLink(this.config.PUBLIC_URL, `/interviews/${facts.id}`);
    return [...people]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((person) => {
        const uid = calendarUid(facts.id, person.id);
        const sequence = sequences.get(uid) ?? 0;
        sequences.set(uid, sequence + 1);
        return {
          kind: `interview.${change}`,
          to: person.email,
          calendarUid: uid,
          content: renderMessage({
            subject: SUBJECT[change](what, when),
            paragraphs: [
              OPENING[change],
              `Loop: ${facts.loop_name}. Stage: ${facts.stage_name}.`,
              `From ${humanTime(start)} to ${humanTime(end)}.`,
            ],
            link: {
              label:
                change === 'cancelled' ? 'Open the interview' : 'Open the kit and your scorecard',
              url,
            },
            calendar: calendarInvite({
              uid,
              sequence,
              cancelled: change === 'cancelled',
              start,
              end,
              summary: `Interview: ${what}`,
              description: `Interview Kit: ${url}`,
              url,
              organizer: this.organizer,
              attendee: { name: person.display_name, email: person.email },
            }),
          }),
        };
      });
  }

  /** The webhook event of a scheduling change (ids and times only: sent as is). */
  async event(
    em: EntityManager,
    tenantId: string,
    interviewId: string,
    type: SchedulingEvent,
  ): Promise<void> {
    const facts = await interviewFacts(em, interviewId);
    const ids = await panelIds(em, interviewId);
    await this.webhooks.emit(em, tenantId, type, schedulingEvent(type, facts, ids).payload);
  }

  /**
   * Sends what a caller composed for one change, in its transaction: `mails` (panelMails, in
   * order) in two statements, then `events` and the `live` events without a webhook event in
   * one (more only when endpoints subscribe).
   */
  async deliver(
    em: EntityManager,
    tenantId: string,
    change: { mails: OutgoingMail[]; events: OutboxEvent[]; live?: LiveEvent[] },
  ): Promise<void> {
    await this.mail.sendAll(em, tenantId, change.mails);
    await this.webhooks.emitAll(em, tenantId, change.events, change.live);
  }

  /** Tells the members added to and taken off a panel, live (subscription myInterviewsChanged). */
  async panelLive(
    em: EntityManager,
    tenantId: string,
    interviewId: string,
    added: readonly string[],
    removed: readonly string[],
  ): Promise<void> {
    for (const event of panelLiveEvents(tenantId, interviewId, added, removed)) {
      await raiseLive(em, event);
    }
  }

  /**
   * Mails the loop's hiring managers that every scorecard of the interview is in (not essential:
   * those who turned it off in their NotificationPreferences are left out); `mail` is what
   * feedbackCompleteMailSql read.
   */
  async feedbackComplete(
    em: EntityManager,
    tenantId: string,
    interviewId: string,
    mail: FeedbackCompleteMail,
  ): Promise<void> {
    await this.mail.sendAll(em, tenantId, this.feedbackCompleteMails(interviewId, mail));
  }

  /** The feedback-complete messages (feedbackComplete), for a caller that sends them itself. */
  feedbackCompleteMails(interviewId: string, mail: FeedbackCompleteMail): OutgoingMail[] {
    const what = `${mail.stageName} (${mail.loopName})`;
    return mail.emails.map((to) => ({
      kind: 'interview.feedback_complete',
      to,
      content: renderMessage({
        subject: `Feedback complete: ${what}, ${humanTime(new Date(mail.scheduledStart))}`,
        paragraphs: [
          'Every interviewer of an interview in your loop has submitted their scorecard.',
          `Loop: ${mail.loopName}. Stage: ${mail.stageName}.`,
        ],
        link: {
          label: 'Open the interview',
          url: appLink(this.config.PUBLIC_URL, `/interviews/${interviewId}`),
        },
      }),
    }));
  }
}

/** The UID of an interviewer's calendar entry for an interview (calendarUidSql in SQL). */
export const calendarUid = (interviewId: string, userId: string) =>
  `${interviewId}.${userId}@interview-kit`;

/** The scheduling event `type` of an interview, `panel` its interviewers in id order. */
export function schedulingEvent(
  type: SchedulingEvent,
  facts: Omit<InterviewFacts, 'loop_name' | 'stage_name'>,
  panel: readonly string[],
): OutboxEvent {
  return {
    type,
    payload: {
      interviewId: facts.id,
      candidateId: facts.candidate_id,
      loopId: facts.loop_id,
      stageId: facts.stage_id,
      scheduledStart: new Date(facts.scheduled_start).toISOString(),
      scheduledEnd: new Date(facts.scheduled_end).toISOString(),
      interviewerIds: [...panel],
    },
    panel,
  };
}

/** The live events of the members added to and taken off a panel. */
export function panelLiveEvents(
  tenantId: string,
  interviewId: string,
  added: readonly string[],
  removed: readonly string[],
): LiveEvent[] {
  const changes: [InterviewChangeKind, readonly string[]][] = [
    [InterviewChangeKind.ASSIGNED, added],
    [InterviewChangeKind.UNASSIGNED, removed],
  ];
  return changes
    .filter(([, userIds]) => userIds.length)
    .map(([change, userIds]) => ({
      kind: 'interview',
      tenantId,
      interviewId,
      change,
      userIds: [...userIds],
    }));
}
