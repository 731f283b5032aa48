/**
 * iCalendar (RFC 5545) export and "add to Google Calendar" links. Timed events keep their own zone
 * (DTSTART;TZID=…) so calendar apps repeat them on that wall clock, with a VTIMEZONE generated from Intl.
 */
import { eventOccurrence, type Occurrence } from './recurrence.js';
import type { GovEvent } from './schema/event.js';
import { DAY_MS, MINUTE_MS, offsetMinutes, offsetTransitions, parseFeedInstant, zonedParts, zonedToEpoch } from './time.js';

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

// An open-ended series gets time-zone rules for this many years past now.
const OPEN_SERIES_YEARS = 10;
const STATUS = { scheduled: 'CONFIRMED', rescheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };

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
    ...[...zoneYears(list, now)].flatMap(([zone, years]) => vtimezone(zone, years)),
    ...list.flatMap((event) => veventLines(event, now)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function veventLines(event: GovEvent, now: number): string[] {
  const zone = event.timeZone;
  const { start, end } = eventOccurrence(event);
  const local = (instant: number) => wallClockMs(instant, zone);
  // A date-only exception of a timed event removes the occurrence at the event's time that day.
  const exceptionWall = (value: string) =>
    value.length === 10 ? Date.parse(value) + (local(start) % DAY_MS) : local(parseFeedInstant(value, zone));
  const dateValues = (name: string, wallTimes: number[]) =>
    event.allDay
      ? `${name};VALUE=DATE:${wallTimes.map((wall) => basicFormat(wall).slice(0, 8)).join(',')}`
      : `${name};TZID=${zone}:${wallTimes.map(basicFormat).join(',')}`;
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
    dateValues('DTSTART', [local(start)]),
    dateValues('DTEND', [local(end)]),
    ...(recurrence ? [`RRULE:${recurrence.rule}`] : []),
    ...(recurrence?.exceptions?.length ? [dateValues('EXDATE', recurrence.exceptions.map(exceptionWall))] : []),
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
function zoneYears(events: readonly GovEvent[], now: number): Map<string, [first: number, last: number]> {
  const years = new Map<string, [number, number]>();
  for (const event of events.filter(({ allDay }) => !allDay)) {
    const { start, end } = eventOccurrence(event);
    const yearOf = (instant: number) => zonedParts(instant, event.timeZone).year;
    const until = /UNTIL=(\d{4})/.exec(event.recurrence?.rule ?? '')?.[1];
    // A COUNT series is treated as open-ended: too many rules cost a few lines, too few wrong times.
    const seriesEnd = until ? Number(until) : event.recurrence ? yearOf(now) + OPEN_SERIES_YEARS : 0;
    const last = Math.max(yearOf(end), seriesEnd);
    const known = years.get(event.timeZone) ?? [Infinity, -Infinity];
    years.set(event.timeZone, [Math.min(known[0], yearOf(start)), Math.max(known[1], last)]);
  }
  return years;
}

/**
 * VTIMEZONE with the offset in force on 1 January of the first year and every change until the end of the
 * last one. Each kind of change is one observance listing its onsets as RDATEs (one per line: some
 * parsers, ical.js among them, read only the first value of a multi-valued RDATE).
 */
function vtimezone(zone: string, [firstYear, lastYear]: [number, number]): string[] {
  const windowStart = zonedToEpoch({ year: firstYear, month: 1, day: 1 }, zone);
  const initial = offsetMinutes(windowStart, zone);
  const changes = [
    { at: windowStart, from: initial, to: initial },
    ...offsetTransitions(zone, windowStart, zonedToEpoch({ year: lastYear + 1, month: 1, day: 1 }, zone)),
  ];
  const standardOffset = Math.min(...changes.map(({ to }) => to));
  const observances = new Map<string, { from: number; to: number; onsets: string[] }>();
  for (const { at, from, to } of changes) {
    const observance = observances.get(`${from} ${to}`) ?? { from, to, onsets: [] };
    // Onsets are local times on the clock before the change (TZOFFSETFROM).
    observance.onsets.push(basicFormat(at + from * MINUTE_MS));
    observances.set(`${from} ${to}`, observance);
  }
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...[...observances.values()].flatMap(({ from, to, onsets }) => {
      const kind = to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        `DTSTART:${onsets[0]}`,
        `TZOFFSETFROM:${offsetText(from)}`,
        `TZOFFSETTO:${offsetText(to)}`,
        // ical.js ignores DTSTART once there are RDATEs, so they repeat it.
        ...(onsets.length > 1 ? onsets.map((onset) => `RDATE:${onset}`) : []),
        `END:${kind}`,
      ];
    }),
    'END:VTIMEZONE',
  ];
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
