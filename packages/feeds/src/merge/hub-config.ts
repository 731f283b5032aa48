/** The hub configuration (hub.config.json or .yaml): which published feeds a hub merges, and how it writes. */
import type { Lang } from '../problems.js';

/** Looked for in this order when `merge` is given neither --config nor feeds. */
export const HUB_CONFIG_NAMES = ['hub.config.json', 'hub.config.yaml', 'hub.config.yml'] as const;

export interface HubFeed {
  /**
   * A published feed: its folder (the one holding index.json) or index.json's own URL, over http(s); or a
   * local feed folder or index.json, relative to the config file.
   */
  readonly feed: string;
  /** Take only these networks (ids), with their events, labs and streams; default every network of the feed. */
  readonly networks?: readonly string[];
}

export interface HubConfig {
  /** The hub's title, in index.json and as the name of events.ics. */
  readonly title?: string;
  /** When the hub was made (ISO date-time with offset); else SOURCE_DATE_EPOCH; else the merge's time. */
  readonly generatedAt?: string;
  readonly lang?: Lang;
  /** In order: where two feeds give one id differently, the first wins (for events, unless updatedAt says otherwise). */
  readonly feeds: readonly (string | HubFeed)[];
  /** Output folder, relative to the config file; the CLI's --out wins. */
  readonly out?: string;
  /** Path the hub folder is served from on its host, for the `_headers` file (default `/`). */
  readonly basePath?: string;
  /** PRODID of the hub's .ics files. */
  readonly icsProductId?: string;
}

/** The feeds of a config as HubFeed objects, or the reasons the list is unusable (for bad-config problems). */
export function hubFeedsOf(config: HubConfig): { feeds: HubFeed[]; reasons: string[] } {
  const reasons: string[] = [];
  if (!Array.isArray(config.feeds) || config.feeds.length === 0) {
    return { feeds: [], reasons: ['feeds must be a list of one feed or more (URLs or folders)'] };
  }
  const feeds: HubFeed[] = [];
  (config.feeds as readonly unknown[]).forEach((entry, index) => {
    const feed = typeof entry === 'string' ? { feed: entry } : (entry as Partial<HubFeed> | null);
    if (typeof feed?.feed !== 'string' || feed.feed === '') {
      reasons.push(`feeds[${index}] must be a URL or folder, or { feed, networks }`);
    } else if (feed.networks !== undefined && !(Array.isArray(feed.networks) && feed.networks.every((id) => typeof id === 'string'))) {
      reasons.push(`feeds[${index}].networks must be a list of network ids`);
    } else feeds.push(feed as HubFeed);
  });
  return { feeds, reasons };
}
