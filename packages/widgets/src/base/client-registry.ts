import { createClient, FeedError, systemClock, type Clock, type GovtechClient, type NowSource } from '@govtech-network/sdk';
import { widgetClock } from './widget-clock.js';

const clientsByClock = new WeakMap<Clock, Map<string, GovtechClient>>();

/**
 * One client per feed on the page, so every widget pointing at the same feed shares its cache and its
 * in-flight requests (two calendars, one request). A widget given its own clock or `now` (tests, stories)
 * gets a client of its own for that clock (see widgetClock); a bare `now` function is taken too.
 */
export function clientFor(src: string, clock?: Clock | NowSource): GovtechClient {
  let key: string;
  try {
    key = new URL(src, document.baseURI).href;
  } catch (cause) {
    throw new FeedError('config', src, `"${src}" is not a usable feed address: give the feed folder, e.g. https://example.org/feeds/v1/.`, { cause });
  }
  const own = typeof clock === 'function' ? widgetClock(undefined, clock) : (clock ?? systemClock);
  let clients = clientsByClock.get(own);
  if (!clients) clientsByClock.set(own, (clients = new Map()));
  let client = clients.get(key);
  if (!client) {
    client = createClient({ baseUrl: key, clock: own });
    clients.set(key, client);
  }
  return client;
}
