import { describe, expect, it } from 'vitest';
import { formatDateTime, formatOffset, fromWallClock, toWallClock } from './time';

describe('wall clock in a time zone', () => {
  it('converts a half-hour zone both ways', () => {
    expect(fromWallClock('2025-03-10T10:00', 'Asia/Kolkata')).toBe('2025-03-10T04:30:00.000Z');
    expect(toWallClock('2025-03-10T04:30:00.000Z', 'Asia/Kolkata')).toBe('2025-03-10T10:00');
    expect(formatOffset(Date.parse('2025-03-10T04:30:00Z'), 'Asia/Kolkata')).toBe('UTC+05:30');
  });

  it('follows summer time (New York: -05:00 in January, -04:00 in July)', () => {
    expect(fromWallClock('2025-01-15T09:00', 'America/New_York')).toBe('2025-01-15T14:00:00.000Z');
    expect(fromWallClock('2025-07-15T09:00', 'America/New_York')).toBe('2025-07-15T13:00:00.000Z');
    expect(formatOffset(Date.parse('2025-07-15T13:00:00Z'), 'America/New_York')).toBe('UTC-04:00');
  });

  it('crosses the date line: the wall date differs from the UTC date', () => {
    expect(fromWallClock('2025-01-01T08:00', 'Pacific/Auckland')).toBe('2024-12-31T19:00:00.000Z');
    expect(toWallClock('2024-12-31T19:00:00.000Z', 'Pacific/Auckland')).toBe('2025-01-01T08:00');
  });

  it('refuses a time the clocks skip and takes the first of a time they show twice', () => {
    // Berlin: 02:00 became 03:00 on 2025-03-30 and 03:00 became 02:00 on 2025-10-26 (past
    // dates on purpose: their rules are settled, a future year's could still change).
    expect(fromWallClock('2025-03-30T02:30', 'Europe/Berlin')).toBeNull();
    expect(fromWallClock('2025-10-26T02:30', 'Europe/Berlin')).toBe('2025-10-26T00:30:00.000Z');
  });

  it('refuses what is not a wall-clock value', () => {
    expect(fromWallClock('', 'UTC')).toBeNull();
    expect(fromWallClock('2025-02-30T10:00', 'UTC')).toBeNull();
    expect(fromWallClock('10:00', 'UTC')).toBeNull();
  });

  it('round-trips every hour of a year in a zone with summer time', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let h = 0; h < 365 * 24; h += 13) {
      const iso = new Date(start + h * 3600_000).toISOString();
      const wall = toWallClock(iso, 'Europe/Berlin');
      const back = fromWallClock(wall, 'Europe/Berlin')!;
      // The second occurrence of an hour the clocks repeat comes back as the first.
      expect(toWallClock(back, 'Europe/Berlin')).toBe(wall);
    }
  });
});

describe('formatDateTime', () => {
  it("names the year only when it is not this year's", () => {
    const now = new Date();
    const thisYear = new Date(now.getFullYear(), 5, 15, 10, 0).toISOString();
    const yearsAgo = new Date(now.getFullYear() - 3, 0, 1, 10, 0).toISOString();
    const nextYear = new Date(now.getFullYear() + 1, 0, 1, 10, 0).toISOString();
    expect(formatDateTime(thisYear, now)).not.toContain(String(now.getFullYear()));
    expect(formatDateTime(yearsAgo, now)).toContain(String(now.getFullYear() - 3));
    expect(formatDateTime(nextYear, now)).toContain(String(now.getFullYear() + 1));
  });
});
