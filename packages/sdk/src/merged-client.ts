/**
 * Several feeds read as one (a city in several networks, a hub page): `mergeClients([a, b])` answers
 * each query from every client, merges the items by id (the first feed listed wins a tie) and keeps each
 * item as its own feed wrote it, so an event keeps its `network`. A feed that cannot be read is listed
 * in the result's `missing` (without `from`/`to`: the whole feed) and the others still answer; the query
 * fails only when every feed fails. Not on the `createClient` path: a page reading one feed does not
 * carry it.
 */
import type { GovtechClient } from './client.js';
import { isFeedError } from './errors.js';
import { indexLabs, labFacets } from './labs.js';
import type { FeedItemResult, FeedResult, FeedWarning, MissingFile } from './result.js';

type Outcome = { warnings: FeedWarning[]; stale: boolean; missing?: readonly MissingFile[] | undefined };

/**
 * One client over several feeds, typed as one feed's. Create the clients once (`createClient` each) and
 * merge them once: the merged client keeps no cache of its own, each feed's client keeps its own.
 */
export function mergeClients(clients: readonly GovtechClient[]): GovtechClient {
  const first = clients[0];
  if (!first) throw new TypeError('mergeClients needs at least one client');
  /** Every client's answer; a feed that fails is a missing file of `feed`, unless all fail (then the first error). */
  const each = async <R extends Outcome>(feed: string, query: (client: GovtechClient) => Promise<R>) => {
    const settled = await Promise.allSettled(clients.map(query));
    const answers: R[] = [];
    const failed: MissingFile[] = [];
    for (const outcome of settled) {
      if (outcome.status === 'fulfilled') answers.push(outcome.value);
      // An abort, or a bug, is not a feed that failed: it ends the query as it would a single feed's.
      else if (isFeedError(outcome.reason)) failed.push({ feed, url: outcome.reason.url, error: outcome.reason });
      else throw outcome.reason;
    }
    if (!answers.length) throw failed[0]!.error;
    return {
      answers,
      warnings: answers.flatMap((answer) => answer.warnings),
      stale: answers.some((answer) => answer.stale),
      missing: [...failed, ...answers.flatMap((answer) => answer.missing ?? [])],
    };
  };
  const list = async <T>(feed: string, query: (client: GovtechClient) => Promise<FeedResult<T>>, id: (item: T) => string) => {
    const { answers, ...outcome } = await each(feed, query);
    return { ...outcome, items: uniqueBy(answers.flatMap((answer) => answer.items), id) };
  };
  const item = async <T>(feed: string, query: (client: GovtechClient) => Promise<FeedItemResult<T>>, pick: (items: T[]) => T | undefined = (items) => items[0]) => {
    const { answers, ...outcome } = await each(feed, query);
    const found = pick(answers.flatMap((answer) => (answer.item === undefined ? [] : [answer.item])));
    // Found: only the feeds that could have held an earlier or another answer matter, as a single feed's `get`.
    return { ...outcome, item: found, missing: found === undefined ? outcome.missing : outcome.missing.filter((file) => !file.from) };
  };
  return {
    baseUrl: clients.map((client) => client.baseUrl).join(' '),
    clock: first.clock,
    events: {
      list: async (query) => {
        const result = await list('events', (client) => client.events.list(query), (o) => `${o.event.id} ${+o.start}`);
        return { ...result, items: result.items.sort((a, b) => +a.start - +b.start || a.event.title.localeCompare(b.event.title)) };
      },
      get: (id, options) => item('events', (client) => client.events.get(id, options)),
      next: (query) => item('events', (client) => client.events.next(query), (found) => found.sort((a, b) => +a.start - +b.start)[0]),
      // The event as the first feed listed has it, as `get` picks it.
      occurrence: (id, options) => item('events', (client) => client.events.occurrence(id, options)),
      all: async (options) => {
        // "Every event" or an error, as a single feed's `all`: a hub must not publish a merge missing a feed.
        const results = await Promise.all(clients.map((client) => client.events.all(options)));
        return {
          items: uniqueBy(results.flatMap((result) => result.items), (event) => event.id),
          warnings: results.flatMap((result) => result.warnings),
          stale: results.some((result) => result.stale),
          missing: [],
        };
      },
    },
    labs: {
      list: (filter) => list('labs', (client) => client.labs.list(filter), (lab) => lab.id),
      facets: async ({ signal, ...filter } = {}) => {
        // Counts over the merged labs: a lab in two feeds counts once.
        const { items, warnings, stale } = await list('labs', (client) => client.labs.list({ signal }), (lab) => lab.id);
        return { ...labFacets(indexLabs(items), filter), warnings, stale };
      },
    },
    streams: {
      list: (options) => list('streams', (client) => client.streams.list(options), ({ stream }) => stream.id),
      get: (id, options) => item('streams', (client) => client.streams.get(id, options)),
    },
    networks: {
      list: (options) => list('index', (client) => client.networks.list(options), (network) => network.id),
      calendars: async (options) => {
        const { answers, ...outcome } = await each('index', (client) => client.networks.calendars(options));
        return {
          ...outcome,
          title: answers.flatMap((answer) => answer.title ?? []).join(' · ') || undefined,
          // Several feeds have no one file of all their events: none is offered for the whole.
          feed: answers.length === 1 && clients.length === 1 ? answers[0]!.feed : undefined,
          networks: Object.assign({}, ...answers.map((answer) => answer.networks).reverse()) as Record<string, string>,
        };
      },
    },
    serverClockOffsetMs: () => first.serverClockOffsetMs(),
    onUpdate: (listener) => {
      const stops = clients.map((client) => client.onUpdate(listener));
      return () => stops.forEach((stop) => stop());
    },
  };
}

/** The first item of each key, in order. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}
