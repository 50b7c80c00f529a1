/** Dates and durations in the viewer's own time zone and locale. */
const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Mon, 30 Nov, 21:18 – 22:18", with the end's day only when it differs. */
export function formatTimeRange(start: string, end: string): string {
  const sameDay = new Date(start).toDateString() === new Date(end).toDateString();
  return `${formatDateTime(start)} – ${sameDay ? timeOnly.format(new Date(end)) : formatDateTime(end)}`;
}

/** "3 days", "5 hours", "20 minutes": how long, roughly, for lateness. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}

export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
