/**
 * Front-matter dates to feed dates, with the SDK's time helpers (no zone code of our own).
 *
 * Decap (and Netlify CMS) write datetimes in UTC (`2022-02-23T20:00:00.000Z`), and a date-only field is
 * either a bare `YYYY-MM-DD` or the picked day's midnight shifted to UTC (decap-cms issues 7319 and 3640).
 * A source says which its fields mean (`dates`), and in which IANA zone its events happen (`timeZone`):
 *
 * - `datetime`: an instant with `Z` or an offset is written again with the event zone's own offset
 *   (20:00Z on 2022-02-23 in America/Santiago → `2022-02-23T17:00:00-03:00`); a wall time without offset
 *   is read in the event zone; a bare date makes an all-day event.
 * - `date-only`: the calendar day the editor meant. A bare date or a wall time is taken as written. An
 *   instant at exactly 00:00:00.000Z is a date stored as UTC midnight: its UTC date is the day (reading it
 *   in an American zone would give the day before, issue 3640). Any other instant is read in the event
 *   zone (a local midnight saved as 06:00Z in Guatemala stays on its day, and so does a save time such as
 *   the Mesa's `2022-04-26T14:30:48.928Z`).
 */
import { zonedParts, zonedToEpoch } from '@govtech-network/sdk';

export type DateMode = 'date-only' | 'datetime';

/** A feed `start`/`end`: a calendar date for all-day events, else a date-time with offset. */
export interface FeedDate {
  readonly value: string;
  readonly allDay: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function calendarDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** An instant written with the offset `timeZone` has then: `2022-02-23T17:00:00-03:00`. */
export function formatInZone(epochMs: number, timeZone: string): string {
  const parts = zonedParts(epochMs, timeZone);
  // The offset is the wall clock read as UTC less the instant (whole seconds, as the wall clock has them):
  // what the SDK's offsetMinutes computes, from these same parts instead of a second Intl call, the
  // dearest step of reading 10,000 front-matter dates.
  const wallAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = (wallAsUtc - Math.floor(epochMs / 1000) * 1000) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${calendarDate(parts.year, parts.month, parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${zone}`;
}

/**
 * A front-matter value (string, or a Date if a YAML 1.1 schema made one) to a feed date, or undefined
 * when it cannot be read.
 */
export function toFeedDate(value: unknown, mode: DateMode, timeZone: string): FeedDate | undefined {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : value;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();

  const date = DATE.exec(trimmed);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return validDay(year, month, day) ? { value: calendarDate(year, month, day), allDay: true } : undefined;
  }

  const wall = WALL.exec(trimmed);
  if (wall) {
    const [year, month, day] = [Number(wall[1]), Number(wall[2]), Number(wall[3])];
    const [hour, minute, second] = [Number(wall[4]), Number(wall[5]), Number(wall[6] ?? 0)];
    if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
    if (mode === 'date-only') return { value: calendarDate(year, month, day), allDay: true };
    return { value: formatInZone(zonedToEpoch({ year, month, day, hour, minute, second }, timeZone), timeZone), allDay: false };
  }

  const instant = INSTANT.exec(trimmed);
  if (instant) {
    const [year, month, day] = [Number(instant[1]), Number(instant[2]), Number(instant[3])];
    if (!validDay(year, month, day)) return undefined;
    const offset = instant[7]!.toUpperCase();
    const normalized = `${trimmed.slice(0, instant[7] ? trimmed.length - instant[7].length : undefined).trim().replace(' ', 'T')}${
      offset === 'Z' ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset
    }`;
    const epoch = Date.parse(normalized);
    if (Number.isNaN(epoch)) return undefined;
    if (mode === 'datetime') return { value: formatInZone(epoch, timeZone), allDay: false };
    if (epoch % 86_400_000 === 0) {
      const utc = new Date(epoch);
      return { value: calendarDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()), allDay: true };
    }
    const parts = zonedParts(epoch, timeZone);
    return { value: calendarDate(parts.year, parts.month, parts.day), allDay: true };
  }
  return undefined;
}
