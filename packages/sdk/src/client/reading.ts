import { feedErrors, isFeedError } from '../errors.js';
import type { FeedItemResult, FeedResult, FeedWarning, MissingFile } from '../result.js';
import type { FeedManifest } from '../schema/manifest.js';
import { validateManifest } from '../validate.js';
import type { ClientContext } from './options.js';

/** One query's reads: each file once, with the warnings, staleness and missing files of all of them. */
export class Reading {
  readonly warnings: FeedWarning[] = [];
  stale = false;
  /** Files the query could do without that failed (see `loadOrMiss`). */
  readonly missing: MissingFile[] = [];
  /** Whether one of the files the query could do without was read: a query that read none of them fails. */
  #readSome = false;
  readonly #files = new Map<string, Promise<unknown>>();

  constructor(
    readonly context: ClientContext,
    readonly signal: AbortSignal | undefined,
  ) {}

  load<T extends { warnings: FeedWarning[] }>(url: string, parse: (body: unknown, url: string) => T): Promise<T> {
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

  /**
   * Loads one of several files the query reads (a shard): a file that cannot be read is listed in
   * `missing` and the query goes on with the others, unless it read none of them (see `result`).
   */
  async loadOrMiss<T extends { warnings: FeedWarning[] }>(
    url: string,
    parse: (body: unknown, url: string) => T,
    part: Omit<MissingFile, 'url' | 'error'>,
  ): Promise<T | undefined> {
    try {
      const file = await this.load(url, parse);
      this.#readSome = true;
      return file;
    } catch (error) {
      if (!isFeedError(error) || this.signal?.aborted) throw error;
      this.missing.push({ ...part, url, error });
      return undefined;
    }
  }

  manifest(): Promise<FeedManifest> {
    return this.load(this.context.manifestUrl, (body, url) => {
      const { manifest, warnings } = validateManifest(body, url);
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
    return { items, warnings: this.warnings, stale: this.stale, missing: this.#missing(this.missing) };
  }

  /** `missing`: by default every file that failed; `events.next` keeps those that could hold an earlier item. */
  itemResult<T>(item: T | undefined, missing = this.missing): FeedItemResult<T> {
    return { item, warnings: this.warnings, stale: this.stale, missing: this.#missing(missing) };
  }

  /** The missing files of a result; when nothing the query needed could be read, the first failure instead. */
  #missing(missing: MissingFile[]): MissingFile[] {
    const first = this.missing[0];
    if (first && !this.#readSome) throw first.error;
    return missing;
  }
}
