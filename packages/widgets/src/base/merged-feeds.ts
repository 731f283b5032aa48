/**
 * Several feeds in one widget's `src`: one merged client per set of feeds on the page (loaded only when a
 * `src` lists several), over the page's one client of each feed, so they keep sharing caches.
 */
import { mergeClients, type GovtechClient } from '@govtech-network/sdk';

const mergedByFirst = new WeakMap<GovtechClient, Map<string, GovtechClient>>();

export function mergedClient(clients: readonly GovtechClient[]): GovtechClient {
  const key = clients.map((client) => client.baseUrl).join(' ');
  let byKey = mergedByFirst.get(clients[0]!);
  if (!byKey) mergedByFirst.set(clients[0]!, (byKey = new Map()));
  let merged = byKey.get(key);
  if (!merged) byKey.set(key, (merged = mergeClients(clients)));
  return merged;
}
