import ky from 'ky';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../test/support/feed-server.js';
import { ManualClock } from '../testing/index.js';
import { attempt, type AttemptOptions } from './attempt.js';

let server: FeedServer;
let clock: ManualClock;
let options: AttemptOptions;
beforeEach(async () => {
  server = await startFeedServer();
  clock = new ManualClock('2026-11-21T12:00:00Z');
  options = { ky, fetch: undefined, timeoutMs: 1000, clock, limits: { maxBytes: 1000 } };
});
afterEach(() => server.close());

const signal = new AbortController().signal;

describe('attempt: one timed request', () => {
  it('reads and parses a JSON body', async () => {
    server.json('a.json', { hello: 'world' });
    const fetched = await attempt(`${server.baseUrl}a.json`, undefined, signal, options);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual({ hello: 'world' });
    expect(server.requests[0]!.headers.accept).toBe('application/json');
  });

  it('sends the validators of the cached copy and reads no body from a 304 or an error status', async () => {
    server.json('a.json', { v: 1 }, { etag: '"v1"' });
    const validators = { etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 08:00:00 GMT' };
    const fetched = await attempt(`${server.baseUrl}a.json`, validators, signal, options);
    expect(fetched).toMatchObject({ status: 304, body: undefined });
    expect(server.requests[0]!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': validators.lastModified });
    expect(await attempt(`${server.baseUrl}missing.json`, undefined, signal, options)).toMatchObject({ status: 404, body: undefined });
  });

  it('fails with not-json on a body that is not JSON', async () => {
    server.route('page.json', (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end('<html>'));
    await expect(attempt(`${server.baseUrl}page.json`, undefined, signal, options)).rejects.toMatchObject({ code: 'not-json' });
  });

  it('fails with network when nothing answers', async () => {
    const url = `${server.baseUrl}a.json`;
    await server.close();
    await expect(attempt(url, undefined, signal, options)).rejects.toMatchObject({ code: 'network', url });
  });

  it('times out on the injected clock while the body is still coming', async () => {
    server.route('slow.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":');
    });
    const result = attempt(`${server.baseUrl}slow.json`, undefined, signal, options);
    expect(await clock.nextSleep('timeout')).toBe(1000);
    await clock.advance(1000);
    await expect(result).rejects.toMatchObject({ code: 'timeout' });
  });

  it("fails with the caller's reason when the caller aborts", async () => {
    server.route('never.json', () => undefined);
    const controller = new AbortController();
    const result = attempt(`${server.baseUrl}never.json`, undefined, controller.signal, options);
    await clock.nextSleep('timeout');
    controller.abort(new Error('left the page'));
    await expect(result).rejects.toThrow('left the page');
    expect(clock.pending('timeout')).toEqual([]);
  });
});
