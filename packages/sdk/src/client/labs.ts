/** The lab queries. The labs path (schema, index, filters) loads on first use: events-only pages skip it. */
import type * as LabsFeed from '../labs-feed.js';
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

/**
 * The labs path, imported once: awaiting a settled promise is a microtask, where each `import()` takes a
 * task even when the module is loaded (a keystroke's query waited behind whatever else the page had
 * queued). A failed import is kept, not retried: the same as before for the browsers that keep a failed
 * module, and a reload recovers.
 */
let labsPath: Promise<typeof LabsFeed> | undefined;

async function labs(reading: Reading) {
  const [path, url] = await Promise.all([(labsPath ??= import('../labs-feed.js')), reading.feedUrl('labs')]);
  const { index } = await reading.load(url, path.parseLabsFile);
  return { ...path, index };
}
