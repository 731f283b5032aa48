import ky from 'ky';
import type { Clock } from './clock.js';
import { FeedError, feedErrors } from './errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs: number;
  /** Upper bound of a backoff delay. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the request fails (or serves stale data). */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { limit: 2, baseDelayMs: 300, maxDelayMs: 5_000, maxRetryAfterMs: 30_000 };

export interface LoaderOptions {
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
  cacheTtlMs: number;
  clock: Clock;
}

/** What a parse function makes of a response body; kept in the cache so a 304 costs no re-validation. */
export interface Loaded<T> {
  readonly value: T;
  /** True when the value is the last good one because a refresh failed. */
  readonly stale: boolean;
  /** The response's `Date` header (server clock), when it had one. */
  readonly serverDate: number | undefined;
}

interface CacheEntry {
  value: unknown;
  fetchedAt: number;
  etag: string | null;
  lastModified: string | null;
  serverDate: number | undefined;
}

interface SharedRequest {
  url: string;
  promise: Promise<Loaded<unknown>>;
  controller: AbortController;
  waiting: number;
}

/**
 * Fetches and caches feed files for one client. Retries and timeouts wait on the injected clock, which is
 * why ky's own retry and timeout are switched off: ky does the request, this class decides what to do next.
 */
export class FeedLoader {
  readonly #options: LoaderOptions;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #inFlight = new Map<string, SharedRequest>();

  constructor(options: LoaderOptions) {
    this.#options = options;
  }

  /**
   * Returns the parsed file: from the cache while it is fresh, otherwise fetched (revalidated with
   * ETag / Last-Modified when cached). Concurrent loads of one URL share one fetch; one caller aborting
   * does not cancel the others.
   */
  load<T>(url: string, parse: (body: unknown, url: string) => T, signal?: AbortSignal): Promise<Loaded<T>> {
    signal?.throwIfAborted();
    const cached = this.#cache.get(url);
    if (cached && this.#options.clock.now() - cached.fetchedAt < this.#options.cacheTtlMs) {
      return Promise.resolve({ value: cached.value as T, stale: false, serverDate: cached.serverDate });
    }
    let shared = this.#inFlight.get(url);
    if (!shared) {
      const controller = new AbortController();
      const promise = this.#refresh(url, parse, controller.signal).finally(() => {
        if (this.#inFlight.get(url) === shared) this.#inFlight.delete(url);
      });
      shared = { url, promise, controller, waiting: 0 };
      this.#inFlight.set(url, shared);
    }
    return this.#wait(shared, signal) as Promise<Loaded<T>>;
  }

  #wait(shared: SharedRequest, signal: AbortSignal | undefined): Promise<Loaded<unknown>> {
    shared.waiting++;
    if (!signal) return shared.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        // The fetch goes on while another caller still waits for it. When the last one leaves, it is
        // cancelled, and forgotten at once so that a new caller starts afresh instead of joining it.
        if (--shared.waiting === 0) {
          shared.controller.abort(signal.reason);
          if (this.#inFlight.get(shared.url) === shared) this.#inFlight.delete(shared.url);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async #refresh<T>(url: string, parse: (body: unknown, url: string) => T, signal: AbortSignal): Promise<Loaded<T>> {
    const cached = this.#cache.get(url);
    try {
      const response = await this.#fetchWithRetry(url, cached, signal);
      const serverDate = parseHttpDate(response.headers.get('date'));
      if (response.status === 304 && cached) {
        cached.fetchedAt = this.#options.clock.now();
        cached.serverDate = serverDate;
        return { value: cached.value as T, stale: false, serverDate };
      }
      const value = parse(response.body, url);
      this.#cache.set(url, {
        value,
        fetchedAt: this.#options.clock.now(),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        serverDate,
      });
      return { value, stale: false, serverDate };
    } catch (error) {
      // The last good data beats an error, except when the caller gave up.
      if (cached && !signal.aborted && error instanceof FeedError) {
        return { value: cached.value as T, stale: true, serverDate: cached.serverDate };
      }
      throw error;
    }
  }

  async #fetchWithRetry(url: string, cached: CacheEntry | undefined, signal: AbortSignal): Promise<FetchedJson> {
    const { retry, clock } = this.#options;
    for (let attempt = 0; ; attempt++) {
      let response: FetchedJson;
      try {
        response = await this.#fetchOnce(url, cached, signal);
      } catch (error) {
        if (!(error instanceof FeedError) || error.code !== 'network' || attempt >= retry.limit) throw error;
        await clock.sleep(backoff(retry, attempt), { signal, purpose: 'retry' });
        continue;
      }
      if (response.status < 400 || response.status === 304) return response;
      const failure = feedErrors.http(url, response.status);
      const retryable = response.status >= 500 || response.status === 429;
      if (!retryable || attempt >= retry.limit) throw failure;
      const retryAfter = retryAfterMs(response.headers, clock.now());
      if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs) throw failure;
      await clock.sleep(retryAfter ?? backoff(retry, attempt), { signal, purpose: 'retry' });
    }
  }

  async #fetchOnce(url: string, cached: CacheEntry | undefined, signal: AbortSignal): Promise<FetchedJson> {
    const { timeoutMs, clock } = this.#options;
    const attempt = new AbortController();
    const timedOut = feedErrors.timeout(url, timeoutMs);
    const stopTimer = new AbortController();
    const forwardAbort = () => attempt.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });
    clock
      .sleep(timeoutMs, { signal: stopTimer.signal, purpose: 'timeout' })
      .then(() => attempt.abort(timedOut), () => undefined);
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      // Conditional headers on a cross-origin request would force a CORS preflight, which many static
      // hosts answer wrongly; there the browser's own HTTP cache revalidates instead ('no-cache').
      const crossOrigin = isCrossOriginInPage(url);
      if (cached?.etag && !crossOrigin) headers['if-none-match'] = cached.etag;
      if (cached?.lastModified && !crossOrigin) headers['if-modified-since'] = cached.lastModified;
      let response: Response;
      try {
        response = await ky(url, {
          ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
          ...(crossOrigin ? { cache: 'no-cache' as const } : {}),
          headers,
          signal: attempt.signal,
          retry: 0,
          timeout: false,
          throwHttpErrors: false,
        });
      } catch (error) {
        throw abortReason(attempt.signal) ?? feedErrors.network(url, error);
      }
      if (response.status >= 300) {
        void response.body?.cancel();
        return { status: response.status, headers: response.headers, body: undefined };
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw abortReason(attempt.signal) ?? feedErrors.network(url, error);
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw feedErrors.notJson(url, response.headers.get('content-type'), error);
      }
      return { status: response.status, headers: response.headers, body };
    } finally {
      stopTimer.abort();
      signal.removeEventListener('abort', forwardAbort);
    }
  }
}

interface FetchedJson {
  status: number;
  headers: Headers;
  body: unknown;
}

/** When the attempt was aborted, the reason (our timeout error, or the caller's abort) is the failure. */
function abortReason(signal: AbortSignal): unknown {
  return signal.aborted ? signal.reason : undefined;
}

function isCrossOriginInPage(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return origin !== undefined && new URL(url).origin !== origin;
}

function backoff(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = parseHttpDate(value);
  return date === undefined ? undefined : Math.max(0, date - (parseHttpDate(headers.get('date')) ?? now));
}

function parseHttpDate(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
