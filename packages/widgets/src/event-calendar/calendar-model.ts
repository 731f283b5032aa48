/**
 * The month grid of <govtech-event-calendar> as data: which days it shows, where keyboard focus moves,
 * which events go on which day, and what the filters let through (what they offer: filters.ts). Pure functions of their
 * arguments ("now" included), rendered elsewhere.
 */
import { dateOfEpochDay, daysInMonth, epochDay, weekdayOf, zonedParts, zonedToEpoch } from '@govtech-network/sdk';

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface CalendarDay extends CalendarDate {
  /** 'YYYY-MM-DD' */
  key: string;
  /** ISO: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** False for the days of the previous and next months that fill the first and last weeks. */
  inMonth: boolean;
  isToday: boolean;
  /** Midnight to next midnight in the grid's zone, epoch ms: 23 or 25 hours on days the clocks change. */
  start: number;
  end: number;
}

export interface GridOptions {
  /** ISO weekday the weeks start on, from firstDayOfWeek. */
  firstDay: number;
  timeZone: string;
  now: number;
}

/** What groupByDay needs of an occurrence (EventOccurrence has it). */
export interface PlaceableOccurrence {
  event: { allDay: boolean; timeZone: string };
  start: Date;
  /** Exclusive. */
  end: Date;
}

const WEEKS = 6;

export function dateKey({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A real calendar date from 'YYYY-MM-DD' (or 'YYYY-MM' as its first day when `dayOptional`). */
function parseDate(value: string | null | undefined, dayOptional: boolean): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value?.trim() ?? '');
  if (!match || (!dayOptional && !match[3])) return undefined;
  const [year, month, day] = [match[1], match[2], match[3] ?? '1'].map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

export function parseDateKey(key: string): CalendarDate | undefined {
  return parseDate(key, false);
}

/** The `month` attribute: 'YYYY-MM' (its first day) or a date 'YYYY-MM-DD'; undefined for anything else. */
export function parseMonthAttribute(value: string | null | undefined): CalendarDate | undefined {
  return parseDate(value, true);
}


// CLDR weekData: regions whose weeks start on Sunday or Saturday, else Monday.
const SUNDAY_FIRST = new Set(
  (
    'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT ' +
    'MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'
  ).split(' '),
);
const SATURDAY_FIRST = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/** The likely region of the widgets' bare languages (what `maximize()` says, without its cost). */
const LIKELY_REGION: Readonly<Record<string, string>> = { es: 'ES', pt: 'BR', en: 'US' };

/**
 * ISO weekday (1 = Monday … 7 = Sunday) weeks start on where `localeTag` is spoken: 'es-CL' → 1, 'en-US' → 7.
 * From the region and CLDR's table above, not `getWeekInfo()`: the engine's week data cost the calendar's
 * first render about 18 ms of CPU on a desktop (four times that on a mid-range phone), the table nothing.
 */
export function firstDayOfWeek(localeTag: string): number {
  const locale = new Intl.Locale(localeTag);
  // A bare language stands for its most likely region: 'en' → US, 'pt' → BR, 'es' → ES.
  const region = locale.region ?? LIKELY_REGION[locale.language] ?? locale.maximize().region ?? '';
  return SUNDAY_FIRST.has(region) ? 7 : SATURDAY_FIRST.has(region) ? 6 : 1;
}

export function todayIn(timeZone: string, now: number): CalendarDate {
  const { year, month, day } = zonedParts(now, timeZone);
  return { year, month, day };
}

/** How many days `day` (an epoch day) is after the first day of its week. */
function daysIntoWeek(day: number, firstDay: number): number {
  return (weekdayOf(day) + 1 - firstDay + 7) % 7;
}

/** Grids recently built, by month, week start, zone and today: a calendar renders one month many times. */
const recentGrids = new Map<string, CalendarDay[][]>();
const RECENT_GRIDS_LIMIT = 8;

/**
 * Six weeks, always: every month gets the same height, so navigating does not shift the page. A grid
 * costs 43 midnights in the zone, each a few `formatToParts` calls (about 10 ms of a phone's CPU): the
 * same month, zone and day get the same grid back, and each day ends at the next one's midnight.
 */
export function monthGrid(
  { year, month }: Pick<CalendarDate, 'year' | 'month'>,
  { firstDay, timeZone, now }: GridOptions,
): CalendarDay[][] {
  const today = dateKey(todayIn(timeZone, now));
  const cacheKey = `${year}-${month} ${firstDay} ${timeZone} ${today}`;
  const cached = recentGrids.get(cacheKey);
  if (cached) return cached;
  const first = epochDay(year, month, 1);
  const gridStart = first - daysIntoWeek(first, firstDay);
  // Midnight in the zone, not 24 h steps, so days across a clock change keep their true length.
  const midnights = Array.from({ length: WEEKS * 7 + 1 }, (_, index) => zonedToEpoch(dateOfEpochDay(gridStart + index), timeZone));
  const dayAt = (index: number): CalendarDay => {
    const date = dateOfEpochDay(gridStart + index);
    const key = dateKey(date);
    return {
      ...date,
      key,
      weekday: weekdayOf(gridStart + index) + 1,
      inMonth: date.month === month,
      isToday: key === today,
      start: midnights[index]!,
      end: midnights[index + 1]!,
    };
  };
  const grid = Array.from({ length: WEEKS }, (_, week) => Array.from({ length: 7 }, (_, weekday) => dayAt(week * 7 + weekday)));
  if (recentGrids.set(cacheKey, grid).size > RECENT_GRIDS_LIMIT) recentGrids.delete(recentGrids.keys().next().value!);
  return grid;
}

/** The instants a grid covers, for fetching its events. */
export function gridRange(grid: readonly (readonly CalendarDay[])[]): { from: number; to: number } {
  const days = grid.flat();
  return { from: days[0]!.start, to: days.at(-1)!.end };
}

/** Whether an occurrence overlaps the grid's own month (not the neighbouring days the grid also shows). */
/**
 * The days whose events may be missing: those overlapping a file the query could not read (a shard
 * covers UTC instants, a day is midnight to midnight in the grid's zone). A file without a range (the
 * whole events file) covers every day.
 */
export function missingDays(days: readonly CalendarDay[], missing: readonly { from?: string | undefined; to?: string | undefined }[]): Set<string> {
  return new Set(
    days
      .filter((day) => missing.some(({ from, to }) => !(day.end <= Date.parse(from!) || day.start >= Date.parse(to!))))
      .map((day) => day.key),
  );
}

/** Runs of consecutive days among `days` whose key is in `keys`: the first and last day of each. */
export function dayRuns(days: readonly CalendarDay[], keys: ReadonlySet<string>): Array<[CalendarDay, CalendarDay]> {
  const runs: Array<[CalendarDay, CalendarDay]> = [];
  days.forEach((day, i) => {
    if (!keys.has(day.key)) return;
    if (i > 0 && keys.has(days[i - 1]!.key)) runs.at(-1)![1] = day;
    else runs.push([day, day]);
  });
  return runs;
}

export function inGridMonth(grid: readonly (readonly CalendarDay[])[], occurrence: { start: Date; end: Date }): boolean {
  const days = grid.flat().filter((day) => day.inMonth);
  return +occurrence.start < days.at(-1)!.end && +occurrence.end > days[0]!.start;
}

function addMonths({ year, month, day }: CalendarDate, months: number): CalendarDate {
  const index = year * 12 + month - 1 + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return { ...target, day: Math.min(day, daysInMonth(target.year, target.month)) };
}

/**
 * The month `months` away from `shown`, and the focused day moved with it: the same day number, or the
 * last day of a shorter month (31 January → 28 February); day 1 when nothing was focused.
 */
export function shiftMonth(shown: CalendarDate, months: number, focusedKey: string | undefined): { month: CalendarDate; focusedKey: string } {
  const focusedDay = (focusedKey ? parseDateKey(focusedKey) : undefined)?.day ?? 1;
  return { month: addMonths({ ...shown, day: 1 }, months), focusedKey: dateKey(addMonths({ ...shown, day: focusedDay }, months)) };
}

/**
 * The date focus moves to from `key` when `keyName` is pressed in the grid, per the WAI-ARIA date picker
 * pattern (arrows by day and week, Home/End to the week's ends, PageUp/PageDown by month, with Shift by
 * year); undefined for keys the grid does not handle.
 */
export function moveDate(
  key: string,
  keyName: string,
  { firstDay, shiftKey = false }: { firstDay: number; shiftKey?: boolean },
): string | undefined {
  const date = parseDateKey(key);
  if (!date) return undefined;
  if (keyName === 'PageUp' || keyName === 'PageDown') {
    return dateKey(addMonths(date, (keyName === 'PageUp' ? -1 : 1) * (shiftKey ? 12 : 1)));
  }
  const day = epochDay(date.year, date.month, date.day);
  const intoWeek = daysIntoWeek(day, firstDay);
  const step = new Map([
    ['ArrowLeft', -1],
    ['ArrowRight', 1],
    ['ArrowUp', -7],
    ['ArrowDown', 7],
    ['Home', -intoWeek],
    ['End', 6 - intoWeek],
  ]).get(keyName);
  return step === undefined ? undefined : dateKey(dateOfEpochDay(day + step));
}

/**
 * The occurrences of each day of `days` (keyed by day key, in input order; days without any are absent).
 * A timed occurrence is on every day its instants [start, end) overlap. An all-day one is on its calendar
 * dates in the event's own zone, whatever the grid's: a holiday on 16 December in Bogotá is on the 16th
 * for a visitor in Madrid too, not on the 16th and 17th.
 */
export function groupByDay<T extends PlaceableOccurrence>(
  occurrences: readonly T[],
  days: readonly CalendarDay[],
): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const occurrence of occurrences) {
    const { allDay, timeZone } = occurrence.event;
    const dateOf = (instant: Date) => {
      const { year, month, day } = zonedParts(instant.getTime(), timeZone);
      return epochDay(year, month, day);
    };
    // All-day spans count in epoch days, timed ones in ms.
    const [from, to] = allDay
      ? [dateOf(occurrence.start), dateOf(occurrence.end)]
      : [occurrence.start.getTime(), occurrence.end.getTime()];
    for (const day of days) {
      const dayFrom = allDay ? epochDay(day.year, day.month, day.day) : day.start;
      const dayTo = allDay ? dayFrom + 1 : day.end;
      // An occurrence with no length is on the day it happens.
      if (from < dayTo && (to > dayFrom || from >= dayFrom)) {
        const list = byDay.get(day.key);
        if (list) list.push(occurrence);
        else byDay.set(day.key, [occurrence]);
      }
    }
  }
  return byDay;
}

/** What the visitor chose in the filter form: an event kind and a topic; '' for any. */
export interface FilterChoice {
  readonly kind: string;
  readonly topic: string;
}

/** The occurrences that pass the visitor's filter choice. */
export function chosenOccurrences<T extends { event: { kind: string; topics?: readonly string[] | undefined } }>(
  occurrences: readonly T[],
  { kind, topic }: FilterChoice,
): T[] {
  return occurrences.filter(({ event }) => (!kind || event.kind === kind) && (!topic || (event.topics ?? []).includes(topic)));
}

/** The first `max` items and how many more there are, for "+N more"; `max` below 1 shows all. */
export function splitVisible<T>(items: readonly T[], max: number): { visible: T[]; hidden: number } {
  const visible = max < 1 ? [...items] : items.slice(0, max);
  return { visible, hidden: items.length - visible.length };
}
