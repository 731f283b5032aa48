/** The lab queries. The labs path (schema, index, filters) loads on first use: events-only pages skip it. */
import type { LabFacets, LabFilter } from '../labs.js';
import type { FeedResult, FeedWarning } from '../result.js';
import type { GovLab } from '../schema/lab.js';
import type { ClientContext } from './options.js';
import { Reading } from './reading.js';

export interface LabQueries {
  list(filter?: LabFilter & { signal?: AbortSignal }): Promise<FeedResult<GovLab>>;
  facets(filter?: LabFilter & { signal?: AbortSignal }): Promise<LabFacets & { warnings: FeedWarning[]; stale: boolean }>;
}

export function labQueries(context: ClientContext): LabQueries {
  return {
    async list({ signal, ...filter } = {}) {
      const reading = new Reading(context, signal);
      const { index, filterLabs } = await labs(reading);
      return reading.result(filterLabs(index, filter));
    },
    async facets({ signal, ...filter } = {}) {
      const reading = new Reading(context, signal);
      const { index, labFacets } = await labs(reading);
      const facets = labFacets(index, filter);
      return { ...facets, warnings: reading.warnings, stale: reading.stale };
    },
  };
}

async function labs(reading: Reading) {
  const [path, url] = await Promise.all([import('../labs-feed.js'), reading.feedUrl('labs')]);
  const { index } = await reading.load(url, path.parseLabsFile);
  return { ...path, index };
}
