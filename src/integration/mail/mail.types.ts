/** A rendered message: plain text and simple HTML, and maybe an iCalendar invite. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  /** text/calendar part: REQUEST (create or update the event) or CANCEL. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string };
}

/** A job: send message `messageId` of `tenantId` as attempt number `attempt + 1`. */
export interface MailJob {
  tenantId: string;
  messageId: string;
  /** The message's `attempts` when the job was scheduled; a stale job finds it moved on. */
  attempt: number;
}
