/** The network queries: the networks the manifest lists, and the feed's iCalendar files. */
import type { FeedResult, FeedWarning, MissingFile } from '../result.js';
import type { GovNetwork } from '../schema/network.js';
import type { ClientContext } from './options.js';
import { Reading } from './reading.js';

/** Where a feed's iCalendar files are (absolute URLs), for "subscribe" in a calendar app. */
export interface FeedCalendars {
  /** The feed's name (the manifest's `title`), when it gives one: what a calendar app or a printed calendar calls it. */
  readonly title: string | undefined;
  /** Every event of the feed (the manifest's `feeds.ics`), when it publishes one. */
  readonly feed: string | undefined;
  /** One network's events alone, by network id (each network's `ics`). */
  readonly networks: Readonly<Record<string, string>>;
  readonly warnings: FeedWarning[];
  readonly stale: boolean;
  readonly missing?: readonly MissingFile[];
}

export interface NetworkQueries {
  list(options?: { signal?: AbortSignal }): Promise<FeedResult<GovNetwork>>;
  calendars(options?: { signal?: AbortSignal }): Promise<FeedCalendars>;
}

export function networkQueries(context: ClientContext): NetworkQueries {
  return {
    async list({ signal } = {}) {
      const reading = new Reading(context, signal);
      return reading.result((await reading.manifest()).networks);
    },
    async calendars({ signal } = {}) {
      const reading = new Reading(context, signal);
      const { title, feeds, networks } = await reading.manifest();
      const own = networks.flatMap(({ id, ics }) => (ics ? [[id, reading.resolve(ics)]] : []));
      return { ...reading.result([]), title, feed: feeds.ics && reading.resolve(feeds.ics.url), networks: Object.fromEntries(own) };
    },
  };
}
