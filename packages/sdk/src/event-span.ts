/**
 * One event's own start and end on its wall clock, and where a range query finds it: what a feed's
 * events need when none of them recurs. The RRULE engine (recurrence.ts) builds a series' occurrences on
 * this; the client loads it only for a feed that has a recurring event (events-feed.ts).
 */
import { DAY_MS, HOUR_MS, dateOfEpochDay, epochDay, parseFeedInstant, zonedParts, zonedToEpoch } from './time.js';

/**
 * What expansion reads of an event: a feed's GovEvent is one, and so is any object with these fields
 * (the expansion does not depend on the feed schema).
 */
export interface RecurringEvent {
  /** Date-time with offset, or a calendar date when `allDay`. */
  readonly start: string;
  /** Exclusive end, in the same form as `start`; default one hour (one day when `allDay`). */
  readonly end?: string | undefined;
  readonly timeZone: string;
  readonly allDay: boolean;
  readonly recurrence?: { readonly rule: string; readonly exceptions?: readonly string[] | undefined } | undefined;
}

/** Start and exclusive end of one occurrence, epoch ms. */
export interface Occurrence {
  start: number;
  end: number;
}

export interface ExpandOptions {
  /** Most occurrences returned (default 5,000). */
  maxOccurrences?: number;
  /** Most candidate days examined (default 50,000): bounds rules that rarely or never match. */
  maxIterations?: number;
}

export interface Expansion {
  occurrences: Occurrence[];
  /** True when a bound of ExpandOptions stopped the expansion before the end of the range. */
  truncated: boolean;
}

/** A non-recurring event's expansion: its one occurrence, when it overlaps the range. */
export function singleExpansion(event: RecurringEvent, range: { from: number; to: number }): Expansion {
  const single = eventOccurrence(event);
  return { occurrences: overlaps(single, range) ? [single] : [], truncated: false };
}

/** The event's own start and end (its first occurrence), with the default length when it has no end. */
export function eventOccurrence(event: RecurringEvent): Occurrence {
  const series = seriesOf(event);
  return series.on(series.firstDay);
}

export function overlaps(occurrence: Occurrence, range: { from: number; to: number }): boolean {
  // An instant (end = start) overlaps a range it lies in.
  return occurrence.start < range.to && (occurrence.end > range.from || occurrence.start >= range.from);
}

/** The event on its wall clock: first day, time of day and length, so each occurrence keeps the local time. */
export function seriesOf(event: RecurringEvent) {
  const zone = event.timeZone;
  const start = parseFeedInstant(event.start, zone);
  const { year, month, day, hour, minute, second } = zonedParts(start, zone);
  const firstDay = epochDay(year, month, day);
  const time = event.allDay ? {} : { hour, minute, second };
  const startOn = (epochDayNumber: number) =>
    epochDayNumber === firstDay ? start : zonedToEpoch({ ...dateOfEpochDay(epochDayNumber), ...time }, zone);
  // All-day events last whole calendar days (23 or 25 hours across a change); timed events fixed milliseconds.
  const lengthDays = event.allDay && event.end ? Date.parse(event.end) / DAY_MS - firstDay : 1;
  const lengthMs = event.end ? parseFeedInstant(event.end, zone) - start : HOUR_MS;
  return {
    firstDay,
    maxLengthMs: event.allDay ? (lengthDays + 1) * DAY_MS : lengthMs,
    on(epochDayNumber: number): Occurrence {
      const occurrenceStart = startOn(epochDayNumber);
      const end = event.allDay ? startOn(epochDayNumber + lengthDays) : occurrenceStart + lengthMs;
      return { start: occurrenceStart, end };
    },
  };
}

