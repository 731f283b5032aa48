import type { KyInstance } from 'ky';
import { clockWithNow, systemClock, type Clock, type NowSource } from '../clock.js';
import { feedErrors } from '../errors.js';
import { FeedLoader } from '../http/feed-loader.js';
import { defaultRetryPolicy, type RetryPolicy } from '../http/retry.js';
import { defaultFeedLimits, type FeedLimits } from '../limits.js';

export interface ClientOptions {
  /** The feed folder (holding index.json), or the manifest's own URL. Relative URLs resolve against the page. */
  baseUrl: string | URL;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof globalThis.fetch;
  /**
   * A ky instance (from `ky.create` or `ky.extend`) to make the requests with, so an app can add headers,
   * logging or a proxy through ky's hooks. The client still runs its own retries and timeout: each
   * request is made with `retry: 0`, `timeout: false` and `throwHttpErrors: false`. Default: ky itself.
   */
  ky?: KyInstance;
  /** Per attempt, until the whole body is read. Default 10 s. */
  timeoutMs?: number;
  /** Retries on network errors, 5xx and 429; a number sets only the limit. Default 2 retries. */
  retry?: number | Partial<RetryPolicy>;
  /**
   * How long a file is reused without asking the server again. Default 5 minutes. When a refresh finds a
   * new index.json, the other files are asked for again too, and `onUpdate` listeners are called.
   */
  cacheTtlMs?: number;
  /**
   * The largest feed file read: bytes of its body (default 5 MiB) and items in its list (default
   * 10,000). A larger file fails with the FeedError `too-large` (docs/feeds.md, "Limits").
   */
  limits?: Partial<FeedLimits>;
  /** The client's notion of now (for `events.next`, stream status…). Default `Date.now`. */
  now?: NowSource;
  /** Advanced: a whole clock, for tests that also control waits (retries, timeouts). */
  clock?: Clock;
}

/** What every query of one client shares: where the feed is, its clock, its loader and cache. */
export interface ClientContext {
  readonly manifestUrl: string;
  readonly clock: Clock;
  readonly loader: FeedLoader;
  /** Server clock minus the client's, from the last response's `Date` header. */
  serverOffset: number;
}

/** The options with their defaults applied. */
export function clientContext(options: ClientOptions): ClientContext {
  const clock = clockWithNow(options.clock ?? systemClock, options.now);
  const retry =
    typeof options.retry === 'number'
      ? { ...defaultRetryPolicy, limit: options.retry }
      : { ...defaultRetryPolicy, ...options.retry };
  const manifestUrl = resolveManifestUrl(options.baseUrl);
  const loader = new FeedLoader({
    ...options,
    timeoutMs: options.timeoutMs ?? 10_000,
    retry,
    cacheTtlMs: options.cacheTtlMs ?? 300_000,
    clock,
    limits: { ...defaultFeedLimits, ...options.limits },
    manifestUrl,
  });
  return { manifestUrl, clock, loader, serverOffset: 0 };
}

function resolveManifestUrl(baseUrl: string | URL): string {
  const page = (globalThis as { location?: { href: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(baseUrl, page);
  } catch (cause) {
    throw feedErrors.config(String(baseUrl), page, cause);
  }
  if (!url.pathname.endsWith('.json')) url.pathname = url.pathname.replace(/\/?$/, '/index.json');
  return url.href;
}
