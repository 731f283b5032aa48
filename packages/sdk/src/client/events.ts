/**
 * The event queries: list (a range), get (one event by id), next (the first occurrence from now) and
 * all (every event, as stored: what a hub merging feeds reads). The events path (schema, recurrence,
 * occurrences: events-feed.ts) loads on first use, as labs.ts and streams.ts load theirs: a page showing
 * only labs or streams never downloads it.
 */
import type { EventFilter } from '../event-filter.js';
import type { EventOccurrence } from '../occurrences.js';
import type { FeedItemResult, FeedResult } from '../result.js';
import type { EventKindName, GovEvent } from '../schema/event.js';
import type { ClientContext } from './options.js';
import { Reading } from './reading.js';

export type DateInput = Date | number | string;

export interface EventListQuery extends EventFilter {
  /** Range start (inclusive); default now. */
  from?: DateInput;
  /** Range end (exclusive); default one year after `from`. */
  to?: DateInput;
  signal?: AbortSignal;
}

export interface EventNextQuery extends Omit<EventFilter, 'kinds'> {
  kind?: EventKindName;
  /** How far ahead to look; default two years. */
  horizonDays?: number;
  signal?: AbortSignal;
}

/**
 * `list`, `get` and `next` read what they can: a shard that fails is listed in the result's `missing`
 * (with the instants it covers) and the query answers from the others; they fail only when no file they
 * needed could be read (the manifest, or every shard of the range; for `next`, of one of its 90-day looks).
 */
export interface EventQueries {
  list(query?: EventListQuery): Promise<FeedResult<EventOccurrence>>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<FeedItemResult<GovEvent>>;
  next(query?: EventNextQuery): Promise<FeedItemResult<EventOccurrence>>;
  /**
   * One event's occurrence to count down to at `at` (default now): its next one not yet ended (within two
   * years), else its last one, as `occurrenceAt` finds it; keyed by the event's id. What a countdown to a
   * given event shows. The RRULE engine loads only when the feed has a recurring event.
   */
  occurrence(id: string, options?: { at?: DateInput; signal?: AbortSignal }): Promise<FeedItemResult<EventOccurrence>>;
  /**
   * Every event of the feed, each once and unexpanded: events.json, or every shard when there is none.
   * Unlike the other queries it fails when any shard fails (it promises every event).
   */
  all(options?: { signal?: AbortSignal }): Promise<FeedResult<GovEvent>>;
}

export function eventQueries(context: ClientContext): EventQueries {
  // Each query reads the clock when it is called, then runs in the events path.
  return {
    async list(query = {}) {
      const reading = new Reading(context, query.signal);
      const now = context.clock.now();
      const { listEvents } = await eventsPath(reading);
      return listEvents(reading, now, query);
    },
    async get(id, { signal } = {}) {
      const reading = new Reading(context, signal);
      const { getEvent } = await eventsPath(reading);
      return getEvent(reading, id);
    },
    async next(query = {}) {
      const reading = new Reading(context, query.signal);
      const now = context.clock.now();
      const { nextEvent } = await eventsPath(reading);
      return nextEvent(reading, now, query);
    },
    async occurrence(id, { at, signal } = {}) {
      const reading = new Reading(context, signal);
      const now = context.clock.now();
      const { eventOccurrenceAt } = await eventsPath(reading);
      return eventOccurrenceAt(reading, id, now, at);
    },
    async all({ signal } = {}) {
      const reading = new Reading(context, signal);
      const { allEventsOf } = await eventsPath(reading);
      return allEventsOf(reading);
    },
  };
}

/**
 * The events path (the first query loads it, the module cache keeps it), fetched while the manifest is
 * read, as labs.ts and streams.ts do: loading it lazily adds no round trip before the feed's requests.
 */
async function eventsPath(reading: Reading) {
  const [path] = await Promise.all([import('../events-feed.js'), reading.feed('events')]);
  return path;
}
