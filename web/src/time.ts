/** Dates and durations in the viewer's own time zone and locale. */
const DATE_TIME = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
} as const;
const dateTime = new Intl.DateTimeFormat(undefined, DATE_TIME);
const dateTimeWithYear = new Intl.DateTimeFormat(undefined, { ...DATE_TIME, year: 'numeric' });

/** "Mon, 30 Nov, 21:18"; with the year when it is not this year's ("Wed, 1 Jan 2020, 10:00"). */
export function formatDateTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  return (date.getFullYear() === now.getFullYear() ? dateTime : dateTimeWithYear).format(date);
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

const clocks = new Map<string, Intl.DateTimeFormat>();
/** A formatter of `zone`'s wall clock in numbers (kept: building one is slow). */
function zoneClock(zone: string): Intl.DateTimeFormat {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(zone, clock);
  }
  return clock;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant` (ms; negative west of UTC). */
export function zoneOffset(instant: number, zone: string): number {
  const parts = zoneClock(zone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - (instant - (instant % 1000));
}

/** "UTC+05:30": the zone's offset at `instant`, for labels beside time fields. */
export function formatOffset(instant: number, zone: string): string {
  const minutes = Math.round(zoneOffset(instant, zone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock "YYYY-MM-DDTHH:mm" (a datetime-local field's value) of `iso` in `zone`. */
export function toWallClock(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  const shifted = new Date(instant + zoneOffset(instant, zone));
  return shifted.toISOString().slice(0, 16);
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant (ISO-8601, UTC) at which `zone`'s clocks show `wall` ("YYYY-MM-DDTHH:mm").
 * Null when `wall` is not such a value or names a time the zone skips (clocks moving forward);
 * a time the zone shows twice (clocks moving back) is its first occurrence.
 */
export function fromWallClock(wall: string, zone: string): string | null {
  const m = WALL_CLOCK.exec(wall);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 16) !== wall) return null;
  // Around a clock change the offset in force differs: try those of a day before, at and a day
  // after the naive guess, earliest match first.
  const candidates = [
    ...new Set(
      [-86_400_000, 0, 86_400_000].map((shift) => asUtc - zoneOffset(asUtc + shift, zone)),
    ),
  ].sort((a, b) => a - b);
  const match = candidates.find(
    (instant) => toWallClock(new Date(instant).toISOString(), zone) === wall,
  );
  return match === undefined ? null : new Date(match).toISOString();
}
