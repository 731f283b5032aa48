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
import { DAY_MS } from '../time.js';
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
   * Every event of the feed, each once and unexpanded: events.json, or every shard when there is none.
   * Unlike the other queries it fails when any shard fails (it promises every event).
   */
  all(options?: { signal?: AbortSignal }): Promise<FeedResult<GovEvent>>;
}

export function eventQueries(context: ClientContext): EventQueries {
  return {
    async list({ from, to, signal, ...filter } = {}) {
      const reading = new Reading(context, signal);
      const start = from === undefined ? context.clock.now() : toEpoch(from, 'from');
      const end = to === undefined ? start + 365 * DAY_MS : toEpoch(to, 'to');
      const { eventFiles, occurrencesIn } = await eventsPath();
      const files = await eventFiles(reading, start, end);
      return reading.result(occurrencesIn(files, start, end, filter, reading));
    },
    async get(id, { signal } = {}) {
      const reading = new Reading(context, signal);
      const { allEvents } = await eventsPath();
      const found = (await allEvents(reading)).find((event) => event.id === id);
      // Found, nothing missing matters: a shard that failed could only have held the same event again.
      return reading.itemResult(found, found ? [] : reading.missing);
    },
    async next({ kind, horizonDays = 730, signal, ...filter } = {}) {
      const reading = new Reading(context, signal);
      const now = context.clock.now();
      const horizon = now + horizonDays * DAY_MS;
      const { eventFiles, occurrencesIn } = await eventsPath();
      // Look a window at a time so a sharded feed is read only as far as needed.
      for (let from = now; from < horizon; from += 90 * DAY_MS) {
        const to = Math.min(from + 90 * DAY_MS, horizon);
        const files = await eventFiles(reading, from, to);
        const [found] = occurrencesIn(files, from, to, { ...filter, kinds: kind ? [kind] : undefined }, reading);
        // A file that failed but covers only later instants could not have held an earlier occurrence.
        if (found) return reading.itemResult(found, reading.missing.filter((file) => Date.parse(file.from!) < +found.start));
      }
      return reading.itemResult<EventOccurrence>(undefined);
    },
    async all({ signal } = {}) {
      const reading = new Reading(context, signal);
      const { allEvents } = await eventsPath();
      const events = await allEvents(reading);
      // "Every event" or an error: a hub merging feeds must not publish one with a month left out.
      if (reading.missing[0]) throw reading.missing[0].error;
      return reading.result(events);
    },
  };
}

/** The events path, loaded once on the first event query (the module cache keeps it). */
const eventsPath = () => import('../events-feed.js');

function toEpoch(value: DateInput, name: string): number {
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError(`${name} is not a valid date: ${String(value)}`);
  return time;
}
