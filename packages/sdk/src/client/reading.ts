import { feedErrors } from '../errors.js';
import type { FeedItemResult, FeedResult, FeedWarning, MissingFile } from '../result.js';
import type { FeedManifest } from '../schema/manifest.js';
import { validateManifest } from '../validate.js';
import type { Parse } from '../http/cache.js';
import type { ClientContext } from './options.js';

/** One query's reads: each file once, with the warnings, staleness and missing files of all of them. */
export class Reading {
  readonly warnings: FeedWarning[] = [];
  stale = false;
  /** Files the query could do without that failed (a shard among others, see client/events.ts). */
  readonly missing: MissingFile[] = [];
  readonly #files = new Map<string, Promise<unknown>>();

  constructor(
    readonly context: ClientContext,
    readonly signal: AbortSignal | undefined,
  ) {}

  load<T extends { warnings: FeedWarning[] }>(url: string, parse: Parse<T>): Promise<T> {
    let file = this.#files.get(url) as Promise<T> | undefined;
    if (!file) {
      const { loader, clock } = this.context;
      file = loader.load(url, parse, this.signal).then((loaded) => {
        if (loaded.serverDate !== undefined) this.context.serverOffset = loaded.serverDate - clock.now();
        this.stale ||= loaded.stale;
        this.warnings.push(...loaded.value.warnings);
        return loaded.value;
      });
      this.#files.set(url, file);
    }
    return file;
  }

  manifest(): Promise<FeedManifest> {
    return this.load(this.context.manifestUrl, async (body, url, maxItems) => {
      const { manifest, warnings } = await validateManifest(body, url, maxItems);
      return { ...manifest, warnings };
    });
  }

  /** The absolute URL of a file the manifest names (relative to the manifest). */
  resolve(url: string): string {
    return new URL(url, this.context.manifestUrl).href;
  }

  /** Where the manifest says a feed's files are; a manifest without that feed is not a feed for this query. */
  async feed<K extends 'events' | 'labs' | 'streams'>(name: K): Promise<NonNullable<FeedManifest['feeds'][K]>> {
    const feed = (await this.manifest()).feeds[name];
    if (!feed) throw feedErrors.notAFeed(this.context.manifestUrl, `the manifest lists no "${name}" feed`);
    return feed;
  }

  async feedUrl(feed: 'labs' | 'streams'): Promise<string> {
    return this.resolve((await this.feed(feed)).url);
  }

  result<T>(items: T[]): FeedResult<T> {
    return { items, warnings: this.warnings, stale: this.stale, missing: this.missing };
  }

  /** `missing`: by default every file that failed; `events.next` keeps those that could hold an earlier item. */
  itemResult<T>(item: T | undefined, missing = this.missing): FeedItemResult<T> {
    return { item, warnings: this.warnings, stale: this.stale, missing };
  }
}
