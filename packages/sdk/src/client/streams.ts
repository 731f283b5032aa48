/** The stream queries. The streams path (schema, status) loads on first use: events-only pages skip it. */
import type { FeedItemResult, FeedResult } from '../result.js';
import type { StreamWithStatus } from '../streams.js';
import type { ClientContext } from './options.js';
import { Reading } from './reading.js';

export interface StreamQueries {
  list(options?: { signal?: AbortSignal }): Promise<FeedResult<StreamWithStatus>>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<FeedItemResult<StreamWithStatus>>;
}

export function streamQueries(context: ClientContext): StreamQueries {
  return {
    async list({ signal } = {}) {
      const reading = new Reading(context, signal);
      return reading.result(await streams(reading));
    },
    async get(id, { signal } = {}) {
      const reading = new Reading(context, signal);
      return reading.itemResult((await streams(reading)).find(({ stream }) => stream.id === id));
    },
  };
}

/** The feed's streams, each with its status now (as labs.ts reads the labs). */
async function streams(reading: Reading): Promise<StreamWithStatus[]> {
  const [path, url] = await Promise.all([import('../streams-feed.js'), reading.feedUrl('streams')]);
  const { items } = await reading.load(url, path.parseStreamsFile);
  return path.streamsWithStatus(items, reading.context.clock.now());
}
