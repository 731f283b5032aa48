/**
 * RFC 5545 RRULE values, parsed and checked: the subset docs/recurrence.md lists. The schema checks a
 * feed's rules with this parser and expansion reads the rules it returns, so a rule the SDK cannot
 * expand is reported when the feed is read.
 */
import type { CalendarDay } from './time.js';

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

