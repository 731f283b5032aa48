/**
 * Fetches and caches feed files for one client: the cache (cache.ts) answers while fresh; otherwise one
 * shared request per URL (in-flight.ts) makes timed attempts (attempt.ts) until the retry policy
 * (retry.ts) gives up. Failures are FeedErrors made in errors.ts.
 */
import ky, { type KyInstance } from 'ky';
import type { Clock } from '../clock.js';
import { attempt, type AttemptOptions } from './attempt.js';
import { FeedCache, type Loaded } from './cache.js';
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
}

export class FeedLoader {
  readonly #options: LoaderOptions & AttemptOptions;
  readonly #cache: FeedCache;
  readonly #inFlight = new InFlight<Loaded<unknown>>();

  constructor(options: LoaderOptions) {
    this.#options = { ...options, ky: options.ky ?? ky };
    this.#cache = new FeedCache(options.cacheTtlMs, options.clock);
  }

  /**
   * Returns the parsed file: from the cache while it is fresh, otherwise fetched (revalidated with
   * ETag / Last-Modified when cached). Concurrent loads of one URL share one fetch; one caller aborting
   * does not cancel the others.
   */
  load<T>(url: string, parse: (body: unknown, url: string) => T, signal?: AbortSignal): Promise<Loaded<T>> {
    signal?.throwIfAborted();
    const fresh = this.#cache.fresh<T>(url);
    if (fresh) return Promise.resolve(fresh);
    const options = this.#options;
    return this.#inFlight.join(
      url,
      (shared) =>
        this.#cache.refresh(url, parse, shared, (cached) =>
          withRetries(url, () => attempt(url, cached, shared, options), options.retry, options.clock, shared),
        ),
      signal,
    ) as Promise<Loaded<T>>;
  }
}
