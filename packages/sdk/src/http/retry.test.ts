import { describe, expect, it } from 'vitest';
import { feedErrors } from '../errors.js';
import { ManualClock } from '../testing/index.js';
import { defaultRetryPolicy, retryAfterMs, retryDelay, withRetries, type Answer } from './retry.js';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const policy = defaultRetryPolicy; // 2 retries, 300 ms doubling up to 5 s, Retry-After up to 30 s
const answer = (status: number, headers: Record<string, string> = {}): Answer => ({ status, headers: new Headers(headers) });

describe('retryDelay: the give-up rule', () => {
  it('backs off from baseDelayMs, doubling, up to maxDelayMs', () => {
    const wide = { ...policy, limit: 10 };
    expect([0, 1, 2, 3, 4, 5].map((attempt) => retryDelay(wide, attempt, undefined, NOW))).toEqual([
      300, 600, 1200, 2400, 4800, 5000,
    ]);
  });

  it('gives up after `limit` retries', () => {
    expect(retryDelay(policy, 1, undefined, NOW)).toBe(600);
    expect(retryDelay(policy, 2, undefined, NOW)).toBeUndefined();
    expect(retryDelay(policy, 2, answer(503), NOW)).toBeUndefined();
  });

  it('retries network errors, 5xx and 429, not other statuses', () => {
    expect(retryDelay(policy, 0, answer(500), NOW)).toBe(300);
    expect(retryDelay(policy, 0, answer(429), NOW)).toBe(300);
    expect(retryDelay(policy, 0, answer(404), NOW)).toBeUndefined();
    expect(retryDelay(policy, 0, answer(400), NOW)).toBeUndefined();
  });

  it('waits for Retry-After, and gives up when it is longer than maxRetryAfterMs', () => {
    expect(retryDelay(policy, 0, answer(503, { 'retry-after': '7' }), NOW)).toBe(7000);
    expect(retryDelay(policy, 0, answer(429, { 'retry-after': '30' }), NOW)).toBe(30_000);
    expect(retryDelay(policy, 0, answer(429, { 'retry-after': '31' }), NOW)).toBeUndefined();
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': ' 12 ' }), NOW)).toBe(12_000);
  });

  it("reads an HTTP date against the server's Date, not the client's clock", () => {
    const headers = new Headers({ 'retry-after': 'Sat, 21 Nov 2026 10:00:05 GMT', date: 'Sat, 21 Nov 2026 10:00:00 GMT' });
    expect(retryAfterMs(headers, NOW)).toBe(5000);
  });

  it("reads an HTTP date against now without a Date, and never below zero", () => {
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sat, 21 Nov 2026 12:00:02 GMT' }), NOW)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sat, 21 Nov 2026 11:00:00 GMT' }), NOW)).toBe(0);
  });

  it('is undefined when absent or unreadable', () => {
    expect(retryAfterMs(new Headers(), NOW)).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), NOW)).toBeUndefined();
  });
});

describe('withRetries: the loop on the injected clock', () => {
  const url = 'https://example.org/feeds/v1/events.json';
  const signal = new AbortController().signal;

  it('tries again after each wait and returns the first answer below 400', async () => {
    const clock = new ManualClock(NOW);
    const answers = [answer(503), answer(500), answer(304)];
    const result = withRetries(url, async () => answers.shift()!, policy, clock, signal);
    expect(await clock.nextSleep('retry')).toBe(300);
    await clock.advance(300);
    expect(await clock.nextSleep('retry')).toBe(600);
    await clock.advance(600);
    expect((await result).status).toBe(304);
  });

  it('fails with the http error of the last answer when it gives up', async () => {
    const error = await withRetries(url, async () => answer(404), policy, new ManualClock(NOW), signal).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'http', status: 404, url });
  });

  it('retries network errors, and lets other failures through at once', async () => {
    const clock = new ManualClock(NOW);
    let calls = 0;
    const flaky = async () => {
      if (calls++ === 0) throw feedErrors.network(url, new TypeError('fetch failed'));
      return answer(200);
    };
    const result = withRetries(url, flaky, policy, clock, signal);
    await clock.advance(await clock.nextSleep('retry'));
    expect((await result).status).toBe(200);

    const timeout = feedErrors.timeout(url, 10);
    await expect(withRetries(url, () => Promise.reject(timeout), policy, clock, signal)).rejects.toBe(timeout);
    expect(clock.pending('retry')).toEqual([]);
  });

  it('stops waiting when the signal aborts', async () => {
    const clock = new ManualClock(NOW);
    const controller = new AbortController();
    const result = withRetries(url, async () => answer(503), policy, clock, controller.signal);
    await clock.nextSleep('retry');
    controller.abort(new Error('gave up'));
    await expect(result).rejects.toThrow('gave up');
  });
});
