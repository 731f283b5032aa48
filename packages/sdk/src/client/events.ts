/**
 * The event queries: list (a range), get (one event by id), next (the first occurrence from now) and
 * all (every event, as stored: what a hub merging feeds reads).
 */
import { eventMatcher, type EventFilter } from '../event-filter.js';
import { occurrenceOf, type EventOccurrence } from '../occurrences.js';
import { expandEvent } from '../recurrence.js';
import type { FeedItemResult, FeedResult, FeedWarning } from '../result.js';
import { RecurrenceError } from '../rrule.js';
import { Event, type EventKindName, type GovEvent } from '../schema/event.js';
import { DAY_MS, HOUR_MS } from '../time.js';
import { isFeedError } from '../errors.js';
import { validateCollection, type Validated } from '../validate.js';
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

/**
 * Events of one file, validated once when fetched, with where each non-recurring event lies worked out
 * then too: a range query over thousands of events then compares numbers instead of redoing zoned-time
 * arithmetic for each.
 */
export interface EventFile extends Validated<GovEvent> {
  readonly url: string;
  /**
   * Start and end (epoch ms) of `items[i]` at `2i` and `2i + 1`, unused for recurring events. Exact for
   * timed events. For all-day ones, bounds a day or more outside their dates (no zone is a day from UTC):
   * their instants need the zone's offsets, so only the few a query's range comes near are expanded. A
   * flat array: a Map of span objects took some 100 bytes an event, this takes 16.
   */
  readonly spans: Float64Array;
}

export function eventQueries(context: ClientContext): EventQueries {
  return {
    async list({ from, to, signal, ...filter } = {}) {
      const reading = new Reading(context, signal);
      const start = from === undefined ? context.clock.now() : toEpoch(from, 'from');
      const end = to === undefined ? start + 365 * DAY_MS : toEpoch(to, 'to');
      const files = await eventFiles(reading, start, end);
      return reading.result(occurrencesIn(files, start, end, filter, reading));
    },
    async get(id, { signal } = {}) {
      const reading = new Reading(context, signal);
      const found = (await allEvents(reading)).find((event) => event.id === id);
      // Found, nothing missing matters: a shard that failed could only have held the same event again.
      return reading.itemResult(found, found ? [] : reading.missing);
    },
    async next({ kind, horizonDays = 730, signal, ...filter } = {}) {
      const reading = new Reading(context, signal);
      const now = context.clock.now();
      const horizon = now + horizonDays * DAY_MS;
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
      const events = await allEvents(reading);
      // "Every event" or an error: a hub merging feeds must not publish one with a month left out.
      if (reading.missing[0]) throw reading.missing[0].error;
      return reading.result(events);
    },
  };
}

/** Exported for the benchmarks: what the client does with each events file it downloads. */
export async function parseEventFile(body: unknown, url: string, maxItems?: number): Promise<EventFile> {
  const { items, warnings } = await validateCollection('events', Event, body, url, maxItems);
  const spans = new Float64Array(
    items.flatMap(({ start, end, allDay }) => {
      const from = Date.parse(start);
      // NaN (a date such as 2026-13-01, which zoned arithmetic rolls over) must not filter the event out.
      if (allDay) return [from - DAY_MS || -Infinity, Date.parse(end ?? start) + 2 * DAY_MS || Infinity];
      return [from, end ? Date.parse(end) : from + HOUR_MS];
    }),
  );
  return { items, warnings, url, spans };
}

/**
 * The event files that cover [from, to): the overlapping shards when the feed is sharded. A shard that
 * cannot be read is left out and listed in the reading's `missing` with the instants it covers; when no
 * shard could be read, that is the query's error.
 */
async function eventFiles(reading: Reading, from: number, to: number): Promise<EventFile[]> {
  const feed = await reading.feed('events');
  if (!feed.shards) return [await reading.load(reading.resolve(feed.url as string), parseEventFile)];
  const shards = feed.shards.filter((shard) => Date.parse(shard.from) < to && Date.parse(shard.to) > from);
  const files = (
    await Promise.all(
      shards.map((shard) =>
        // An abort rejects with the signal's reason, not a FeedError: it still ends the query.
        reading.load(reading.resolve(shard.url), parseEventFile).catch((error: unknown) => {
          if (!isFeedError(error)) throw error;
          reading.missing.push({ ...shard, feed: 'events', url: error.url, error });
        }),
      ),
    )
  ).filter(Boolean) as EventFile[];
  if (shards.length && !files.length) throw reading.missing.at(-1)!.error;
  return files;
}

async function allEvents(reading: Reading): Promise<GovEvent[]> {
  const feed = await reading.feed('events');
  const files = feed.url
    ? [await reading.load(reading.resolve(feed.url), parseEventFile)]
    : await eventFiles(reading, -Infinity, Infinity);
  // A series spanning several months is in each of their shards: keep it once.
  const byId = new Map<string, GovEvent>();
  for (const event of files.flatMap((file) => file.items)) if (!byId.has(event.id)) byId.set(event.id, event);
  return [...byId.values()];
}

function occurrencesIn(files: EventFile[], from: number, to: number, filter: EventFilter, reading: Reading) {
  const matches = eventMatcher(filter);
  const seen = new Set<string>();
  const occurrences: EventOccurrence[] = [];
  for (const { items, spans, url } of files) {
    items.forEach((event, index) => {
      if (seen.has(event.id)) return; // the same event in several shards
      seen.add(event.id);
      const start = spans[2 * index]!;
      const end = spans[2 * index + 1]!;
      // An instant (end = start) overlaps a range it lies in, as in expandEvent.
      if (!event.recurrence && !(start < to && (end > from || start >= from))) return;
      if (!matches(event)) return;
      occurrences.push(
        ...(event.recurrence || event.allDay
          ? expandInto(event, url, from, to, reading)
          : [occurrenceOf(event, { start, end }, false)]),
      );
    });
  }
  return occurrences.sort((a, b) => +a.start - +b.start || a.event.title.localeCompare(b.event.title));
}

/** The occurrences of one event in range; a rule that cannot be expanded is a warning, not an error. */
function expandInto(event: GovEvent, url: string, from: number, to: number, reading: Reading): EventOccurrence[] {
  try {
    const { occurrences, truncated } = expandEvent(event, { from, to });
    if (truncated) {
      reading.warnings.push(
        warningFor(event, url, 'recurrence', 'the rule produces too many occurrences; only the first ones are shown'),
      );
    }
    return occurrences.map((span) => occurrenceOf(event, span, event.recurrence !== undefined));
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
    reading.warnings.push(warningFor(event, url, 'recurrence.rule', error.message));
    return [];
  }
}

function warningFor(event: GovEvent, url: string, path: string, message: string): FeedWarning {
  return { feed: 'events', url, index: undefined, id: event.id, path, message };
}

function toEpoch(value: DateInput, name: string): number {
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError(`${name} is not a valid date: ${String(value)}`);
  return time;
}
