/**
 * When to try a feed request again, and how long to wait first. Our own loop, not ky's, for the reasons
 * in docs/decisions.md: it gives up on a long Retry-After, reads Retry-After against the server's Date,
 * and waits on the injected clock.
 */
import type { Clock } from '../clock.js';
import { feedErrors, isFeedError } from '../errors.js';

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

/** What a retry decision reads of a response: its status and headers. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
}

/**
 * How long to wait after attempt number `attempt` (0 = the first) failed before trying again, or
 * undefined to give up. `failed` is the error response, or undefined when no response came (a network
 * error). Network errors, 5xx and 429 are retried, up to `policy.limit` times; a `Retry-After` is obeyed
 * unless it is longer than `policy.maxRetryAfterMs`; otherwise the backoff doubles from `baseDelayMs`.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, failed: Answer | undefined, now: number): number | undefined {
  if (attempt >= policy.limit) return undefined;
  if (failed) {
    if (failed.status < 500 && failed.status !== 429) return undefined;
    const retryAfter = retryAfterMs(failed.headers, now);
    if (retryAfter !== undefined) return retryAfter > policy.maxRetryAfterMs ? undefined : retryAfter;
  }
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/**
 * Runs `attempt` until it gives a response below 400, waiting `retryDelay` between tries on the clock.
 * Only network errors and error statuses are retried: a timeout, a body that is not JSON or the caller's
 * abort fail at once.
 */
export async function withRetries<A extends Answer>(
  url: string,
  attempt: () => Promise<A>,
  policy: RetryPolicy,
  clock: Clock,
  signal: AbortSignal,
): Promise<A> {
  for (let tried = 0; ; tried++) {
    let answer: A | undefined;
    let failure: unknown;
    try {
      answer = await attempt();
      if (answer.status < 400) return answer;
      failure = feedErrors.http(url, answer.status);
    } catch (error) {
      if (!isFeedError(error) || error.code !== 'network') throw error;
      failure = error;
    }
    const delay = retryDelay(policy, tried, answer, clock.now());
    if (delay === undefined) throw failure;
    await clock.sleep(delay, { signal, purpose: 'retry' });
  }
}

/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = parseHttpDate(value);
  return date === undefined ? undefined : Math.max(0, date - (parseHttpDate(headers.get('date')) ?? now));
}

export function parseHttpDate(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
