/**
 * Fetches and caches feed files for one client: the cache (cache.ts) answers while fresh; otherwise one
 * shared request per URL (in-flight.ts) makes timed attempts (attempt.ts) until the retry policy
 * (retry.ts) gives up. Failures are FeedErrors made in errors.ts. A manifest that changes is a new
 * version of the feed: the other files are read again with it, and the subscribers are told.
 */
import ky, { type KyInstance } from 'ky';
import type { Clock } from '../clock.js';
import { attempt, type AttemptOptions } from './attempt.js';
import type { FeedLimits } from '../limits.js';
import { FeedCache, type Loaded, type Parse } from './cache.js';
import { InFlight } from './in-flight.js';
import { withRetries, type RetryPolicy } from './retry.js';

export type { Loaded };

export interface LoaderOptions {
  /** The ky instance requests go through (default: ky itself). */
  ky?: KyInstance | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
  cacheTtlMs: number;
  clock: Clock;
  limits: FeedLimits;
  /** The feed's index.json: when a refresh brings a different one, the feed has a new version. */
  manifestUrl: string;
}

export class FeedLoader {
  readonly #options: LoaderOptions & AttemptOptions;
  readonly #cache: FeedCache;
  readonly #inFlight = new InFlight<Loaded<unknown>>();
  readonly #listeners = new Set<() => void>();
  /** The manifest last read, as JSON text, to tell a new version from a renewed one. */
  #manifest: string | undefined;

  constructor(options: LoaderOptions) {
    this.#options = { ...options, ky: options.ky ?? ky };
    this.#cache = new FeedCache(options.cacheTtlMs, options.clock);
  }

  /**
   * Returns the parsed file: from the cache while it is fresh, otherwise fetched (revalidated with
   * ETag / Last-Modified when cached). Concurrent loads of one URL share one fetch; one caller aborting
   * does not cancel the others.
   */
  load<T>(url: string, parse: Parse<T>, signal?: AbortSignal): Promise<Loaded<T>> {
    signal?.throwIfAborted();
    const fresh = this.#cache.fresh<T>(url);
    if (fresh) return Promise.resolve(fresh);
    const options = this.#options;
    return this.#inFlight.join(
      url,
      async (shared) => {
        let changed = false;
        const loaded = await this.#cache.refresh(
          url,
          (body) => {
            if (url === options.manifestUrl) {
              const text = JSON.stringify(body);
              changed = this.#manifest !== undefined && text !== this.#manifest;
              this.#manifest = text;
              if (changed) this.#cache.newVersion();
            }
            return parse(body, url, options.limits.maxItems);
          },
          shared,
          (cached) => withRetries(url, () => attempt(url, cached, shared, options), options.retry, options.clock, shared),
        );
        if (changed) for (const listener of [...this.#listeners]) listener();
        return loaded;
      },
      signal,
    ) as Promise<Loaded<T>>;
  }

  /** Calls `listener` each time a refresh brings a new version of the feed; returns what stops it. */
  onUpdate(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }
}
