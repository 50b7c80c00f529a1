import { registerEnumType } from '@nestjs/graphql';

/**
 * The events a webhook endpoint can subscribe to. The value is the `type` of the event as
 * stored in the outbox and sent in the body and the `x-ik-event-type` header; GraphQL shows
 * the key (`SCORECARD_SUBMITTED`).
 */
export enum WebhookEventType {
  SCORECARD_SUBMITTED = 'scorecard.submitted',
  SCORECARD_AMENDED = 'scorecard.amended',
  INTERVIEW_FEEDBACK_COMPLETE = 'interview.feedback_complete',
  LOOP_PUBLISHED = 'loop.published',
  CANDIDATE_ANONYMIZED = 'candidate.anonymized',
  INTERVIEW_SCHEDULED = 'interview.scheduled',
  INTERVIEW_RESCHEDULED = 'interview.rescheduled',
  INTERVIEW_CANCELLED = 'interview.cancelled',
  SCORECARD_OVERDUE = 'scorecard.overdue',
}

export const WEBHOOK_EVENT_TYPES = Object.values(WebhookEventType);

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event a webhook endpoint can subscribe to; sent as its dotted name.',
  valuesMap: {
    SCORECARD_SUBMITTED: { description: 'scorecard.submitted: a scorecard was submitted.' },
    SCORECARD_AMENDED: { description: 'scorecard.amended: a submitted scorecard was amended.' },
    INTERVIEW_FEEDBACK_COMPLETE: {
      description:
        'interview.feedback_complete: every assigned interviewer has submitted their scorecard.',
    },
    LOOP_PUBLISHED: { description: 'loop.published: a loop was published.' },
    CANDIDATE_ANONYMIZED: { description: 'candidate.anonymized: a candidate was anonymised.' },
    INTERVIEW_SCHEDULED: { description: 'interview.scheduled: an interview was scheduled.' },
    INTERVIEW_RESCHEDULED: {
      description: 'interview.rescheduled: an interview moved to another time.',
    },
    INTERVIEW_CANCELLED: { description: 'interview.cancelled: an interview was cancelled.' },
    SCORECARD_OVERDUE: {
      description:
        "scorecard.overdue: a scorecard passed its due time (the interview's end plus the tenant's feedbackDueHours) unsubmitted; once per scorecard.",
    },
  },
});
