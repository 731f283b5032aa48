import { createClient, FeedError, systemClock, type Clock, type GovtechClient, type NowSource } from '@govtech-network/sdk';
import { clockWithNow } from '@govtech-network/sdk/clock';

const clientsByClock = new WeakMap<Clock, Map<string, GovtechClient>>();
const pairedClocks = new WeakMap<Clock, WeakMap<NowSource, Clock>>();

/**
 * One client per feed on the page, so every widget pointing at the same feed shares its cache and its
 * in-flight requests (two calendars, one request). A widget given its own clock or `now` (tests,
 * stories) gets a client of its own for that pair.
 */
export function clientFor(src: string, clock?: Clock, now?: NowSource): GovtechClient {
  let key: string;
  try {
    key = new URL(src, document.baseURI).href;
  } catch (cause) {
    throw new FeedError('config', src, `"${src}" is not a usable feed address: give the feed folder, e.g. https://example.org/feeds/v1/.`, { cause });
  }
  const own = pairedClock(clock, now);
  let clients = clientsByClock.get(own);
  if (!clients) clientsByClock.set(own, (clients = new Map()));
  let client = clients.get(key);
  if (!client) {
    client = createClient({ baseUrl: key, clock: own });
    clients.set(key, client);
  }
  return client;
}

/**
 * The client of a widget's `src`: `clientFor` of its one feed, or, when it lists several (space-separated),
 * their merged client (`mergeClients`: merged by id, a feed that fails is missing while the others show),
 * whose code loads only then.
 */
export function feedClient(src: string, clock?: Clock, now?: NowSource): GovtechClient | Promise<GovtechClient> {
  const feeds = src.trim().split(/\s+/);
  if (feeds.length < 2) return clientFor(src, clock, now);
  const clients = feeds.map((feed) => clientFor(feed, clock, now));
  return import('./merged-feeds.js').then(({ mergedClient }) => mergedClient(clients));
}

/**
 * `clock` (else the system's) telling the time of `now` when one is set; the same pair always gives the
 * same clock, so widgets that share their time share their client, as they did per `now`.
 */
function pairedClock(clock: Clock | undefined, now: NowSource | undefined): Clock {
  const base = clock ?? systemClock;
  if (!now) return base;
  let byNow = pairedClocks.get(base);
  if (!byNow) pairedClocks.set(base, (byNow = new WeakMap()));
  let paired = byNow.get(now);
  if (!paired) byNow.set(now, (paired = clockWithNow(base, now)));
  return paired;
}
