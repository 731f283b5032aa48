/**
 * The client: `createClient` puts the queries of each feed (client/events.ts, labs.ts, streams.ts,
 * networks.ts) together over one loader and cache (client/options.ts); client/reading.ts is what one
 * query reads.
 */
import type { Clock } from './clock.js';
// First: bundlers emit modules in import order, and the loader (ky) ahead of the queries gzips ~100 B smaller.
import { clientContext, type ClientOptions } from './client/options.js';
import { eventQueries, type EventQueries } from './client/events.js';
import { labQueries, type LabQueries } from './client/labs.js';
import { networkQueries, type NetworkQueries } from './client/networks.js';
import { streamQueries, type StreamQueries } from './client/streams.js';

export type { DateInput, EventListQuery, EventNextQuery } from './client/events.js';
export type { ClientOptions } from './client/options.js';
export type { FeedCalendars } from './client/networks.js';
export type { EventOccurrence } from './occurrences.js';
export type { StreamWithStatus } from './streams.js';

export interface GovtechClient {
  readonly baseUrl: string;
  readonly clock: Clock;
  readonly events: EventQueries;
  readonly labs: LabQueries;
  readonly streams: StreamQueries;
  readonly networks: NetworkQueries;
  /** Server clock minus this client's clock, from the last response's `Date` header (0 when unknown). */
  serverClockOffsetMs(): number;
  /**
   * Calls `listener` when a refresh (after `cacheTtlMs`) finds a new version of the feed, its index.json
   * changed, so everything showing this feed can query again and move to the new version together.
   * Returns what stops it.
   */
  onUpdate(listener: () => void): () => void;
}

/** Creates a client for one feed. Clients are cheap, but each has its own cache: share one per feed. */
export function createClient(options: ClientOptions): GovtechClient {
  const context = clientContext(options);
  return {
    baseUrl: context.manifestUrl,
    clock: context.clock,
    events: eventQueries(context),
    labs: labQueries(context),
    streams: streamQueries(context),
    networks: networkQueries(context),
    serverClockOffsetMs: () => context.serverOffset,
    onUpdate: (listener) => context.loader.onUpdate(listener),
  };
}
