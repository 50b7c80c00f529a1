import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/config.js';
import { addressOf, calendarInvite } from '../integration/mail/calendar.js';
import { MailOutbox } from '../integration/mail/mail-outbox.service.js';
import { appLink, humanTime, renderMessage } from '../integration/mail/mail-render.js';
import { InterviewChangeKind, raiseLive } from '../integration/webhooks/live-events.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../integration/webhooks/webhook-outbox.service.js';
import { WANTS_FEEDBACK_COMPLETE_SQL } from '../tenancy/notification-preferences.js';

/** What the feedback-complete mail says, and to whom (feedbackCompleteMailSql). */
export interface FeedbackCompleteMail {
  loopName: string;
  stageName: string;
  scheduledStart: string;
  emails: string[];
}

/**
 * The feedback-complete mail of interview row `i`, as one JSON value: the loop's and stage's
 * names, the start, and the hiring managers who want it (by user id).
 */
export const feedbackCompleteMailSql = (i: string) => `
  (SELECT json_build_object('loopName', l.name, 'stageName', st.name,
            'scheduledStart', ${i}.scheduled_start,
            'emails', coalesce((SELECT json_agg(u.email ORDER BY u.id)
                                  FROM loop_hiring_managers h JOIN users u ON u.id = h.user_id
                                 WHERE h.tenant_id = ${i}.tenant_id AND h.loop_id = ${i}.loop_id
                                   AND ${WANTS_FEEDBACK_COMPLETE_SQL('h.user_id')}), '[]'))
     FROM interview_loops l, loop_stages st
    WHERE l.tenant_id = ${i}.tenant_id AND l.id = ${i}.loop_id
      AND st.tenant_id = ${i}.tenant_id AND st.id = ${i}.stage_id)`;

/** What happened to an interviewer's place on an interview. */
export type PanelChange = 'assigned' | 'rescheduled' | 'cancelled';

interface InterviewFacts {
  id: string;
  candidate_id: string;
  loop_id: string;
  stage_id: string;
  scheduled_start: Date;
  scheduled_end: Date;
  loop_name: string;
  stage_name: string;
}

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
    const facts = await this.facts(em, interviewId);
    const people: { id: string; email: string; display_name: string }[] = await em.query(
      `SELECT id, email, display_name FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [userIds],
    );
    const what = `${facts.stage_name} (${facts.loop_name})`;
    const start = new Date(facts.scheduled_start);
    const end = new Date(facts.scheduled_end);
    const when = humanTime(start);
    const url = appLink(this.config.PUBLIC_URL, `/interviews/${interviewId}`);
    for (const person of people) {
      const uid = `${interviewId}.${person.id}@interview-kit`;
      await this.mail.send(em, tenantId, {
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
            sequence: await this.mail.calendarSequence(em, uid),
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
      });
    }
  }

  /** The webhook event of a scheduling change (ids and times only: sent as is). */
  async event(
    em: EntityManager,
    tenantId: string,
    interviewId: string,
    type:
      | WebhookEventType.INTERVIEW_SCHEDULED
      | WebhookEventType.INTERVIEW_RESCHEDULED
      | WebhookEventType.INTERVIEW_CANCELLED,
  ): Promise<void> {
    const facts = await this.facts(em, interviewId);
    const panel: { interviewer_id: string }[] = await em.query(
      `SELECT interviewer_id FROM scorecards WHERE interview_id = $1 ORDER BY interviewer_id`,
      [interviewId],
    );
    await this.webhooks.emit(em, tenantId, type, {
      interviewId,
      candidateId: facts.candidate_id,
      loopId: facts.loop_id,
      stageId: facts.stage_id,
      scheduledStart: new Date(facts.scheduled_start).toISOString(),
      scheduledEnd: new Date(facts.scheduled_end).toISOString(),
      interviewerIds: panel.map((p) => p.interviewer_id),
    });
  }

  /** Tells the members added to and taken off a panel, live (subscription myInterviewsChanged). */
  async panelLive(
    em: EntityManager,
    tenantId: string,
    interviewId: string,
    added: readonly string[],
    removed: readonly string[],
  ): Promise<void> {
    const changes: [InterviewChangeKind, readonly string[]][] = [
      [InterviewChangeKind.ASSIGNED, added],
      [InterviewChangeKind.UNASSIGNED, removed],
    ];
    for (const [change, userIds] of changes) {
      if (!userIds.length) continue;
      await raiseLive(em, {
        kind: 'interview',
        tenantId,
        interviewId,
        change,
        userIds: [...userIds],
      });
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
    const what = `${mail.stageName} (${mail.loopName})`;
    for (const to of mail.emails) {
      await this.mail.send(em, tenantId, {
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
      });
    }
  }

  private async facts(em: EntityManager, interviewId: string): Promise<InterviewFacts> {
    const [row]: InterviewFacts[] = await em.query(
      `SELECT i.id, i.candidate_id, i.loop_id, i.stage_id, i.scheduled_start, i.scheduled_end,
              l.name AS loop_name, s.name AS stage_name
         FROM interviews i
         JOIN interview_loops l ON l.tenant_id = i.tenant_id AND l.id = i.loop_id
         JOIN loop_stages s ON s.tenant_id = i.tenant_id AND s.id = i.stage_id
        WHERE i.id = $1`,
      [interviewId],
    );
    return row;
  }
}
