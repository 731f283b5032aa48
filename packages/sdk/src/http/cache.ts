/**
 * The feed files one client has read: reused without asking while fresh (`ttlMs`, and read since the
 * feed's last new version), then revalidated with ETag / Last-Modified, and served stale when a refresh
 * fails. (Lion's Cache.js is the model.)
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

/** What makes a file's body into its value (validation); may take several tasks for a large file. */
export type Parse<T> = (body: unknown, url: string, maxItems?: number) => T | Promise<T>;

interface CacheEntry extends Validators {
  value: unknown;
  fetchedAt: number;
  serverDate: number | undefined;
  /** The feed version (see `newVersion`) it was fetched or revalidated in. */
  version: number;
}

export class FeedCache {
  readonly #entries = new Map<string, CacheEntry>();
  readonly #ttlMs: number;
  readonly #clock: Clock;
  #version = 0;

  constructor(ttlMs: number, clock: Clock) {
    this.#ttlMs = ttlMs;
    this.#clock = clock;
  }

  /** The cached value while it is fresh. */
  fresh<T>(url: string): Loaded<T> | undefined {
    const cached = this.#entries.get(url);
    if (cached && cached.version === this.#version && this.#clock.now() - cached.fetchedAt < this.#ttlMs) {
      return { value: cached.value as T, stale: false, serverDate: cached.serverDate };
    }
    return undefined;
  }

  /**
   * The feed has a new version (its manifest changed): every file read before is asked for again on its
   * next load (a conditional request), so no query mixes files of two versions.
   */
  newVersion(): void {
    this.#version++;
  }

  /**
   * Fetches `url` with `request` (given the cached copy's validators, for a conditional request) and
   * keeps what `parse` makes of it; a 304 renews the cached copy. When the request fails with a
   * FeedError, the last good value is returned as stale, unless the caller gave up (`signal` aborted).
   */
  async refresh<T>(
    url: string,
    parse: Parse<T>,
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
        cached.version = this.#version;
        return { value: cached.value as T, stale: false, serverDate };
      }
      const value = await parse(response.body, url);
      this.#entries.set(url, {
        version: this.#version,
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
