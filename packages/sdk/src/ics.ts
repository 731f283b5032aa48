/**
 * iCalendar (RFC 5545) export and "add to Google Calendar" links. Timed events keep their own zone
 * (DTSTART;TZID=…) so calendar apps repeat them on that wall clock, with a VTIMEZONE generated from Intl.
 */
import { eventOccurrence, type Occurrence } from './event-span.js';
import type { GovEvent } from './schema/event.js';
import {
  DAY_MS,
  daysInMonth,
  MINUTE_MS,
  offsetMinutes,
  parseFeedInstant,
  zonedParts,
  zonedToEpoch,
} from './time.js';
import { offsetTransitions } from './offset-transitions.js';

export interface ICSOptions {
  /** PRODID, e.g. "-//My Network//Agenda//ES". */
  productId?: string;
  /** Calendar name shown by subscribing apps (NAME and X-WR-CALNAME). */
  calendarName?: string;
  /** DTSTAMP, epoch ms; defaults to the current time. */
  now?: number;
  /** Where the calendar is published (URL and SOURCE, RFC 7986). */
  url?: string;
}

// An open-ended series in a zone without a yearly weekday rule gets its changes listed this many years past now.
const OPEN_SERIES_YEARS = 10;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const STATUS = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

export function toICS(events: GovEvent | readonly GovEvent[], options: ICSOptions = {}): string {
  const list: readonly GovEvent[] = 'id' in events ? [events] : events;
  const { calendarName, url, now = Date.now() } = options;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? '-//GovTech Network//SDK//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendarName ? [`NAME:${escapeText(calendarName)}`, `X-WR-CALNAME:${escapeText(calendarName)}`] : []),
    ...(url ? [`URL:${safeUri(url)}`, `SOURCE;VALUE=URI:${safeUri(url)}`] : []),
    ...[...zoneYears(list)].flatMap(([zone, years]) => vtimezone(zone, years, zonedParts(now, zone).year)),
    ...list.flatMap((event) => veventLines(event, now)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function veventLines(event: GovEvent, now: number): string[] {
  const zone = event.timeZone;
  const { start, end } = eventOccurrence(event);
  const local = (instant: number) => wallClockMs(instant, zone);
  // A wall time that occurs twice (clocks going back) is read as either instant, depending on the reader, so
  // such a DTEND is written as a DURATION. An EXDATE is written as the wall time the RRULE gives that day's
  // occurrence (the event's time of day, even if that day it is skipped or repeated): every reader then maps
  // both alike and removes it. An exception that is not that occurrence (the repeated hour's second run,
  // say) is written in UTC, which every reader reads alike.
  const plain = (instant: number) =>
    [-DAY_MS, DAY_MS].every((side) => {
      const offset = offsetMinutes(instant + side, zone) * MINUTE_MS;
      const other = local(instant) - offset;
      return other === instant || offsetMinutes(other, zone) * MINUTE_MS !== offset;
    });
  const wallTime = (ms: number) => {
    const date = new Date(ms);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const [hour, minute, second] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
    return zonedToEpoch({ year, month, day, hour, minute, second }, zone);
  };
  // The occurrence wall time on an exception's day: a date-only exception removes that day's occurrence.
  const exception = (value: string) => {
    const instant = value.length === 10 ? undefined : parseFeedInstant(value, zone);
    const day = value.length === 10 ? Date.parse(value) : local(instant!) - (local(instant!) % DAY_MS);
    const wall = day + (local(start) % DAY_MS);
    return event.allDay || instant === undefined || wallTime(wall) === instant
      ? basicFormat(wall)
      : `${basicFormat(instant)}Z`;
  };
  const dateValues = (name: string, values: string[]) =>
    event.allDay
      ? [`${name};VALUE=DATE:${values.map((value) => value.slice(0, 8)).join(',')}`]
      : [values.filter((value) => !value.endsWith('Z')), values.filter((value) => value.endsWith('Z'))].flatMap(
          (group, utc) => (group.length ? [`${name}${utc ? '' : `;TZID=${zone}`}:${group.join(',')}`] : []),
        );
  const { location, recurrence } = event;
  const place = placeText(event);
  const link = event.onlineUrl ?? event.registrationUrl;
  const optional: [string, string | undefined | false][] = [
    ['SUMMARY', escapeText(event.title)],
    ['DESCRIPTION', event.description && escapeText(event.description)],
    ['LOCATION', place && escapeText(place)],
    ['GEO', location?.lat !== undefined && location.lng !== undefined && `${location.lat};${location.lng}`],
    ['URL', link && safeUri(link)],
    ['CATEGORIES', event.topics?.map(escapeText).join(',')],
    ['STATUS', STATUS[event.status]],
    ['LAST-MODIFIED', event.updatedAt && `${basicFormat(Date.parse(event.updatedAt))}Z`],
  ];
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@govtech-network`,
    `DTSTAMP:${basicFormat(now)}Z`,
    // A one-off event starting at a repeated wall time starts in UTC (a series keeps its wall clock).
    ...(event.allDay || recurrence || plain(start)
      ? dateValues('DTSTART', [basicFormat(local(start))])
      : [`DTSTART:${basicFormat(start)}Z`]),
    ...(event.allDay || plain(end)
      ? dateValues('DTEND', [basicFormat(local(end))])
      : [`DURATION:PT${Math.round((end - start) / 1000)}S`]),
    // RFC 5545: UNTIL is UTC when DTSTART has a TZID; a date would be read as 00:00 UTC, so a timed series
    // ends at the end of that day in its own zone, as expandEvent reads it.
    ...(recurrence
      ? [
          `RRULE:${
            event.allDay
              ? recurrence.rule
              : recurrence.rule.replace(
                  /UNTIL=(\d{4})(\d\d)(\d\d)(?=;|$)/,
                  (_, year: string, month: string, day: string) =>
                    `UNTIL=${basicFormat(zonedToEpoch({ year: +year, month: +month, day: +day + 1 }, zone) - 1000)}Z`,
                )
          }`,
        ]
      : []),
    ...(recurrence?.exceptions?.length ? dateValues('EXDATE', recurrence.exceptions.map(exception)) : []),
    ...optional.filter(([, value]) => value).map(([name, value]) => `${name}:${value}`),
    'END:VEVENT',
  ];
}

/**
 * An "add to Google Calendar" link. Without `occurrence` it is the whole event, with its RRULE; with one it
 * is just that occurrence (e.g. from expandEvent).
 */
export function googleCalendarUrl(event: GovEvent, occurrence?: Occurrence): string {
  const { start, end } = occurrence ?? eventOccurrence(event);
  const format = (instant: number) =>
    event.allDay ? basicFormat(wallClockMs(instant, event.timeZone)).slice(0, 8) : `${basicFormat(instant)}Z`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${format(start)}/${format(end)}`,
  });
  // Google answers 414 to very long links, so long descriptions are cut.
  const details =
    event.description && event.description.length > 1500 ? `${event.description.slice(0, 1500)}…` : event.description;
  if (details) params.set('details', details);
  const place = placeText(event);
  if (place) params.set('location', place);
  params.set('ctz', event.timeZone);
  if (event.recurrence && !occurrence) params.set('recur', `RRULE:${event.recurrence.rule}`);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook on the web: `live` is Outlook.com (personal accounts), `office` is Outlook 365 (work or school). */
export type OutlookHost = 'live' | 'office';

/**
 * An "add to Outlook" link for one occurrence (Outlook's compose link has no repeat rule: without
 * `occurrence` it is the event's first). Times are UTC instants; an all-day event gives its dates.
 */
export function outlookCalendarUrl(event: GovEvent, host: OutlookHost, occurrence?: Occurrence): string {
  const { start, end } = occurrence ?? eventOccurrence(event);
  const format = (instant: number) =>
    event.allDay ? new Date(wallClockMs(instant, event.timeZone)).toISOString().slice(0, 10) : new Date(instant).toISOString();
  const params = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: event.title, startdt: format(start), enddt: format(end) });
  if (event.allDay) params.set('allday', 'true');
  // Outlook, like Google, refuses very long links.
  if (event.description) params.set('body', event.description.length > 1500 ? `${event.description.slice(0, 1500)}…` : event.description);
  const place = placeText(event);
  if (place) params.set('location', place);
  return `https://outlook.${host}.com/calendar/0/deeplink/compose?${params}`;
}

/** Where a calendar app subscribes to a published .ics (`url`, absolute http(s)); `name` is shown by Outlook. */
export interface SubscribeLinks {
  /** webcal:// — Apple Calendar, Thunderbird and other apps that register the scheme. */
  readonly webcal: string;
  readonly google: string;
  readonly outlook: string;
  readonly office: string;
}

/** "Subscribe" links for the calendar apps, each with the feed's address properly encoded. */
export function subscribeLinks(url: string, name = ''): SubscribeLinks {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`not an http(s) calendar address: ${url}`);
  const webcal = `webcal://${parsed.href.slice(parsed.protocol.length + 2)}`;
  const addFromWeb = (host: OutlookHost) => `https://outlook.${host}.com/calendar/0/addfromweb?${new URLSearchParams(name ? { url: parsed.href, name } : { url: parsed.href })}`;
  return {
    webcal,
    // Google subscribes to a cid given as a webcal or http(s) address.
    google: `https://calendar.google.com/calendar/render?${new URLSearchParams({ cid: webcal })}`,
    outlook: addFromWeb('live'),
    office: addFromWeb('office'),
  };
}

function placeText({ location }: GovEvent): string | undefined {
  return location && [location.name, location.address, location.city, location.country].filter(Boolean).join(', ');
}

/** The wall clock of `timeZone` at an instant, as epoch ms read as UTC ("floating" time). */
function wallClockMs(instant: number, timeZone: string): number {
  return instant + offsetMinutes(instant, timeZone) * MINUTE_MS;
}

/** RFC 5545 basic format of a UTC-read time: 20240418T170000 (add Z for UTC, slice 8 for a DATE). */
function basicFormat(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** First and last year each zone of a timed event needs rules for. */
function zoneYears(events: readonly GovEvent[]): Map<string, [first: number, last: number]> {
  const years = new Map<string, [number, number]>();
  for (const event of events.filter(({ allDay }) => !allDay)) {
    const { start, end } = eventOccurrence(event);
    const yearOf = (instant: number) => zonedParts(instant, event.timeZone).year;
    const until = /UNTIL=(\d{4})/.exec(event.recurrence?.rule ?? '')?.[1];
    // A COUNT series is treated as open-ended: too many rules cost a few lines, too few wrong times.
    const seriesEnd = until ? Number(until) : event.recurrence ? Infinity : 0;
    const last = Math.max(yearOf(end), seriesEnd);
    const known = years.get(event.timeZone) ?? [Infinity, -Infinity];
    years.set(event.timeZone, [Math.min(known[0], yearOf(start)), Math.max(known[1], last)]);
  }
  return years;
}

/**
 * VTIMEZONE with the offset in force on 1 January of the first year and every change until the end of the
 * last one. Each kind of change is one observance listing its onsets as RDATEs (one per line: some
 * parsers, ical.js among them, read only the first value of a multi-valued RDATE). From next year on, a
 * zone whose changes follow a yearly weekday rule gets that rule as RRULEs instead, so a series of any
 * length (an open one too) keeps the right offsets with a few lines.
 */
function vtimezone(zone: string, [firstYear, lastYear]: [number, number], nowYear: number): string[] {
  const january = (year: number) => zonedToEpoch({ year, month: 1, day: 1 }, zone);
  const ruleYear = Math.max(firstYear, nowYear + 1);
  const rules = lastYear > ruleYear ? yearlyRules(zone, ruleYear, january) : undefined;
  const windowStart = january(firstYear);
  const initial = offsetMinutes(windowStart, zone);
  const listedEnd = rules ? ruleYear : (Number.isFinite(lastYear) ? lastYear : nowYear + OPEN_SERIES_YEARS) + 1;
  const changes = [
    { at: windowStart, from: initial, to: initial },
    ...offsetTransitions(zone, windowStart, january(listedEnd)),
  ];
  const standardOffset = Math.min(...changes.map(({ to }) => to));
  const observances = new Map<string, { from: number; to: number; onsets: string[]; rule?: string }>();
  for (const { at, from, to } of changes) {
    const observance = observances.get(`${from} ${to}`) ?? {
      from,
      to,
      onsets: [],
    };
    // Onsets are local times on the clock before the change (TZOFFSETFROM).
    observance.onsets.push(basicFormat(at + from * MINUTE_MS));
    observances.set(`${from} ${to}`, observance);
  }
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...[...observances.values(), ...(rules ?? [])].flatMap(({ from, to, onsets, rule }) => {
      const kind = to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        `DTSTART:${onsets[0]}`,
        `TZOFFSETFROM:${offsetText(from)}`,
        `TZOFFSETTO:${offsetText(to)}`,
        ...(rule ? [`RRULE:${rule}`] : []),
        // ical.js ignores DTSTART once there are RDATEs, so they repeat it.
        ...(onsets.length > 1 ? onsets.map((onset) => `RDATE:${onset}`) : []),
        `END:${kind}`,
      ];
    }),
    'END:VTIMEZONE',
  ];
}

/**
 * The zone's changes from `year` on as yearly rules ("weekday of month on or after day k"), if the 28
 * years from it (every calendar alignment) follow them; undefined if they do not.
 */
function yearlyRules(zone: string, year: number, january: (year: number) => number) {
  const rules = new Map<
    string,
    {
      from: number;
      to: number;
      onsets: string[];
      days: number[];
      rule?: string;
    }
  >();
  for (let each = year; each < year + 28; each++) {
    for (const { at, from, to } of offsetTransitions(zone, january(each), january(each + 1))) {
      const onset = new Date(at + from * MINUTE_MS);
      const key = `${from} ${to} ${onset.getUTCMonth()} ${onset.getUTCDay()} ${onset.toISOString().slice(11)}`;
      const rule = rules.get(key) ?? {
        from,
        to,
        onsets: [basicFormat(+onset)],
        days: [],
      };
      rules.set(key, rule);
      rule.days.push(onset.getUTCDate());
    }
  }
  for (const [key, rule] of rules) {
    const [month, weekday] = key.split(' ').slice(2).map(Number) as [number, number];
    const first = Math.min(...rule.days);
    if (rule.days.length !== 28 || Math.max(...rule.days) > first + 6) return undefined;
    const day = WEEKDAYS[weekday]!;
    rule.rule = `FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${
      first % 7 === 1 && first < 29
        ? (first + 6) / 7 + day
        : month !== 1 && first + 6 === daysInMonth(2001, month + 1)
        ? `-1${day}`
        : `${day};BYMONTHDAY=${[0, 1, 2, 3, 4, 5, 6].map((next) => first + next).join(',')}`
    }`;
  }
  return [...rules.values()];
}

function offsetText(minutes: number): string {
  const size = Math.abs(minutes);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}${pad(size % 60)}`;
}

/** TEXT value escaping; control characters other than tab are not allowed in TEXT, so they are dropped. */
function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/(?!\t)\p{Cc}/gu, '');
}

/** A URI value can hold no line break; the URL parser's serialisation percent-encodes or drops them. */
function safeUri(url: string): string {
  return new URL(url).href;
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 section 3.1). */
function fold(line: string): string {
  // 25 UTF-16 units are at most 75 octets: most lines need no scan.
  if (line.length <= 25) return line;
  // Slices joined once, not a string grown a character at a time: a 10,000-event calendar held hundreds
  // of MB of partial strings and spent half a feed build here.
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  for (let index = 0; index < line.length; ) {
    const code = line.codePointAt(index)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      parts.push(line.slice(from, index));
      from = index;
      octets = 1;
    }
    octets += size;
    index += code > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}
