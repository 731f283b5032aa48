import { createClient, FeedError, type GovtechClient, type NowSource } from '@govtech-network/sdk';

const shared = new Map<string, GovtechClient>();
const withOwnClock = new WeakMap<NowSource, Map<string, GovtechClient>>();

/**
 * One client per feed on the page, so every widget pointing at the same feed shares its cache and its
 * in-flight requests (two calendars, one request). A widget given its own clock (tests, stories) gets a
 * client of its own for that clock.
 */
export function clientFor(src: string, now?: NowSource): GovtechClient {
  let key: string;
  try {
    key = new URL(src, document.baseURI).href;
  } catch (cause) {
    throw new FeedError('config', src, `"${src}" is not a usable feed address: give the feed folder, e.g. https://example.org/feeds/v1/.`, { cause });
  }
  let clients = shared;
  if (now) {
    clients = withOwnClock.get(now) ?? new Map();
    withOwnClock.set(now, clients);
  }
  let client = clients.get(key);
  if (!client) {
    client = createClient({ baseUrl: key, now });
    clients.set(key, client);
  }
  return client;
}
