import type { EntityManager } from 'typeorm';
import { notify, notifyAll, panelIds } from './live-events.repository.js';

/** The interview's panel in id order (the scheduling events' and live events' list). */
export { panelIds };
import { WebhookEventType } from './webhook-event-type.js';

/** The PostgreSQL channel every replica LISTENs on. */
export const LIVE_CHANNEL = 'ik_live';

/** What happened to an interview, for the members on its panel. */
export enum InterviewChangeKind {
  SCHEDULED = 'SCHEDULED',
  RESCHEDULED = 'RESCHEDULED',
  CANCELLED = 'CANCELLED',
  ASSIGNED = 'ASSIGNED',
  UNASSIGNED = 'UNASSIGNED',
  FEEDBACK = 'FEEDBACK',
}

/**
 * A live event as it travels through `pg_notify`: ids and the tenant only, never personal data
 * (NOTIFY payloads are visible to every session of the database that listens on the channel).
 * The subscriber's server reads everything else again, as the subscriber, under RLS.
 */
export type LiveEvent =
  | { kind: 'scorecard'; tenantId: string; candidateId: string; scorecardId: string }
  | {
      kind: 'interview';
      tenantId: string;
      interviewId: string;
      change: InterviewChangeKind;
      userIds: string[];
    };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Raises `event` in the transaction of `em`: PostgreSQL delivers a NOTIFY only when that
 * transaction commits, and drops it when the transaction (or the mutation's savepoint) rolls
 * back, so a subscriber never hears of a change that did not happen.
 */
export async function raiseLive(em: EntityManager, event: LiveEvent): Promise<void> {
  await notify(em, LIVE_CHANNEL, JSON.stringify(event));
}

/** Raises `events` in order, in one statement (see raiseLive). */
export async function raiseLiveAll(em: EntityManager, events: LiveEvent[]): Promise<void> {
  if (!events.length) return;
  await notifyAll(
    em,
    LIVE_CHANNEL,
    events.map((e) => JSON.stringify(e)),
  );
}

/** A NOTIFY payload back into an event; null for anything malformed (it is then dropped). */
export function parseLiveEvent(text: string): LiveEvent | null {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || !isId(value.tenantId)) return null;
  if (value.kind === 'scorecard' && isId(value.candidateId) && isId(value.scorecardId)) {
    return value as LiveEvent;
  }
  if (
    value.kind === 'interview' &&
    isId(value.interviewId) &&
    Object.values(InterviewChangeKind).includes(value.change as InterviewChangeKind) &&
    Array.isArray(value.userIds) &&
    value.userIds.every(isId)
  ) {
    return value as LiveEvent;
  }
  return null;
}

const INTERVIEW_CHANGES: Partial<Record<WebhookEventType, InterviewChangeKind>> = {
  [WebhookEventType.INTERVIEW_SCHEDULED]: InterviewChangeKind.SCHEDULED,
  [WebhookEventType.INTERVIEW_RESCHEDULED]: InterviewChangeKind.RESCHEDULED,
  [WebhookEventType.INTERVIEW_CANCELLED]: InterviewChangeKind.CANCELLED,
  [WebhookEventType.SCORECARD_OVERDUE]: InterviewChangeKind.FEEDBACK,
};

/**
 * The live events of a domain event (WebhookOutbox.emitAll raises them for every event it
 * records, whether or not an endpoint subscribes). `payload` is the webhook payload: ids only
 * are read. A submission or amendment tells the candidate's subscribers and, as a change of
 * feedback state, the whole panel of the interview (`panel`, read here when the caller does not
 * have it); `interview.feedback_complete` adds nothing (the submission that completed the
 * interview already told the panel, in the same transaction).
 */
export async function liveEventsFor(
  em: EntityManager,
  tenantId: string,
  type: WebhookEventType,
  payload: Record<string, unknown>,
  panel?: readonly string[],
): Promise<LiveEvent[]> {
  const { interviewId, candidateId, scorecardId } = payload;
  if (
    (type === WebhookEventType.SCORECARD_SUBMITTED ||
      type === WebhookEventType.SCORECARD_AMENDED) &&
    isId(candidateId) &&
    isId(scorecardId) &&
    isId(interviewId)
  ) {
    const userIds = panel ? [...panel].sort() : await panelIds(em, interviewId);
    const change = InterviewChangeKind.FEEDBACK;
    return [
      { kind: 'scorecard', tenantId, candidateId, scorecardId },
      { kind: 'interview', tenantId, interviewId, change, userIds },
    ];
  }
  const change = INTERVIEW_CHANGES[type];
  if (!change || !isId(interviewId)) return [];
  const ids = Array.isArray(payload.interviewerIds)
    ? payload.interviewerIds
    : [payload.interviewerId];
  const userIds = ids.filter(isId);
  return userIds.length ? [{ kind: 'interview', tenantId, interviewId, change, userIds }] : [];
}
