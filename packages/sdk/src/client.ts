import { clockWithNow, systemClock, type Clock, type NowSource } from './clock.js';
import { FeedError, feedErrors } from './errors.js';
import { eventMatcher, type EventFilter } from './event-filter.js';
import { defaultRetryPolicy, FeedLoader, type Loaded, type RetryPolicy } from './http.js';
import type { LabFacets, LabFilter } from './labs.js';
import type { StreamWithStatus } from './streams.js';
import { occurrenceOf, type EventOccurrence } from './occurrences.js';
import { expandEvent } from './recurrence.js';
import { RecurrenceError } from './rrule.js';
import type { FeedItemResult, FeedResult, FeedWarning } from './result.js';
import { Event, type EventKindName, type GovEvent } from './schema/event.js';
import type { GovLab } from './schema/lab.js';
import type { FeedManifest } from './schema/manifest.js';
import type { GovNetwork } from './schema/network.js';
import { validateCollection, validateManifest, type Validated } from './validate.js';

export interface ClientOptions {
  /** The feed folder (holding index.json), or the manifest's own URL. Relative URLs resolve against the page. */
  baseUrl: string | URL;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, until the whole body is read. Default 10 s. */
  timeoutMs?: number;
  /** Retries on network errors, 5xx and 429; a number sets only the limit. Default 2 retries. */
  retry?: number | Partial<RetryPolicy>;
  /** How long a file is reused without asking the server again. Default 5 minutes. */
  cacheTtlMs?: number;
  /** The client's notion of now (for `events.next`, stream status…). Default `Date.now`. */
  now?: NowSource;
  /** Advanced: a whole clock, for tests that also control waits (retries, timeouts). */
  clock?: Clock;
}

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

export type { EventOccurrence, StreamWithStatus };

export interface GovtechClient {
  readonly baseUrl: string;
  readonly clock: Clock;
  readonly events: {
    list(query?: EventListQuery): Promise<FeedResult<EventOccurrence>>;
    get(id: string, options?: { signal?: AbortSignal }): Promise<FeedItemResult<GovEvent>>;
    next(query?: EventNextQuery): Promise<FeedItemResult<EventOccurrence>>;
  };
  readonly labs: {
    list(filter?: LabFilter & { signal?: AbortSignal }): Promise<FeedResult<GovLab>>;
    facets(filter?: LabFilter & { signal?: AbortSignal }): Promise<LabFacets & { warnings: FeedWarning[]; stale: boolean }>;
  };
  readonly streams: {
    list(options?: { signal?: AbortSignal }): Promise<FeedResult<StreamWithStatus>>;
    get(id: string, options?: { signal?: AbortSignal }): Promise<FeedItemResult<StreamWithStatus>>;
  };
  readonly networks: {
    list(options?: { signal?: AbortSignal }): Promise<FeedResult<GovNetwork>>;
  };
  /** Server clock minus this client's clock, from the last response's `Date` header (0 when unknown). */
  serverClockOffsetMs(): number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Events of one file, validated once when fetched, with where each non-recurring event lies worked out
 * then too: a range query over thousands of events then compares numbers instead of redoing zoned-time
 * arithmetic for each.
 */
interface EventFile extends Validated<GovEvent> {
  readonly url: string;
  /**
   * Start and end (epoch ms) of `items[i]` at `2i` and `2i + 1`, unused for recurring events. Exact for
   * timed events. For all-day ones, bounds a day or more outside their dates (no zone is a day from UTC):
   * their instants need the zone's offsets, so only the few a query's range comes near are expanded. A
   * flat array: a Map of span objects took some 100 bytes an event, this takes 16.
   */
  readonly spans: Float64Array;
}

/** Creates a client for one feed. Clients are cheap, but each has its own cache: share one per feed. */
export function createClient(options: ClientOptions): GovtechClient {
  const clock = clockWithNow(options.clock ?? systemClock, options.now);
  const manifestUrl = resolveManifestUrl(options.baseUrl);
  const retry =
    typeof options.retry === 'number'
      ? { ...defaultRetryPolicy, limit: options.retry }
      : { ...defaultRetryPolicy, ...options.retry };
  const loader = new FeedLoader({
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    retry,
    cacheTtlMs: options.cacheTtlMs ?? 300_000,
    clock,
  });
  let serverOffset = 0;

  /** One query's reads: each file once, with the warnings and staleness of all of them. */
  class Reading {
    readonly warnings: FeedWarning[] = [];
    stale = false;
    readonly #files = new Map<string, Promise<unknown>>();
    constructor(readonly signal: AbortSignal | undefined) {}

    load<T extends { warnings: FeedWarning[] }>(url: string, parse: (body: unknown, url: string) => T): Promise<T> {
      let file = this.#files.get(url) as Promise<T> | undefined;
      if (!file) {
        file = loader.load(url, parse, this.signal).then((loaded: Loaded<T>) => {
          if (loaded.serverDate !== undefined) serverOffset = loaded.serverDate - clock.now();
          this.stale ||= loaded.stale;
          this.warnings.push(...loaded.value.warnings);
          return loaded.value;
        });
        this.#files.set(url, file);
      }
      return file;
    }

    manifest(): Promise<FeedManifest> {
      return this.load(manifestUrl, (body, url) => {
        const { manifest, warnings } = validateManifest(body, url);
        return { ...manifest, warnings };
      });
    }

    async feedUrl(feed: 'labs' | 'streams'): Promise<string> {
      const file = (await this.manifest()).feeds[feed];
      if (!file) throw feedErrors.notAFeed(manifestUrl, `the manifest lists no "${feed}" feed`);
      return new URL(file.url, manifestUrl).href;
    }

    /** The event files that cover [from, to): the overlapping shards when the feed is sharded. */
    async eventFiles(from: number, to: number): Promise<EventFile[]> {
      const feed = (await this.manifest()).feeds.events;
      if (!feed) throw feedErrors.notAFeed(manifestUrl, 'the manifest lists no "events" feed');
      const urls = feed.shards
        ? feed.shards.filter((shard) => Date.parse(shard.from) < to && Date.parse(shard.to) > from).map((s) => s.url)
        : [feed.url as string];
      return Promise.all(urls.map((url) => this.load(new URL(url, manifestUrl).href, parseEventFile)));
    }

    result<T>(items: T[]): FeedResult<T> {
      return { items, warnings: this.warnings, stale: this.stale };
    }
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

  async function allEvents(reading: Reading): Promise<GovEvent[]> {
    const feed = (await reading.manifest()).feeds.events;
    const files = feed?.url
      ? [await reading.load(new URL(feed.url, manifestUrl).href, parseEventFile)]
      : await reading.eventFiles(-Infinity, Infinity);
    return files.flatMap((file) => file.items);
  }

  async function labs(reading: Reading) {
    const [path, url] = await Promise.all([import('./labs-feed.js'), reading.feedUrl('labs')]);
    const { index } = await reading.load(url, path.parseLabsFile);
    return { ...path, index };
  }

  async function streamsWithStatus(reading: Reading): Promise<StreamWithStatus[]> {
    const [path, url] = await Promise.all([import('./streams-feed.js'), reading.feedUrl('streams')]);
    const file = await reading.load(url, path.parseStreamsFile);
    return path.streamsWithStatus(file.items, clock.now());
  }

  return {
    baseUrl: manifestUrl,
    clock,
    events: {
      async list({ from, to, signal, ...filter } = {}) {
        const reading = new Reading(signal);
        const start = from === undefined ? clock.now() : toEpoch(from, 'from');
        const end = to === undefined ? start + 365 * DAY : toEpoch(to, 'to');
        const files = await reading.eventFiles(start, end);
        return reading.result(occurrencesIn(files, start, end, filter, reading));
      },
      async get(id, { signal } = {}) {
        const reading = new Reading(signal);
        const item = (await allEvents(reading)).find((event) => event.id === id);
        return { item, warnings: reading.warnings, stale: reading.stale };
      },
      async next({ kind, horizonDays = 730, signal, ...filter } = {}) {
        const reading = new Reading(signal);
        const now = clock.now();
        const horizon = now + horizonDays * DAY;
        // Look a window at a time so a sharded feed is read only as far as needed.
        for (let from = now; from < horizon; from += 90 * DAY) {
          const to = Math.min(from + 90 * DAY, horizon);
          const files = await reading.eventFiles(from, to);
          const [found] = occurrencesIn(files, from, to, { ...filter, kinds: kind ? [kind] : undefined }, reading);
          if (found) return { item: found, warnings: reading.warnings, stale: reading.stale };
        }
        return { item: undefined, warnings: reading.warnings, stale: reading.stale };
      },
    },
    labs: {
      async list({ signal, ...filter } = {}) {
        const reading = new Reading(signal);
        const { index, filterLabs } = await labs(reading);
        return reading.result(filterLabs(index, filter));
      },
      async facets({ signal, ...filter } = {}) {
        const reading = new Reading(signal);
        const { index, labFacets } = await labs(reading);
        const facets = labFacets(index, filter);
        return { ...facets, warnings: reading.warnings, stale: reading.stale };
      },
    },
    streams: {
      async list({ signal } = {}) {
        const reading = new Reading(signal);
        return reading.result(await streamsWithStatus(reading));
      },
      async get(id, { signal } = {}) {
        const reading = new Reading(signal);
        const item = (await streamsWithStatus(reading)).find(({ stream }) => stream.id === id);
        return { item, warnings: reading.warnings, stale: reading.stale };
      },
    },
    networks: {
      async list({ signal } = {}) {
        const reading = new Reading(signal);
        return reading.result((await reading.manifest()).networks);
      },
    },
    serverClockOffsetMs: () => serverOffset,
  };
}

/** Exported for the benchmarks: what the client does with each events file it downloads. */
export function parseEventFile(body: unknown, url: string): EventFile {
  const { items, warnings } = validateCollection('events', Event, body, url);
  const spans = new Float64Array(
    items.flatMap(({ start, end, allDay }) => {
      const from = Date.parse(start);
      // NaN (a date such as 2026-13-01, which zoned arithmetic rolls over) must not filter the event out.
      if (allDay) return [from - DAY || -Infinity, Date.parse(end ?? start) + 2 * DAY || Infinity];
      return [from, end ? Date.parse(end) : from + HOUR];
    }),
  );
  return { items, warnings, url, spans };
}

function warningFor(event: GovEvent, url: string, path: string, message: string): FeedWarning {
  return { feed: 'events', url, index: undefined, id: event.id, path, message };
}

function resolveManifestUrl(baseUrl: string | URL): string {
  const page = (globalThis as { location?: { href: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(baseUrl, page);
  } catch (cause) {
    throw new FeedError(
      'config',
      String(baseUrl),
      `"${String(baseUrl)}" is not a usable feed URL. Give an absolute URL such as https://example.org/feeds/v1/` +
        (page ? '' : ' (relative URLs only work in a web page)') + '.',
      { cause },
    );
  }
  if (!url.pathname.endsWith('.json')) url.pathname = url.pathname.replace(/\/?$/, '/index.json');
  return url.href;
}

function toEpoch(value: DateInput, name: string): number {
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError(`${name} is not a valid date: ${String(value)}`);
  return time;
}
