import type { Expansion, Occurrence } from './event-span.js';
import type { GovEvent } from './schema/event.js';
import { DAY_MS } from './time.js';

/** One occurrence of an event: a non-recurring event has one; a recurring one, one per date in range. */
export interface EventOccurrence {
  /** Unique per occurrence: the event id, plus `@` and the start instant for recurring events. */
  readonly key: string;
  readonly event: GovEvent;
  readonly start: Date;
  /** Exclusive end. */
  readonly end: Date;
  readonly recurring: boolean;
}

/** An occurrence of a range query: its key tells the dates of a series apart. */
export function occurrenceOf(event: GovEvent, { start, end }: Occurrence, recurring: boolean): EventOccurrence {
  return {
    key: recurring ? `${event.id}@${new Date(start).toISOString()}` : event.id,
    event,
    start: new Date(start),
    end: new Date(end),
    recurring,
  };
}

const YEARS_AHEAD = 2 * 365 * DAY_MS;

/** Expands one event over a range: the RRULE engine's `expandEvent`, or the events path's (events-feed.ts). */
export type Expand = (event: GovEvent, range: { from: number; to: number }) => Expansion;

/**
 * `occurrenceAt` (recurrence.ts) with the expansion given: the next occurrence not yet ended (within two
 * years), else the last one, keyed by the event's id (it stands for the event, not for one date).
 */
export function occurrenceAtWith(expand: Expand, event: GovEvent, now: number): EventOccurrence | undefined {
  const next = expand(event, { from: now, to: now + YEARS_AHEAD }).occurrences[0];
  // A single event is found whenever it was; a series' last date is looked for in the recent past only.
  const since = event.recurrence ? now - YEARS_AHEAD : -8.64e15;
  const chosen = next ?? expand(event, { from: since, to: now }).occurrences.at(-1);
  // Keyed by the event's id (as a single event's occurrence is), whether or not it recurs.
  return chosen && { ...occurrenceOf(event, chosen, false), recurring: event.recurrence !== undefined };
}
