import type { ApiKeyScope, FeedbackVisibility, WebhookEventType } from '../gql/graphql';

/** What each API key scope lets an integration do, in words (the name is the API's enum). */
export const SCOPES: readonly { scope: ApiKeyScope; text: string }[] = [
  { scope: 'CANDIDATES_READ', text: 'Read candidates and follow their changes.' },
  { scope: 'CANDIDATES_WRITE', text: 'Create and update candidates.' },
  { scope: 'INTERVIEWS_READ', text: 'Read interviews and follow their changes.' },
  { scope: 'INTERVIEWS_WRITE', text: 'Schedule, reschedule, staff and cancel interviews.' },
  { scope: 'LOOPS_READ', text: 'Read interview loops and interview kits.' },
  { scope: 'LOOPS_WRITE', text: 'Edit and publish loops and link them to ATS jobs.' },
  { scope: 'SCORECARDS_READ', text: 'Read submitted scorecards and debriefs.' },
  {
    scope: 'TAXONOMY_READ',
    text: 'Read the question library: categories, competencies, questions.',
  },
  { scope: 'WEBHOOKS_MANAGE', text: 'Manage webhook endpoints and read their deliveries.' },
];

/** Each feedback visibility policy: a short name and what interviewers experience under it. */
export const POLICIES: readonly { value: FeedbackVisibility; label: string; text: string }[] = [
  {
    value: 'AFTER_OWN_SUBMIT',
    label: 'After their own scorecard',
    text:
      'An interviewer reads the other submitted scorecards on a candidate once every scorecard ' +
      'of their own on that candidate is submitted. First impressions stay independent, and ' +
      'nobody waits for the slowest colleague.',
  },
  {
    value: 'AFTER_PANEL',
    label: 'After the whole panel',
    text:
      'The scorecards of an interview open to its interviewers only once all of them have ' +
      'submitted, or once the interview’s reveal time has passed. The strictest protection ' +
      'against anchoring on someone else’s opinion.',
  },
  {
    value: 'ALWAYS',
    label: 'Right away',
    text:
      'A submitted scorecard can be read at once by the other interviewers of the candidate, ' +
      'even before they write their own. Quick, but later scorecards may echo earlier ones.',
  },
  {
    value: 'NEVER',
    label: 'Never',
    text:
      'Interviewers never read each other’s scorecards; only admins, recruiters and hiring ' +
      'managers do.',
  },
];

/** The event's name as webhooks send it: INTERVIEW_FEEDBACK_COMPLETE is interview.feedback_complete. */
export function eventName(type: WebhookEventType): string {
  return type.toLowerCase().replace('_', '.');
}

export const EVENTS: readonly { type: WebhookEventType; text: string }[] = [
  { type: 'INTERVIEW_SCHEDULED', text: 'An interview was scheduled.' },
  { type: 'INTERVIEW_RESCHEDULED', text: 'An interview moved to another time.' },
  { type: 'INTERVIEW_CANCELLED', text: 'An interview was cancelled.' },
  { type: 'SCORECARD_SUBMITTED', text: 'An interviewer submitted a scorecard.' },
  { type: 'SCORECARD_AMENDED', text: 'A submitted scorecard was amended.' },
  {
    type: 'INTERVIEW_FEEDBACK_COMPLETE',
    text: 'Every interviewer of an interview has submitted.',
  },
  { type: 'LOOP_PUBLISHED', text: 'A loop was published.' },
  { type: 'CANDIDATE_ANONYMIZED', text: 'A candidate’s personal data was erased.' },
];
