/**
 * Wall-clock arithmetic in IANA zones with the runtime's own zone data (Temporal where the runtime has it,
 * else `Intl.DateTimeFormat`): the SDK ships no zone database.
 */
import { dateTimeFormat } from './intl.js';
import { temporal } from './time-zone.js';

export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface WallClock extends CalendarDay {
  hour?: number;
  minute?: number;
  second?: number;
}

export interface ZonedParts extends Required<WallClock> {
  /** 0 = Monday … 6 = Sunday, as ISO 8601 and RFC 5545 count. */
  weekday: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

// Expansion formats thousands of times in one zone: the last zone's formatter is kept at hand, so the
// shared cache (which builds a key per call) is asked only when the zone changes.
let lastZone: string | undefined;
let lastFormatter: Intl.DateTimeFormat;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  if (timeZone !== lastZone) {
    lastFormatter = dateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    lastZone = timeZone;
  }
  return lastFormatter;
}

/** The wall clock of `timeZone` at an instant (seconds precision). */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  return temporal ? zonedPartsByTemporal(epochMs, timeZone) : zonedPartsByIntl(epochMs, timeZone);
}

/** zonedParts with Temporal (exported for the test that holds both ways to the same answers). */
export function zonedPartsByTemporal(epochMs: number, timeZone: string): ZonedParts {
  const zoned = temporal!.Instant.fromEpochMilliseconds(Math.floor(epochMs / 1000) * 1000).toZonedDateTimeISO(timeZone);
  const { year, month, day, hour, minute, second, dayOfWeek } = zoned;
  return { year, month, day, hour, minute, second, weekday: dayOfWeek - 1 };
}

/** zonedParts with `Intl.DateTimeFormat`, for runtimes without Temporal. */
export function zonedPartsByIntl(epochMs: number, timeZone: string): ZonedParts {
  const values: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(epochMs)) values[type] = Number(value);
  const { year, month, day, hour, minute, second } = values as Record<keyof WallClock, number>;
  return { year, month, day, hour, minute, second, weekday: weekdayOf(epochDay(year, month, day)) };
}

/** Days since 1970-01-01 of a calendar date: day arithmetic on a wall clock is plain integer arithmetic. */
export function epochDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dateOfEpochDay(day: number): CalendarDay {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(epochDayNumber: number): number {
  return (((epochDayNumber + 3) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A wall clock read as if it were UTC: the base of every offset computation. */
function wallAsUTC({ year, month, day, hour = 0, minute = 0, second = 0 }: WallClock): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** UTC offset of `timeZone` at an instant, in minutes east of UTC (Santiago in winter: -240). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return (wallAsUTC(zonedParts(wholeSecond, timeZone)) - wholeSecond) / MINUTE_MS;
}

/**
 * The instant a wall clock of `timeZone` shows. In a gap (a time skipped by a DST change) the time moves
 * forward by the gap, as RFC 5545 and Temporal's 'compatible' do; in an overlap the earlier instant wins.
 */
export function zonedToEpoch(wall: WallClock, timeZone: string): number {
  const local = wallAsUTC(wall);
  // Offsets a day either side bracket any single change around this wall time.
  const before = offsetMinutes(local - DAY_MS, timeZone) * MINUTE_MS;
  const after = offsetMinutes(local + DAY_MS, timeZone) * MINUTE_MS;
  if (before === after) return local - before;
  const valid = [local - before, local - after].filter(
    (instant) => offsetMinutes(instant, timeZone) * MINUTE_MS === local - instant,
  );
  return valid.length > 0 ? Math.min(...valid) : local - before;
}

/**
 * A feed time to epoch ms: an ISO 8601 date-time with offset is an instant; a calendar date `YYYY-MM-DD`
 * is midnight of that date in `timeZone` (the start of an all-day event).
 */
export function parseFeedInstant(value: string, timeZone: string): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) return zonedToEpoch({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }, timeZone);
  // Without an offset Date.parse would use the runtime's zone: ambiguous, so refused.
  const instant = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(instant)) {
    throw new RangeError(`"${value}" is neither a date-time with offset nor a calendar date (YYYY-MM-DD)`);
  }
  return instant;
}
