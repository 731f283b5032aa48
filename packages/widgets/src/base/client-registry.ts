import { createClient, type GovtechClient, type NowSource } from '@govtech-network/sdk';

const shared = new Map<string, GovtechClient>();
const withOwnClock = new WeakMap<NowSource, Map<string, GovtechClient>>();

/**
 * One client per feed on the page, so every widget pointing at the same feed shares its cache and its
 * in-flight requests (two calendars, one request). A widget given its own clock (tests, stories) gets a
 * client of its own for that clock.
 */
export function clientFor(src: string, now?: NowSource): GovtechClient {
  const key = new URL(src, document.baseURI).href;
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
