/** The network query: the networks the manifest lists. */
import type { FeedResult } from '../result.js';
import type { GovNetwork } from '../schema/network.js';
import type { ClientContext } from './options.js';
import { Reading } from './reading.js';

export interface NetworkQueries {
  list(options?: { signal?: AbortSignal }): Promise<FeedResult<GovNetwork>>;
}

export function networkQueries(context: ClientContext): NetworkQueries {
  return {
    async list({ signal } = {}) {
      const reading = new Reading(context, signal);
      return reading.result((await reading.manifest()).networks);
    },
  };
}
