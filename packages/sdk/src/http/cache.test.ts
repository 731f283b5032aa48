import { describe, expect, it } from 'vitest';
import { feedErrors } from '../errors.js';
import { ManualClock } from '../testing/index.js';
import type { FetchedJson, Validators } from './attempt.js';
import { FeedCache } from './cache.js';

const URL = 'https://example.org/feeds/v1/events.json';
const parse = (body: unknown) => ({ parsed: body });
const ok = (body: unknown, headers: Record<string, string> = {}): FetchedJson => ({ status: 200, headers: new Headers(headers), body });
const signal = new AbortController().signal;

describe('FeedCache', () => {
  it('is fresh for ttlMs after a fetch, then no longer', async () => {
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const cache = new FeedCache(60_000, clock);
    expect(cache.fresh(URL)).toBeUndefined();
    const date = 'Sat, 21 Nov 2026 12:00:03 GMT';
    await cache.refresh(URL, parse, signal, async () => ok(1, { date }));
    expect(cache.fresh(URL)).toEqual({ value: { parsed: 1 }, stale: false, serverDate: Date.parse(date) });
    await clock.advance(59_999);
    expect(cache.fresh(URL)).toBeDefined();
    await clock.advance(1);
    expect(cache.fresh(URL)).toBeUndefined();
  });

  it('offers the ETag and Last-Modified of the cached copy, and keeps it on a 304', async () => {
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const cache = new FeedCache(1000, clock);
    const seen: Array<Validators | undefined> = [];
    const lastModified = 'Fri, 20 Nov 2026 08:00:00 GMT';
    await cache.refresh(URL, parse, signal, async (cached) => {
      seen.push(cached);
      return ok(1, { etag: '"v1"', 'last-modified': lastModified });
    });
    await clock.advance(1000);
    let parses = 0;
    const loaded = await cache.refresh(URL, (body) => (parses++, parse(body)), signal, async (cached) => {
      seen.push(cached);
      return { status: 304, headers: new Headers(), body: undefined };
    });
    expect(seen[0]).toBeUndefined();
    expect(seen[1]).toMatchObject({ etag: '"v1"', lastModified });
    expect(loaded).toEqual({ value: { parsed: 1 }, stale: false, serverDate: undefined });
    expect(parses).toBe(0);
    // The 304 renewed the copy: fresh again for ttlMs.
    expect(cache.fresh(URL)).toBeDefined();
  });

  it('serves the last good value, stale, when a refresh fails with a FeedError', async () => {
    const cache = new FeedCache(0, new ManualClock(0));
    await cache.refresh(URL, parse, signal, async () => ok(1));
    const failed = await cache.refresh(URL, parse, signal, () => Promise.reject(feedErrors.http(URL, 503)));
    expect(failed).toEqual({ value: { parsed: 1 }, stale: true, serverDate: undefined });
  });

  it('fails without a cached copy, on errors that are not FeedErrors, and when the caller gave up', async () => {
    const cache = new FeedCache(0, new ManualClock(0));
    const http = feedErrors.http(URL, 503);
    await expect(cache.refresh(URL, parse, signal, () => Promise.reject(http))).rejects.toBe(http);
    await cache.refresh(URL, parse, signal, async () => ok(1));
    const bug = new TypeError('bug');
    await expect(cache.refresh(URL, parse, signal, () => Promise.reject(bug))).rejects.toBe(bug);
    const aborted = AbortSignal.abort();
    await expect(cache.refresh(URL, parse, aborted, () => Promise.reject(http))).rejects.toBe(http);
  });
});
