import { expandEvent, type Occurrence } from './recurrence.js';
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

/**
 * The occurrence of one event to count down to at `now` (epoch ms): the next one not yet ended (within
 * two years), else its last one. Its key is the event's id: it stands for the event, not for one date.
 */
export function occurrenceAt(event: GovEvent, now: number): EventOccurrence | undefined {
  const next = expandEvent(event, { from: now, to: now + YEARS_AHEAD }).occurrences[0];
  // A single event is found whenever it was; a series' last date is looked for in the recent past only.
  const since = event.recurrence ? now - YEARS_AHEAD : -8.64e15;
  const chosen = next ?? expandEvent(event, { from: since, to: now }).occurrences.at(-1);
  // Keyed by the event's id (as a single event's occurrence is), whether or not it recurs.
  return chosen && { ...occurrenceOf(event, chosen, false), recurring: event.recurrence !== undefined };
}
