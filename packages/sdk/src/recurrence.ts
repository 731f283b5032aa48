/**
 * An RFC 5545 RRULE subset, expanded on the event's own wall clock: a monthly 17:00 meeting in
 * America/Santiago stays at 17:00 Santiago time when Chile changes its clocks. docs/recurrence.md says why
 * this is in-house and what is supported.
 */
import type { GovEvent } from './schema.js';
import {
  DAY_MS,
  dateOfEpochDay,
  daysInMonth,
  epochDay,
  parseFeedInstant,
  weekdayOf,
  zonedParts,
  zonedToEpoch,
  type CalendarDay,
} from './time.js';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface WeekdayRule {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** The nth such weekday of the month (or year): 2 = second, -1 = last; absent = every one. */
  ordinal?: number;
}

export interface RRule {
  freq: Frequency;
  interval: number;
  count?: number;
  /** Inclusive bound: a UTC instant, or a calendar date on the event's wall clock. */
  until?: number | CalendarDay;
  byDay?: WeekdayRule[];
  /** 1 to 31, or -1 (last day) to -31. */
  byMonthDay?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  /** 0 = Monday … 6 = Sunday. */
  weekStart: number;
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

/** A recurrence rule this SDK cannot expand; the message is meant for the feed's publisher. */
export class RecurrenceError extends Error {
  override name = 'RecurrenceError';
  constructor(readonly rule: string, problem: string) {
    super(`Recurrence rule "${rule}": ${problem}`);
  }
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] satisfies Frequency[];
const SUPPORTED_PARTS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST'];
const UNSUPPORTED_PARTS = ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO', 'RSCALE', 'SKIP'];
const HOUR_MS = 3_600_000;
// Date's own limit: expansion never needs instants it cannot represent.
const MAX_INSTANT = 8.64e15;

type Failure = (problem: string) => RecurrenceError;

export function parseRRule(rule: string): RRule {
  const fail: Failure = (problem) => new RecurrenceError(rule, problem);
  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const [name = '', value, extra] = part.split('=');
    if (!value || extra !== undefined) throw fail(`"${part}" is not NAME=VALUE`);
    if (parts.has(name)) throw fail(`${name} is given more than once`);
    parts.set(name, value);
  }
  for (const name of parts.keys()) {
    const problem = UNSUPPORTED_PARTS.includes(name) ? 'is not supported' : 'is not an RRULE part';
    if (!SUPPORTED_PARTS.includes(name)) throw fail(`${name} ${problem} (supported: ${SUPPORTED_PARTS.join(', ')})`);
  }
  const freq = parts.get('FREQ');
  if (!freq || !FREQUENCIES.includes(freq))
    throw fail(`FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, not "${freq ?? ''}"`);
  if (parts.has('COUNT') && parts.has('UNTIL')) throw fail('COUNT and UNTIL cannot both be given');

  const wholeNumber = (name: string) => {
    const value = parts.get(name);
    if (value !== undefined && !/^[1-9]\d{0,8}$/.test(value)) throw fail(`${name} must be a whole number from 1`);
    return value === undefined ? undefined : Number(value);
  };
  const numbers = (name: string, max: number, signed = false) => {
    const values = parts.get(name)?.split(',').map(Number);
    const invalid = (value: number) => !Number.isInteger(value) || value === 0 || Math.abs(value) > max;
    if (values?.some((value) => invalid(value) || (!signed && value < 0))) {
      throw fail(
        `${name} must list numbers from 1 to ${max}${signed ? ` (or -1 to -${max}, counting from the end)` : ''}`,
      );
    }
    return values;
  };
  const parsed: RRule = {
    freq: freq as Frequency,
    interval: wholeNumber('INTERVAL') ?? 1,
    count: wholeNumber('COUNT'),
    until: parseUntil(parts.get('UNTIL'), fail),
    byDay: parts
      .get('BYDAY')
      ?.split(',')
      .map((day) => parseWeekday(day, fail)),
    byMonthDay: numbers('BYMONTHDAY', 31, true),
    byMonth: numbers('BYMONTH', 12),
    bySetPos: numbers('BYSETPOS', 366, true),
    weekStart: parseWeekday(parts.get('WKST') ?? 'MO', fail, false).weekday,
  };
  checkCombination(parsed, fail);
  return parsed;
}

function parseUntil(value: string | undefined, fail: Failure): RRule['until'] {
  if (value === undefined) return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z)?$/.exec(value);
  const iso =
    match && `${match[1]}-${match[2]}-${match[3]}T${match[5] ?? '00'}:${match[6] ?? '00'}:${match[7] ?? '00'}.000Z`;
  const instant = iso ? Date.parse(iso) : NaN;
  // Date.parse rolls 30 February over into March: the round trip catches that.
  if (!match || Number.isNaN(instant) || new Date(instant).toISOString() !== iso) {
    throw fail(`UNTIL=${value} must be a date (YYYYMMDD) or a UTC date-time (YYYYMMDDTHHMMSSZ)`);
  }
  return match[4] ? instant : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function parseWeekday(value: string, fail: Failure, ordinalAllowed = true): WeekdayRule {
  const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(value);
  const weekday = WEEKDAYS.indexOf(match?.[2] ?? '');
  const ordinal = match?.[1] === undefined ? undefined : Number(match[1]);
  if (weekday < 0 || (ordinal !== undefined && (!ordinalAllowed || ordinal === 0 || Math.abs(ordinal) > 53))) {
    throw fail(`"${value}" is not a weekday such as MO${ordinalAllowed ? ', 2WE or -1FR' : ''}`);
  }
  return ordinal === undefined ? { weekday } : { weekday, ordinal };
}

/** Combinations RFC 5545 forbids or that could never match. */
function checkCombination(rule: RRule, fail: Failure): void {
  const ordinals = rule.byDay?.flatMap((day) => (day.ordinal === undefined ? [] : [day.ordinal])) ?? [];
  if (ordinals.length > 0 && (rule.freq === 'DAILY' || rule.freq === 'WEEKLY')) {
    throw fail(`numbered weekdays such as 2WE need FREQ=MONTHLY or FREQ=YEARLY, not ${rule.freq}`);
  }
  const withinMonth = rule.freq === 'MONTHLY' || rule.byMonth !== undefined;
  if (withinMonth && ordinals.some((ordinal) => Math.abs(ordinal) > 5)) {
    throw fail('a month has at most 5 of each weekday: use an ordinal from -5 to 5 in BYDAY');
  }
  if (rule.byMonthDay && rule.freq === 'WEEKLY') throw fail('BYMONTHDAY cannot be used with FREQ=WEEKLY');
  if (rule.bySetPos && !rule.byDay && !rule.byMonthDay && !rule.byMonth) {
    throw fail('BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to select from');
  }
}

/**
 * The occurrences of `event` that overlap [range.from, range.to), in order. Bounded: expansion stops
 * after `maxOccurrences` occurrences or `maxIterations` candidate days and then sets `truncated`.
 */
export function expandEvent(
  event: GovEvent,
  range: { from: number; to: number },
  { maxOccurrences = 5_000, maxIterations = 50_000 }: ExpandOptions = {},
): Expansion {
  if (!event.recurrence) {
    const single = eventOccurrence(event);
    return { occurrences: overlaps(single, range) ? [single] : [], truncated: false };
  }
  const rule = parseRRule(event.recurrence.rule);
  const series = seriesOf(event);
  const isExcluded = exclusionTest(event);
  const lastDay = Math.min(Math.floor(Math.min(range.to, MAX_INSTANT) / DAY_MS) + 1, untilLastDay(rule.until));
  // Days that end before the range whatever the zone: only COUNT needs them, and not their instants.
  const beforeRange = Math.floor((range.from - series.maxLengthMs) / DAY_MS) - 1;
  const occurrences: Occurrence[] = [];
  let counted = 0;
  let examined = 0;

  /** 'stop' when the series or the range has ended, 'full' when maxOccurrences was reached. */
  const consider = (day: number): 'stop' | 'full' | undefined => {
    if (day > lastDay) return 'stop';
    if (day < beforeRange) return ++counted === rule.count ? 'stop' : undefined;
    const occurrence = series.on(day);
    if (occurrence.start >= range.to || (typeof rule.until === 'number' && occurrence.start > rule.until))
      return 'stop';
    counted++;
    if (!isExcluded(occurrence.start, day) && overlaps(occurrence, range)) {
      if (occurrences.length === maxOccurrences) return 'full';
      occurrences.push(occurrence);
    }
    return counted === rule.count ? 'stop' : undefined;
  };

  // DTSTART is always the first occurrence (RFC 5545), whether or not it matches the rule.
  let outcome = consider(series.firstDay);
  const periods = periodsOf(rule, series.firstDay);
  // COUNT numbers occurrences from DTSTART, so only a series without it may jump ahead to the range.
  const firstPeriod = periods.first(rule.count === undefined ? beforeRange : series.firstDay);
  for (let period = firstPeriod; !outcome; period += rule.interval) {
    const spans = periods.spans(period);
    if (spans[0]![0] > lastDay) break;
    examined += spans.reduce((total, [first, last]) => total + last - first + 1, 0);
    if (examined > maxIterations) return { occurrences, truncated: true };
    for (const day of daysOfPeriod(rule, spans, series.firstDay)) {
      outcome = day > series.firstDay ? consider(day) : undefined;
      if (outcome) break;
    }
  }
  return { occurrences, truncated: outcome === 'full' };
}

/** The event's own start and end (its first occurrence), with the default length when it has no end. */
export function eventOccurrence(event: GovEvent): Occurrence {
  const series = seriesOf(event);
  return series.on(series.firstDay);
}

function overlaps(occurrence: Occurrence, range: { from: number; to: number }): boolean {
  // An instant (end = start) overlaps a range it lies in.
  return occurrence.start < range.to && (occurrence.end > range.from || occurrence.start >= range.from);
}

/** The event on its wall clock: first day, time of day and length, so each occurrence keeps the local time. */
function seriesOf(event: GovEvent) {
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

/** EXDATE: a date-time removes the occurrence starting at that instant, a date the occurrence on that day. */
function exclusionTest(event: GovEvent): (start: number, day: number) => boolean {
  const excluded = new Set<number>();
  for (const value of event.recurrence?.exceptions ?? []) {
    excluded.add(value.length === 10 ? Date.parse(value) / DAY_MS : parseFeedInstant(value, event.timeZone));
  }
  // Epoch days are small integers and instants of this era huge ones, so one set holds both.
  return (start, day) => excluded.has(start) || excluded.has(day);
}

/** Last epoch day UNTIL may allow (a UTC instant can fall on the next local day east of Greenwich). */
function untilLastDay(until: RRule['until']): number {
  if (until === undefined) return Infinity;
  return typeof until === 'number' ? Math.floor(until / DAY_MS) + 1 : epochDay(until.year, until.month, until.day);
}

type Span = [first: number, last: number];

/**
 * Periods are numbered (day, week, month or year since 1970) so INTERVAL is plain addition. Each period
 * yields the spans of days its candidates come from, and that BYDAY ordinals count within.
 */
function periodsOf(rule: RRule, firstDay: number) {
  const monthSpan = (index: number): Span => {
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    return [epochDay(year, month, 1), epochDay(year, month, daysInMonth(year, month))];
  };
  const shapes: Record<Frequency, { of: (day: number) => number; spans: (period: number) => Span[] }> = {
    DAILY: { of: (day) => day, spans: (day) => [[day, day]] },
    // Epoch day 0 was a Thursday (weekday 3), so week n starts on WKST at day 7n - 3 + WKST.
    WEEKLY: {
      of: (day) => Math.floor((day + 3 - rule.weekStart) / 7),
      spans: (week) => [[week * 7 - 3 + rule.weekStart, week * 7 + 3 + rule.weekStart]],
    },
    MONTHLY: {
      of: (day) => dateOfEpochDay(day).year * 12 + dateOfEpochDay(day).month - 1,
      spans: (index) => [monthSpan(index)],
    },
    YEARLY: {
      of: (day) => dateOfEpochDay(day).year,
      spans: (year) => {
        // BYDAY without BYMONTH counts ordinals within the whole year (20MO: the 20th Monday).
        if (rule.byDay && !rule.byMonth) return [[epochDay(year, 1, 1), epochDay(year, 12, 31)]];
        const months =
          rule.byMonth ??
          (rule.byMonthDay ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [dateOfEpochDay(firstDay).month]);
        return [...months].sort((a, b) => a - b).map((month) => monthSpan(year * 12 + month - 1));
      },
    },
  };
  const shape = shapes[rule.freq];
  const firstPeriod = shape.of(firstDay);
  return {
    /** The period INTERVAL reaches from DTSTART's that starts last on or before `day`. */
    first: (day: number) =>
      day <= firstDay
        ? firstPeriod
        : firstPeriod + Math.floor((shape.of(day) - firstPeriod) / rule.interval) * rule.interval,
    spans: shape.spans,
  };
}

/** Candidate days of one period, in order, after the BYxxx filters and BYSETPOS. */
function daysOfPeriod(rule: RRule, spans: Span[], firstDay: number): number[] {
  const days: number[] = [];
  for (const span of spans) {
    for (let day = span[0]; day <= span[1]; day++) if (matches(rule, day, span, firstDay)) days.push(day);
  }
  if (!rule.bySetPos) return days;
  const picked = new Set(rule.bySetPos.map((position) => days.at(position > 0 ? position - 1 : position)));
  return [...picked].filter((day) => day !== undefined).sort((a, b) => a - b);
}

function matches(rule: RRule, day: number, [spanFirst, spanLast]: Span, firstDay: number): boolean {
  const date = dateOfEpochDay(day);
  const weekday = weekdayOf(day);
  if (rule.byMonth && !rule.byMonth.includes(date.month)) return false;
  if (rule.byDay) {
    // Ordinals count within the span: 2 = second in it, -1 = last in it.
    const nth = (ordinal: number) =>
      ordinal > 0 ? Math.floor((day - spanFirst) / 7) + 1 : -Math.floor((spanLast - day) / 7) - 1;
    const isWanted = ({ weekday: wanted, ordinal }: WeekdayRule) =>
      wanted === weekday && (ordinal === undefined || nth(ordinal) === ordinal);
    if (!rule.byDay.some(isWanted)) return false;
  }
  if (rule.byMonthDay) {
    const monthLength = daysInMonth(date.year, date.month);
    if (!rule.byMonthDay.some((n) => n === date.day || n === date.day - monthLength - 1)) return false;
  }
  if (rule.byDay || rule.byMonthDay) return true;
  // Without BYDAY or BYMONTHDAY a rule repeats DTSTART's weekday (WEEKLY) or day of the month.
  if (rule.freq === 'WEEKLY') return weekday === weekdayOf(firstDay);
  return rule.freq === 'DAILY' || date.day === dateOfEpochDay(firstDay).day;
}
