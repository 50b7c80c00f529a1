import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MailContent } from './mail.types.js';

export interface CalendarEvent {
  /** Stable for one interview and one interviewer: an update or a cancel finds the entry. */
  uid: string;
  /** Grows with every change, so calendars apply the latest. */
  sequence: number;
  cancelled: boolean;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** An iTIP invite (RFC 5546): METHOD:REQUEST creates or updates, METHOD:CANCEL removes. */
export function calendarInvite(event: CalendarEvent): NonNullable<MailContent['calendar']> {
  const method = event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = ical({
    prodId: { company: 'Interview Kit', product: 'interview-kit', language: 'EN' },
    method,
  });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    start: event.start,
    end: event.end,
    summary: event.summary,
    description: event.description,
    url: event.url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: event.organizer,
    attendees: [{ ...event.attendee, rsvp: false }],
  });
  return { method, ics: calendar.toString() };
}

/** The address part of a From such as `Interview Kit <kit@example.com>`. */
export function addressOf(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match
    ? { name: match[1] || 'Interview Kit', email: match[2] }
    : { name: 'Interview Kit', email: from.trim() };
}
