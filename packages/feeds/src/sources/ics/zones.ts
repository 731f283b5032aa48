/**
 * iCalendar times to instants. An IANA TZID is computed with the runtime's zone database (the SDK's
 * zonedToEpoch), as calendar apps do for zone names they know, so a start and the occurrences the SDK
 * expands on that zone's wall clock agree. Any other TZID (Outlook's "Pacific SA Standard Time", a custom
 * "GMT-3") is computed from the file's own VTIMEZONE with ical.js, and the event is placed in an IANA zone:
 * the Windows name's, else the calendar's.
 */
import { isTimeZone, zonedToEpoch } from '@govtech-network/sdk';
import ICAL from 'ical.js';
import { WINDOWS_ZONES } from './windows-zones.js';

/** A DATE or DATE-TIME value as written. */
export interface IcsTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** VALUE=DATE. */
  readonly date: boolean;
  /** Written with Z. */
  readonly utc: boolean;
}

/** What a TZID stands for. */
export type Zone =
  /** An IANA name (perhaps inside a path such as /mozilla.org/…/America/Santiago); a VTIMEZONE of the same name is not read. */
  | { readonly kind: 'iana'; readonly zone: string }
  /** A VTIMEZONE whose name is not IANA: instants from it; `assumed` when `zone` is the calendar's, not the name's. */
  | { readonly kind: 'defined'; readonly zone: string; readonly definition: ICAL.Timezone; readonly assumed: boolean };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/;

/** A jCal date or date-time string (ical.js writes `2024-04-18T17:00:00Z`), or undefined if it is not a real one. */
export function icsTime(value: unknown): IcsTime | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const check = new Date(Date.UTC(year!, month! - 1, day!));
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour > 23 || minute > 59 || second > 60) return undefined;
  // A leap second (60) is read as the second before it, as calendar apps do.
  return { year: year!, month: month!, day: day!, hour, minute, second: Math.min(second, 59), date: match.length === 4, utc: match[7] === 'Z' };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function dateText({ year, month, day }: IcsTime): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The IANA zone a TZID names, if it names one. */
function ianaName(tzid: string): string | undefined {
  if (isTimeZone(tzid)) return tzid;
  // Old Mozilla and Evolution exports prefix the name with a path.
  const segments = tzid.split('/');
  for (let count = Math.min(3, segments.length - 1); count >= 2; count--) {
    const name = segments.slice(-count).join('/');
    if (isTimeZone(name)) return name;
  }
  return undefined;
}

/** The zones of one calendar: its VTIMEZONE definitions and the zone of its floating and UTC times. */
export class CalendarZones {
  constructor(
    private readonly definitions: ReadonlyMap<string, ICAL.Timezone>,
    /** X-WR-TIMEZONE when it is an IANA zone, else the source's `timeZone`. */
    readonly fallback: string,
  ) {}

  /** What a TZID stands for; undefined when it is no IANA name, no Windows name, and has no VTIMEZONE. */
  resolve(tzid: string): Zone | undefined {
    const iana = ianaName(tzid);
    if (iana) return { kind: 'iana', zone: iana };
    const definition = this.definitions.get(tzid);
    const windows = WINDOWS_ZONES[tzid];
    if (definition) return { kind: 'defined', zone: windows ?? this.fallback, definition, assumed: !windows };
    return windows ? { kind: 'iana', zone: windows } : undefined;
  }

  /** The instant a date-time stands for: UTC, on a zone's clock, or floating (the calendar's zone). */
  instant(time: IcsTime, zone: Zone | undefined): number {
    if (time.utc) return wallAsUtc(time);
    if (zone?.kind === 'defined') return definedInstant(time, zone.definition);
    return zonedToEpoch(time, zone?.zone ?? this.fallback);
  }
}

function wallAsUtc(time: IcsTime): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

function definedInstant(time: IcsTime, definition: ICAL.Timezone): number {
  const local = ICAL.Time.fromData({ ...time, isDate: false });
  return wallAsUtc(time) - definition.utcOffset(local) * 1000;
}

/** A VTIMEZONE component with at least one STANDARD or DAYLIGHT observance, as ical.js reads it. */
export function timezoneOf(component: ICAL.Component): ICAL.Timezone | undefined {
  const observances = component.getAllSubcomponents('standard').length + component.getAllSubcomponents('daylight').length;
  const tzid = component.getFirstPropertyValue('tzid');
  return observances > 0 && typeof tzid === 'string' && tzid ? new ICAL.Timezone(component) : undefined;
}
