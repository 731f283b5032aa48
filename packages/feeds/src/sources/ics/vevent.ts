/**
 * One VEVENT block → the fields of a feed event (its id is given later, when the calendar's UIDs are all
 * known). ical.js parses the block's properties, parameters and escapes; RRULE lines are read here from
 * the text, because ical.js throws on rules it dislikes (lower case, an unknown FREQ) and would lose the
 * whole event with them.
 */
import { HttpUrl, zonedParts, zonedToEpoch, type GovEventInput } from '@govtech-network/sdk';
import ICAL from 'ical.js';
import { formatInZone } from '../../dates.js';
import type { ProblemCode } from '../../problems.js';
import { tidyText } from '../markdown.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import { ruleOf } from './rule.js';
import { valueOf, type Block, type ContentLine } from './scan.js';
import { dateText, icsTime, type CalendarZones, type IcsTime, type Zone } from './zones.js';

export type Report = (code: ProblemCode, line: number, field?: string, params?: Record<string, string | number>) => void;

export interface CalendarContext {
  readonly zones: CalendarZones;
  readonly defaults?: Partial<GovEventInput>;
  readonly network?: string;
  readonly report: Report;
  /** TZIDs already warned about: a calendar of a hundred events in one odd zone gets one warning. */
  readonly warned: Set<string>;
}

/** RECURRENCE-ID: the occurrence of the series (same UID) that this VEVENT replaces. */
export interface RecurrenceId {
  readonly time: IcsTime;
  readonly instant: number;
  /** The value in basic form (20240418T170000), for the replacement's id. */
  readonly key: string;
}

export interface VEventDraft {
  /** Line of BEGIN:VEVENT. */
  readonly line: number;
  readonly uid?: string;
  readonly recurrenceId?: RecurrenceId;
  /** The event's fields, all but `id`. */
  readonly input: Record<string, unknown>;
  /** Line of a property of this VEVENT (its BEGIN line when it has none). */
  readonly lineOf: (property: string) => number;
}

interface ReadTime {
  readonly time: IcsTime;
  readonly zone?: Zone;
  readonly tzid?: string;
}
type TimeOrProblem = ReadTime | { readonly bad: string } | { readonly unknownTzid: string };

const LIMITS = { title: 500, description: 20_000, location: 500, topic: 500 };
const PRIVATE = new Set(['PRIVATE', 'CONFIDENTIAL']);

/** Reads one VEVENT; undefined when it cannot become an event (the problem is reported). */
export function readVEvent(block: Block, calendar: CalendarContext): VEventDraft | undefined {
  const { zones, report } = calendar;
  const lines = new Map<string, ContentLine[]>();
  for (const line of block.properties) lines.set(line.name, [...(lines.get(line.name) ?? []), line]);
  const lineOf = (property: string) => lines.get(property)?.[0]?.line ?? block.line;

  let component: ICAL.Component;
  try {
    const ruleLines = new Set([...(lines.get('RRULE') ?? []), ...(lines.get('EXRULE') ?? [])]);
    const text = block.lines.filter((line) => !ruleLines.has(line)).map((line) => line.text).join('\r\n');
    component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    report('ics-syntax', block.line, undefined, { component: 'VEVENT', reason: (error as Error).message });
    return undefined;
  }
  const textOf = (property: string): string | undefined => {
    const value: unknown = component.getFirstPropertyValue(property);
    return typeof value === 'string' && value.trim() ? value : undefined;
  };
  const clip = (value: string, max: number, property: string) => {
    if (value.length <= max) return value;
    report('ics-clipped', lineOf(property), property, { property, max });
    return `${value.slice(0, max - 1)}…`;
  };
  const readTime = (property: ICAL.Property, value: unknown = property.toJSON()[3]): TimeOrProblem => {
    const time = icsTime(value);
    if (!time) return { bad: String(value) };
    const tzid = property.getParameter('tzid');
    if (typeof tzid !== 'string' || time.utc || time.date) return { time };
    const zone = zones.resolve(tzid);
    return zone ? { time, zone, tzid } : { unknownTzid: tzid };
  };

  const classValue = textOf('class')?.trim().toUpperCase();
  if (classValue && PRIVATE.has(classValue)) {
    report('ics-private', lineOf('CLASS'), 'CLASS', { value: classValue });
    return undefined;
  }

  const uid = textOf('uid')?.trim();
  const title = textOf('summary')?.replace(/\s+/g, ' ').trim();
  const startProperty = component.getFirstProperty('dtstart');
  if (!title) report('ics-missing', block.line, 'SUMMARY', { property: 'SUMMARY' });
  if (!startProperty) report('ics-missing', block.line, 'DTSTART', { property: 'DTSTART' });
  if (!title || !startProperty) return undefined;
  const start = readTime(startProperty);
  if ('bad' in start) {
    report('ics-bad-start', lineOf('DTSTART'), 'DTSTART', { value: start.bad });
    return undefined;
  }
  if ('unknownTzid' in start) {
    report('ics-unknown-tzid', lineOf('DTSTART'), 'DTSTART', { tzid: start.unknownTzid });
    return undefined;
  }
  noteZone(start, calendar, lineOf('DTSTART'));

  const allDay = start.time.date;
  const timeZone = start.zone?.zone ?? zones.fallback;
  const instantOf = (read: ReadTime) =>
    read.time.date ? zonedToEpoch(read.time, timeZone) : zones.instant(read.time, read.zone);
  const dateOf = (read: ReadTime) => {
    if (read.time.date) return dateText(read.time);
    const { year, month, day } = zonedParts(instantOf(read), timeZone);
    return dateText({ ...read.time, year, month, day });
  };
  /** A time in the event's own form: a date for all-day events, else a date-time with the zone's offset. */
  const feedValue = (read: ReadTime) => (allDay ? dateOf(read) : formatInZone(instantOf(read), timeZone));

  const input: Record<string, unknown> = { ...structuredClone(calendar.defaults ?? {}) };
  if (calendar.network !== undefined) input.network = calendar.network;
  input.title = clip(title, LIMITS.title, 'SUMMARY');
  input.timeZone = timeZone;
  input.allDay = allDay;
  input.start = feedValue(start);

  const end = endOf(component, start, { readTime, instantOf, feedValue, format: (instant) => formatInZone(instant, timeZone) }, (value) => {
    const property = component.hasProperty('dtend') ? 'DTEND' : 'DURATION';
    report('ics-bad-value', lineOf(property), property, { property, value });
  });
  if (end !== undefined) input.end = end;

  const rule = ruleOf(lines.get('RRULE') ?? [], (time) => zones.instant(time, time.utc ? undefined : start.zone), calendar.report);
  if (rule) {
    const exceptions = component.getAllProperties('exdate').flatMap((property) =>
      property.toJSON().slice(3).flatMap((value: unknown) => {
        const read = readTime(property, value);
        if ('time' in read) return [read.time.date && !allDay ? dateText(read.time) : feedValue(read)];
        report('ics-bad-value', lineOf('EXDATE'), 'EXDATE', { property: 'EXDATE', value: 'bad' in read ? read.bad : read.unknownTzid });
        return [];
      }),
    );
    input.recurrence = { rule, ...(exceptions.length ? { exceptions } : {}) };
  }
  // EXDATE without any RRULE has nothing to remove (with an unsupported one, that rule's warning says enough).
  for (const property of ['RDATE', 'EXRULE', ...(lines.has('RRULE') ? [] : ['EXDATE'])]) {
    if (lines.has(property)) report('ics-ignored', lineOf(property), property, { property });
  }

  const description = descriptionOf(component);
  if (description) input.description = clip(description, LIMITS.description, 'DESCRIPTION');

  const location: Record<string, unknown> = { ...(input.location as object | undefined) };
  const place = textOf('location')?.replace(/\s*(?:\r\n|\n|\r)+\s*/g, ', ').replace(/\s+/g, ' ').trim();
  if (place) location.name = clip(place, LIMITS.location, 'LOCATION');
  const geo = lines.get('GEO')?.[0];
  const position = geo && /^([+-]?\d{1,3}(?:\.\d+)?)[;,]([+-]?\d{1,3}(?:\.\d+)?)$/.exec(valueOf(geo));
  const [lat, lng] = [Number(position?.[1]), Number(position?.[2])];
  const located = Boolean(position) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  if (located) Object.assign(location, { lat, lng });
  else if (geo) report('ics-bad-value', geo.line, 'GEO', { property: 'GEO', value: valueOf(geo) });
  if (Object.keys(location).length) input.location = location;

  const link = linkOf(component, lineOf, report);
  if (link) input.onlineUrl = link;
  // Where and how people attend, from what the event gives, unless the source says it for all.
  if (calendar.defaults?.attendance === undefined && (place || located || link)) {
    input.attendance = (place || located) && link ? 'mixed' : link ? 'online' : 'in-person';
  }

  const topics = [
    ...new Set(
      component
        .getAllProperties('categories')
        .flatMap((property) => property.getValues())
        .map((topic) => String(topic).trim())
        .filter(Boolean)
        .map((topic) => clip(topic, LIMITS.topic, 'CATEGORIES')),
    ),
  ];
  if (topics.length) input.topics = topics;

  const status = textOf('status')?.trim().toUpperCase();
  if (status === 'CANCELLED') input.status = 'cancelled';
  else if (status && status !== 'CONFIRMED' && status !== 'TENTATIVE') {
    report('ics-bad-value', lineOf('STATUS'), 'STATUS', { property: 'STATUS', value: status });
  }

  const modifiedProperty = component.getFirstProperty('last-modified');
  if (modifiedProperty) {
    const modified = readTime(modifiedProperty);
    if ('time' in modified && !modified.time.date) input.updatedAt = formatInZone(instantOf(modified), timeZone);
    else report('ics-bad-value', lineOf('LAST-MODIFIED'), 'LAST-MODIFIED', { property: 'LAST-MODIFIED', value: String(modifiedProperty.toJSON()[3]) });
  }

  let recurrenceId: RecurrenceId | undefined;
  const recurrenceProperty = component.getFirstProperty('recurrence-id');
  if (recurrenceProperty) {
    const read = readTime(recurrenceProperty);
    if ('time' in read) {
      const key = String(recurrenceProperty.toJSON()[3]).replace(/[-:]/g, '');
      recurrenceId = { time: read.time, instant: instantOf(read), key };
      const previous = feedValue(read);
      if (previous !== input.start && input.status !== 'cancelled') Object.assign(input, { status: 'rescheduled', previousStart: previous });
    } else {
      report('ics-bad-value', lineOf('RECURRENCE-ID'), 'RECURRENCE-ID', { property: 'RECURRENCE-ID', value: 'bad' in read ? read.bad : read.unknownTzid });
    }
  }

  return { line: block.line, ...(uid ? { uid } : {}), ...(recurrenceId ? { recurrenceId } : {}), input, lineOf };
}

/** Warns once per TZID whose events are placed in the calendar's zone for want of an IANA name. */
function noteZone({ zone, tzid }: ReadTime, calendar: CalendarContext, line: number): void {
  if (zone?.kind !== 'defined' || !zone.assumed || tzid === undefined || calendar.warned.has(tzid)) return;
  calendar.warned.add(tzid);
  calendar.report('ics-zone-assumed', line, 'DTSTART', { tzid, zone: zone.zone });
}

interface TimeReading {
  readonly readTime: (property: ICAL.Property) => TimeOrProblem;
  readonly instantOf: (read: ReadTime) => number;
  readonly feedValue: (read: ReadTime) => string;
  readonly format: (instant: number) => string;
}

const DURATION = /^\+?P(?:\d+W|(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

/** DTEND, else DTSTART + DURATION, in the form of the start; undefined when absent or unusable (reported). */
function endOf(component: ICAL.Component, start: ReadTime, { readTime, instantOf, feedValue, format }: TimeReading, bad: (value: string) => void): string | undefined {
  const endProperty = component.getFirstProperty('dtend');
  if (endProperty) {
    const end = readTime(endProperty);
    if (!('time' in end)) return void bad('bad' in end ? end.bad : end.unknownTzid);
    if (end.time.date !== start.time.date || instantOf(end) < instantOf(start)) return void bad(String(endProperty.toJSON()[3]));
    const value = feedValue(end);
    // An all-day DTEND equal to DTSTART means one day, the default.
    return start.time.date && value === feedValue(start) ? undefined : value;
  }
  const duration: unknown = component.getFirstProperty('duration')?.toJSON()[3];
  if (duration === undefined) return undefined;
  if (typeof duration !== 'string' || duration === 'P' || !DURATION.test(duration)) return void bad(String(duration));
  const seconds = ICAL.Duration.fromString(duration).toSeconds();
  if (!start.time.date) return format(instantOf(start) + seconds * 1000);
  // All-day events last whole days: P1D, P2W.
  const days = Math.max(1, Math.round(seconds / 86_400));
  const { year, month, day } = start.time;
  return dateText({ ...start.time, ...utcParts(Date.UTC(year, month - 1, day + days)) });
}

function utcParts(epochMs: number) {
  const date = new Date(epochMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** DESCRIPTION as plain text (Google's HTML turned into the feed's Markdown subset), else Outlook's HTML X-ALT-DESC. */
function descriptionOf(component: ICAL.Component): string | undefined {
  const description: unknown = component.getFirstPropertyValue('description');
  if (typeof description === 'string' && description.trim()) {
    return looksLikeHtml(description) ? htmlToText(description) : tidyText(description);
  }
  const alternative = component.getAllProperties('x-alt-desc').find((property) => /html/i.test(String(property.getParameter('fmttype'))));
  const html: unknown = alternative?.getFirstValue();
  return typeof html === 'string' && html.trim() ? htmlToText(html) || undefined : undefined;
}

/** URL when it is an http(s) link, else Google Meet's X-GOOGLE-CONFERENCE. */
function linkOf(component: ICAL.Component, lineOf: (property: string) => number, report: Report): string | undefined {
  for (const property of ['URL', 'X-GOOGLE-CONFERENCE']) {
    const value: unknown = component.getFirstPropertyValue(property.toLowerCase());
    if (typeof value !== 'string' || !value.trim()) continue;
    if (HttpUrl.safeParse(value.trim()).success) return value.trim();
    report('ics-bad-value', lineOf(property), property, { property, value: value.trim() });
  }
  return undefined;
}
