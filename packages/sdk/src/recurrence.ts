/**
 * An RFC 5545 RRULE subset, expanded on the event's own wall clock: a monthly 17:00 meeting in
 * America/Santiago stays at 17:00 Santiago time when Chile changes its clocks. docs/recurrence.md says why
 * this is in-house and what is supported.
 */
import { parseRRule, type Frequency, type RRule, type WeekdayRule } from './rrule.js';
import { overlaps, seriesOf, singleExpansion, type Expansion, type ExpandOptions, type Occurrence, type RecurringEvent } from './event-span.js';
import { occurrenceAtWith, type EventOccurrence } from './occurrences.js';
import type { GovEvent } from './schema/event.js';
import { DAY_MS, dateOfEpochDay, daysInMonth, epochDay, parseFeedInstant, weekdayOf } from './time.js';

export type { Expansion, ExpandOptions, Occurrence, RecurringEvent } from './event-span.js';
/** For the events path, which checks a file's rules with the parser it loads here (events-feed.ts). */
export { parseRRule };

// Date's own limit: expansion never needs instants it cannot represent.
const MAX_INSTANT = 8.64e15;

/**
 * The occurrences of `event` that overlap [range.from, range.to), in order. Bounded: expansion stops
 * after `maxOccurrences` occurrences or `maxIterations` candidate days and then sets `truncated`.
 */
export function expandEvent(
  event: RecurringEvent,
  range: { from: number; to: number },
  { maxOccurrences = 5_000, maxIterations = 50_000 }: ExpandOptions = {},
): Expansion {
  if (!event.recurrence) return singleExpansion(event, range);
  const rule = parseRRule(event.recurrence.rule);
  const { firstDay, maxLengthMs, on } = seriesOf(event);
  const isExcluded = exclusionTest(event);
  const lastDay = Math.min(Math.floor(Math.min(range.to, MAX_INSTANT) / DAY_MS) + 1, untilLastDay(rule.until));
  // Days that end before the range whatever the zone: only COUNT needs them, and not their instants.
  const beforeRange = Math.floor((range.from - maxLengthMs) / DAY_MS) - 1;
  const occurrences: Occurrence[] = [];
  let counted = 0;
  let examined = 0;

  /** 'stop' when the series or the range has ended, 'full' when maxOccurrences was reached. */
  const consider = (day: number): 'stop' | 'full' | undefined => {
    if (day > lastDay) return 'stop';
    if (day < beforeRange) return ++counted === rule.count ? 'stop' : undefined;
    const occurrence = on(day);
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
  let outcome = consider(firstDay);
  const periods = periodsOf(rule, firstDay);
  // COUNT numbers occurrences from DTSTART, so only a series without it may jump ahead to the range.
  const firstPeriod = periods.first(rule.count === undefined ? beforeRange : firstDay);
  for (let period = firstPeriod; !outcome; period += rule.interval) {
    const spans = periods.spans(period);
    if (spans[0]![0] > lastDay) break;
    examined += spans.reduce((total, [first, last]) => total + last - first + 1, 0);
    if (examined > maxIterations) return { occurrences, truncated: true };
    for (const day of daysOfPeriod(rule, spans, firstDay)) {
      outcome = day > firstDay ? consider(day) : undefined;
      if (outcome) break;
    }
  }
  return { occurrences, truncated: outcome === 'full' };
}

/**
 * The occurrence of one event to count down to at `now` (epoch ms): the next one not yet ended (within
 * two years), else its last one. Its key is the event's id: it stands for the event, not for one date.
 */
export function occurrenceAt(event: GovEvent, now: number): EventOccurrence | undefined {
  return occurrenceAtWith(expandEvent, event, now);
}

/** EXDATE: a date-time removes the occurrence starting at that instant, a date the occurrence on that day. */
function exclusionTest(event: RecurringEvent): (start: number, day: number) => boolean {
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
