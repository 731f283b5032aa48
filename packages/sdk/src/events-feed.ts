/**
 * The events path of the client (client/events.ts loads it on the first event query, so a page showing
 * only labs or streams never downloads it): the event queries themselves, the event files and their
 * occurrences.
 */
import type * as z from 'zod/v4/mini';
import { eventMatcher, type EventFilter } from './event-filter.js';
import { singleExpansion } from './event-span.js';
import { occurrenceAtWith, occurrenceOf, type EventOccurrence, type Expand } from './occurrences.js';
import type * as Recurrence from './recurrence.js';
import type { FeedItemResult, FeedResult } from './result.js';
import type { GovEvent } from './schema/event.js';
import { eventSchemas } from './schema/event-schema.js';
import type { EventShard } from './schema/manifest.js';
import { DAY_MS, HOUR_MS } from './time.js';
import { isFeedError } from './errors.js';
import { validateCollection, type Validated } from './validate.js';
import type { DateInput, EventListQuery, EventNextQuery } from './client/events.js';
import type { Reading } from './client/reading.js';

// The queries' `signal` is already the reading's (client/events.ts): it is left out of their filters.

/** `list`: the occurrences in [from, to) (default: from now, for a year). */
export async function listEvents(
  reading: Reading,
  now: number,
  { from, to, signal: _, ...filter }: EventListQuery,
): Promise<FeedResult<EventOccurrence>> {
  const start = from === undefined ? now : toEpoch(from, 'from');
  const end = to === undefined ? start + 365 * DAY_MS : toEpoch(to, 'to');
  const files = await eventFiles(reading, start, end);
  return reading.result(occurrencesIn(files, start, end, filter, reading));
}

/** `get`: one event by id; in a sharded feed, looked for near `near` first (findEvent), by default the client's now. */
export async function getEvent(reading: Reading, id: string, near = reading.context.clock.now()): Promise<FeedItemResult<GovEvent>> {
  const found = await findEvent(reading, id, near);
  // Found, nothing missing matters: a shard that failed could only have held the same event again.
  return reading.itemResult(found, found ? [] : reading.missing);
}

/** `next`: the first occurrence from now within the horizon (default two years). */
export async function nextEvent(
  reading: Reading,
  now: number,
  { kind, horizonDays = 730, signal: _, ...filter }: EventNextQuery,
): Promise<FeedItemResult<EventOccurrence>> {
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
}

/** `occurrence`: one event's occurrence to count down to at `at` (default now), as the SDK's `occurrenceAt`. */
export async function eventOccurrenceAt(
  reading: Reading,
  id: string,
  now: number,
  at?: DateInput,
): Promise<FeedItemResult<EventOccurrence>> {
  const time = at === undefined ? now : toEpoch(at, 'at');
  const found = await getEvent(reading, id, time);
  return { ...found, item: found.item && occurrenceAtWith(expand, found.item, time) };
}

/** `all`: every event, each once and unexpanded. */
export async function allEventsOf(reading: Reading): Promise<FeedResult<GovEvent>> {
  const events = await allEvents(reading);
  // "Every event" or an error: a hub merging feeds must not publish one with a month left out.
  if (reading.missing[0]) throw reading.missing[0].error;
  return reading.result(events);
}

function toEpoch(value: DateInput, name: string): number {
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError(`${name} is not a valid date: ${String(value)}`);
  return time;
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

type EventShardEntry = z.infer<typeof EventShard>;

/**
 * The RRULE engine (recurrence.ts, with its parser), loaded with the first events file that has a series,
 * before that file is validated: the parser checks each rule, and the queries expand series with the
 * engine. A page whose events are all single (most months of most feeds) never downloads it.
 */
let engine: typeof Recurrence | undefined;

/** The events of a file, their rules checked by the engine's parser (there whenever a file has a series). */
const { Event } = eventSchemas((rule) => engine!.parseRRule(rule));

/** Loads the engine when one of a file's items, not yet validated, has a `recurrence`. */
async function engineFor(body: unknown): Promise<void> {
  const items = (body as { events?: unknown } | null)?.events;
  const series = Array.isArray(items) && items.some((item) => (item as { recurrence?: unknown } | null)?.recurrence !== undefined);
  if (series && !engine) engine = await import('./recurrence.js');
}

/**
 * One event's occurrences over a range: a single event's own, a series' from the engine (there since its
 * file was read: the file's series made engineFor load it before the rules were checked).
 */
const expand: Expand = (event, range) => (event.recurrence ? engine!.expandEvent(event, range) : singleExpansion(event, range));

/** Exported for the benchmarks: what the client does with each events file it downloads. */
export async function parseEventFile(body: unknown, url: string, maxItems?: number): Promise<EventFile> {
  await engineFor(body);
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
  const shards = overlapping(feed.shards, from, to);
  const files = await shardFiles(reading, shards);
  if (shards.length && !files.length) throw reading.missing.at(-1)!.error;
  return files;
}

/** The shards whose range overlaps [from, to). */
function overlapping<S extends EventShardEntry>(shards: readonly S[], from: number, to: number): S[] {
  return shards.filter((shard) => Date.parse(shard.from) < to && Date.parse(shard.to) > from);
}

/** The files of these shards, read together; one that cannot be read is listed in the reading's `missing`. */
async function shardFiles(reading: Reading, shards: readonly EventShardEntry[]): Promise<EventFile[]> {
  const files = await Promise.all(
    shards.map((shard) =>
      // An abort rejects with the signal's reason, not a FeedError: it still ends the query.
      reading.load(reading.resolve(shard.url), parseEventFile).catch((error: unknown) => {
        if (!isFeedError(error)) throw error;
        reading.missing.push({ ...shard, feed: 'events', url: error.url, error });
      }),
    ),
  );
  return files.filter(Boolean) as EventFile[];
}

/**
 * One event by id. In a sharded feed the shard of `near` is read first, then those of the 90 days from
 * it, then the others, each only while the event is not found: a countdown's event is usually in the
 * month it counts down in, so its page reads one shard instead of every shard of the feed (and loads the
 * RRULE engine only when what it read has a series). Fails only when no shard at all could be read.
 */
async function findEvent(reading: Reading, id: string, near: number): Promise<GovEvent | undefined> {
  const feed = await reading.feed('events');
  const inFiles = (files: EventFile[]) => files.flatMap((file) => file.items).find((event) => event.id === id);
  if (!feed.shards) return inFiles([await reading.load(reading.resolve(feed.url as string), parseEventFile)]);
  const unread = new Set(feed.shards);
  let read = 0;
  for (const [from, to] of [[near, near + 1], [near, near + 90 * DAY_MS], [-Infinity, Infinity]] as const) {
    const shards = overlapping([...unread], from, to);
    shards.forEach((shard) => unread.delete(shard));
    const files = await shardFiles(reading, shards);
    read += files.length;
    const found = inFiles(files);
    if (found) return found;
  }
  if (feed.shards.length && !read) throw reading.missing.at(-1)!.error;
  return undefined;
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

/**
 * The occurrences of one event in range. Its rule was checked, with the parser that expands it, when its
 * file was read (an event whose rule cannot be expanded is dropped then, with a warning): only a bound of
 * the expansion is left to report.
 */
function expandInto(event: GovEvent, url: string, from: number, to: number, reading: Reading): EventOccurrence[] {
  const { occurrences, truncated } = expand(event, { from, to });
  if (truncated) {
    const message = 'the rule produces too many occurrences; only the first ones are shown';
    reading.warnings.push({ feed: 'events', url, index: undefined, id: event.id, path: 'recurrence', message });
  }
  return occurrences.map((span) => occurrenceOf(event, span, event.recurrence !== undefined));
}

