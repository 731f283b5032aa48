/**
 * The feed files one client has read: reused without asking while fresh (`ttlMs`), then revalidated with
 * ETag / Last-Modified, and served stale when a refresh fails. (Lion's Cache.js is the model.)
 */
import type { Clock } from '../clock.js';
import { isFeedError } from '../errors.js';
import { type FetchedJson, type Validators } from './attempt.js';
import { parseHttpDate } from './retry.js';

/** What a parse function makes of a response body; kept in the cache so a 304 costs no re-validation. */
export interface Loaded<T> {
  readonly value: T;
  /** True when the value is the last good one because a refresh failed. */
  readonly stale: boolean;
  /** The response's `Date` header (server clock), when it had one. */
  readonly serverDate: number | undefined;
}

interface CacheEntry extends Validators {
  value: unknown;
  fetchedAt: number;
  serverDate: number | undefined;
}

export class FeedCache {
  readonly #entries = new Map<string, CacheEntry>();
  readonly #ttlMs: number;
  readonly #clock: Clock;

  constructor(ttlMs: number, clock: Clock) {
    this.#ttlMs = ttlMs;
    this.#clock = clock;
  }

  /** The cached value while it is fresh. */
  fresh<T>(url: string): Loaded<T> | undefined {
    const cached = this.#entries.get(url);
    if (cached && this.#clock.now() - cached.fetchedAt < this.#ttlMs) {
      return { value: cached.value as T, stale: false, serverDate: cached.serverDate };
    }
    return undefined;
  }

  /**
   * Fetches `url` with `request` (given the cached copy's validators, for a conditional request) and
   * keeps what `parse` makes of it; a 304 renews the cached copy. When the request fails with a
   * FeedError, the last good value is returned as stale, unless the caller gave up (`signal` aborted).
   */
  async refresh<T>(
    url: string,
    parse: (body: unknown, url: string) => T,
    signal: AbortSignal,
    request: (cached: Validators | undefined) => Promise<FetchedJson>,
  ): Promise<Loaded<T>> {
    const cached = this.#entries.get(url);
    try {
      const response = await request(cached);
      const serverDate = parseHttpDate(response.headers.get('date'));
      if (response.status === 304 && cached) {
        cached.fetchedAt = this.#clock.now();
        cached.serverDate = serverDate;
        return { value: cached.value as T, stale: false, serverDate };
      }
      const value = parse(response.body, url);
      this.#entries.set(url, {
        value,
        fetchedAt: this.#clock.now(),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        serverDate,
      });
      return { value, stale: false, serverDate };
    } catch (error) {
      // The last good data beats an error, except when the caller gave up.
      if (cached && !signal.aborted && isFeedError(error)) {
        return { value: cached.value as T, stale: true, serverDate: cached.serverDate };
      }
      throw error;
    }
  }
}
