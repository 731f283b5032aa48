import ky from 'ky';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, FeedError, type GovtechClient } from './index.js';
import { ManualClock } from './testing/index.js';
import { eventsFile, manifest, panel, startFeedServer, type FeedServer } from '../test/support/feed-server.js';

const NOW = '2026-11-21T12:00:00Z';
const upcoming = panel('p1', '2026-12-02T17:00:00-03:00');

let server: FeedServer;
let clock: ManualClock;

beforeEach(async () => {
  server = await startFeedServer();
  clock = new ManualClock(NOW);
  server.json('index.json', manifest());
});
afterEach(() => server.close());

function client(options: Partial<Parameters<typeof createClient>[0]> = {}): GovtechClient {
  return createClient({ baseUrl: server.baseUrl, clock, ...options });
}

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

describe('retries', () => {
  it('retries a 500 after a backoff on the injected clock, then succeeds', async () => {
    let calls = 0;
    server.route('events.json', (_request, response) => {
      if (calls++ === 0) return void response.writeHead(500).end('boom');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(eventsFile([upcoming])));
    });
    const result = client().events.list();
    expect(await clock.nextSleep('retry')).toBe(300);
    await clock.advance(300);
    expect((await result).items.map((occurrence) => occurrence.event.id)).toEqual(['p1']);
    expect(server.hits('events.json')).toBe(2);
  });

  it('waits for Retry-After on a 429', async () => {
    let calls = 0;
    server.route('events.json', (_request, response) => {
      if (calls++ === 0) return void response.writeHead(429, { 'retry-after': '7' }).end();
      response.writeHead(200).end(JSON.stringify(eventsFile([upcoming])));
    });
    const result = client().events.list();
    expect(await clock.nextSleep('retry')).toBe(7000);
    await clock.advance(7000);
    expect((await result).items).toHaveLength(1);
  });

  it('gives up at once when Retry-After asks for longer than the policy allows', async () => {
    server.route('events.json', (_request, response) => void response.writeHead(429, { 'retry-after': '3600' }).end());
    const error = await failure(client().events.list());
    expect(error).toMatchObject({ code: 'http', status: 429 });
    expect(server.hits('events.json')).toBe(1);
  });

  it('does not retry other 4xx, and says what a 404 means', async () => {
    const error = await failure(client().events.list());
    expect(error).toMatchObject({ code: 'http', status: 404, url: `${server.baseUrl}events.json` });
    expect(error.message).toMatch(/base URL/);
    expect(server.hits('events.json')).toBe(1);
  });

  it('stops after the retry limit with the last error', async () => {
    server.route('events.json', (_request, response) => void response.writeHead(503).end());
    const result = client({ retry: 1 }).events.list();
    await clock.advance(await clock.nextSleep('retry'));
    expect(await failure(result)).toMatchObject({ code: 'http', status: 503 });
    expect(server.hits('events.json')).toBe(2);
  });

  it('retries network errors and reports them with a CORS hint', async () => {
    const closed = server.baseUrl;
    await server.close();
    const result = createClient({ baseUrl: closed, clock, retry: 1 }).networks.list();
    await clock.advance(await clock.nextSleep('retry'));
    const error = await failure(result);
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/Access-Control-Allow-Origin/);
    server = await startFeedServer(); // for afterEach
  });
});

describe('timeouts and abort', () => {
  it('times out a hanging response on the injected clock', async () => {
    server.route('events.json', () => {
      /* never answers */
    });
    const result = client({ timeoutMs: 2500, retry: 0 }).events.list();
    expect(await clock.nextSleep('timeout')).toBe(2500);
    // The manifest's own timeout timer is gone once it answered; only the hanging one is left.
    await expect.poll(() => server.hits('events.json')).toBe(1);
    await clock.advance(2500);
    const error = await failure(result);
    expect(error.code).toBe('timeout');
  });

  it('times out a body that stalls after the headers', async () => {
    server.route('events.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"schemaVersion":1,');
    });
    const result = client({ timeoutMs: 1000, retry: 0 }).events.list();
    await expect.poll(() => server.hits('events.json')).toBe(1);
    await clock.advance(1000);
    expect((await failure(result)).code).toBe('timeout');
  });

  it('rejects with the AbortSignal reason and does not retry', async () => {
    server.route('events.json', () => {
      /* never answers */
    });
    const controller = new AbortController();
    const result = client().events.list({ signal: controller.signal });
    await expect.poll(() => server.hits('events.json')).toBe(1);
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(clock.pending('retry')).toEqual([]);
  });
});

describe('bodies that are not a feed', () => {
  it('explains a body that is not JSON', async () => {
    server.route('events.json', (_request, response) =>
      void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Login</p>'),
    );
    const error = await failure(client().events.list());
    expect(error.code).toBe('not-json');
    expect(error.message).toContain('text/html');
  });

  it('explains JSON that is not a v1 feed', async () => {
    server.json('events.json', { schemaVersion: 2, events: [] });
    const error = await failure(client().events.list());
    expect(error.code).toBe('not-a-feed');
    expect(error.message).toMatch(/"schemaVersion": 2/);

    server.json('index.json', [1, 2, 3]);
    const manifestError = await failure(client().networks.list());
    expect(manifestError).toMatchObject({ code: 'not-a-feed', url: `${server.baseUrl}index.json` });
  });

  it('rejects a relative base URL outside a page with a clear message', () => {
    expect(() => createClient({ baseUrl: '/feeds/v1/' })).toThrow(/absolute URL/);
  });
});

describe('bad items', () => {
  it('drops and reports bad items, keeping the good ones', async () => {
    server.json(
      'events.json',
      eventsFile([
        upcoming,
        panel('bad-date', '2026-12-03 17:00'),
        { ...panel('bad-link', '2026-12-04T17:00:00-03:00'), onlineUrl: 'javascript:alert(1)' },
        panel('p1', '2026-12-05T17:00:00-03:00'),
        'not an object',
        panel('p2', '2026-12-06T17:00:00-03:00', { recurrence: { rule: 'FREQ=WEEKLY;BYHOUR=25' } }),
      ]),
    );
    const { items, warnings } = await client().events.list();
    expect(items.map((occurrence) => occurrence.event.id)).toEqual(['p1']);
    expect(warnings.map(({ index, id, path }) => ({ index, id, path }))).toEqual([
      { index: 1, id: 'bad-date', path: 'start' },
      { index: 2, id: 'bad-link', path: 'onlineUrl' },
      { index: 3, id: 'p1', path: 'id' },
      { index: 4, id: undefined, path: '' },
      { index: 5, id: 'p2', path: 'recurrence.rule' },
    ]);
    expect(warnings[1]?.message).toMatch(/http\(s\) URL/);
    expect(warnings.every((warning) => warning.url === `${server.baseUrl}events.json`)).toBe(true);
  });
});

describe('cache', () => {
  it('serves from memory within the TTL, then revalidates with ETag and reuses the body on 304', async () => {
    server.json('events.json', eventsFile([upcoming]), { etag: '"v1"' });
    const feed = client({ cacheTtlMs: 60_000 });
    await feed.events.list();
    await feed.events.list();
    expect(server.hits('events.json')).toBe(1);

    await clock.advance(61_000);
    const again = await feed.events.list();
    expect(server.hits('events.json')).toBe(2);
    const revalidation = server.requests.filter((request) => request.path.endsWith('events.json'))[1];
    expect(revalidation?.headers['if-none-match']).toBe('"v1"');
    expect(again).toMatchObject({ stale: false, items: [{ key: 'p1' }] });
  });

  it('in a page on another origin, leaves revalidation to the browser cache (no CORS preflight)', async () => {
    server.json('events.json', eventsFile([upcoming]), { etag: '"v1"' });
    const page = globalThis as { location?: unknown };
    page.location = { origin: 'https://municipio.example', href: 'https://municipio.example/agenda' };
    try {
      const feed = client({ cacheTtlMs: 1000 });
      await feed.events.list();
      await clock.advance(2000);
      await feed.events.list();
    } finally {
      delete page.location;
    }
    const requests = server.requests.filter((request) => request.path.endsWith('events.json'));
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => request.headers['if-none-match'])).toEqual([undefined, undefined]);
  });

  it('returns the last good data marked stale when a refresh fails', async () => {
    server.json('events.json', eventsFile([upcoming]));
    const feed = client({ cacheTtlMs: 1000, retry: 0 });
    expect((await feed.events.list()).stale).toBe(false);
    server.route('events.json', (_request, response) => void response.writeHead(500).end());
    await clock.advance(2000);
    const result = await feed.events.list();
    expect(result.stale).toBe(true);
    expect(result.items.map((occurrence) => occurrence.key)).toEqual(['p1']);
  });

  it('makes one request for concurrent reads of one file, and one caller aborting spares the others', async () => {
    let answer: (() => void) | undefined;
    server.route('events.json', (_request, response) => {
      answer = () => response.writeHead(200).end(JSON.stringify(eventsFile([upcoming])));
    });
    const feed = client();
    const controller = new AbortController();
    const first = feed.events.list();
    const second = feed.events.list({ signal: controller.signal });
    const third = feed.events.next({ kind: 'panel' });
    await expect.poll(() => answer).toBeDefined();
    controller.abort();
    answer?.();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect((await first).items).toHaveLength(1);
    expect((await third).item?.event.id).toBe('p1');
    expect(server.hits('events.json')).toBe(1);
    expect(server.hits('index.json')).toBe(1);
  });
});

describe('a new version of the feed', () => {
  it('reads every file again with a changed manifest, and tells the onUpdate listeners once', async () => {
    server.json('events.json', eventsFile([upcoming]));
    server.json('streams.json', { schemaVersion: 1, streams: [] });
    const feed = client({ cacheTtlMs: 60_000 });
    let updates = 0;
    const stop = feed.onUpdate(() => updates++);
    await feed.events.list();
    // streams.json is read later, so it would still be fresh when the manifest expires.
    await clock.advance(30_000);
    await feed.streams.list();
    await clock.advance(31_000);
    // Unchanged manifest: no new version, and streams.json is not asked for again.
    await feed.streams.list();
    expect([updates, server.hits('index.json'), server.hits('streams.json')]).toEqual([0, 2, 1]);

    await clock.advance(61_000);
    server.json('index.json', manifest({ generatedAt: '2026-11-21T12:02:00Z' }));
    server.json('streams.json', { schemaVersion: 1, streams: [{ id: 's2', videoId: 'dQw4w9WgXcQ', title: 'Nuevo', scheduledStart: '2026-12-01T10:00:00Z' }] });
    const streams = await feed.streams.list();
    expect(streams.items.map(({ stream }) => stream.id)).toEqual(['s2']);
    expect(updates).toBe(1);
    stop();
    server.json('index.json', manifest({ generatedAt: '2026-11-21T12:03:00Z' }));
    await clock.advance(61_000);
    await feed.events.list();
    expect([updates, server.hits('events.json')]).toEqual([1, 2]);
  });
});

describe('limits', () => {
  const labs = (count: number) => ({
    schemaVersion: 1,
    labs: Array.from({ length: count }, (_, i) => ({ id: `lab-${i}`, name: `Lab ${i}`, sector: 'public', country: 'CL' })),
  });

  it('refuses a file with more items than limits.maxItems, saying what to do', async () => {
    server.json('labs.json', labs(11));
    const error = await failure(client({ limits: { maxItems: 10 } }).labs.list());
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('is too large: 11 labs, over the limit of 10 items. Split or trim the feed');
    expect(error.message).toContain('docs/feeds.md');
    expect((await client({ limits: { maxItems: 11 } }).labs.list()).items).toHaveLength(11);
  });

  it('refuses a body over limits.maxBytes by its Content-Length, and without one while reading it', async () => {
    // About 1 MB: sizes are given in megabytes, to one decimal.
    const body = JSON.stringify(labs(15_000));
    server.route('labs.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
    const maxBytes = body.length - 1;
    const declared = await failure(client({ limits: { maxBytes, maxItems: 15_000 } }).labs.list());
    expect(declared.code).toBe('too-large');
    expect(declared.message).toContain('is too large: 1 MB or more, over the limit of 1 MB.');
    // Chunked, no length: the count of bytes read stops it.
    server.route('labs.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < body.length; i += 64_000) response.write(body.slice(i, i + 64_000));
      response.end();
    });
    const error = await failure(client({ limits: { maxBytes, maxItems: 15_000 }, retry: 0 }).labs.list());
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('is too large: 1 MB or more, over the limit of 1 MB.');
    expect((await client({ limits: { maxBytes: body.length, maxItems: 15_000 } }).labs.list()).items).toHaveLength(15_000);
  });
});

describe('a cancelled shared request', () => {
  it('is not joined by a later caller, who gets a fresh request', async () => {
    const answers: Array<() => void> = [];
    server.route('events.json', (_request, response) => {
      answers.push(() => response.writeHead(200).end(JSON.stringify(eventsFile([upcoming]))));
    });
    const feed = client();
    const controller = new AbortController();
    const first = feed.events.list({ signal: controller.signal });
    await expect.poll(() => answers.length).toBe(1);
    controller.abort(); // the only caller leaves: the request is cancelled…
    const second = feed.events.list(); // …and at once the same widget is created again on the page
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => answers.length).toBe(2);
    answers[1]!();
    expect((await second).items).toHaveLength(1);
  });
});

describe('server clock', () => {
  it('measures the offset between the server Date header and the client clock', async () => {
    server.route('index.json', (_request, response) => {
      response.writeHead(200, { date: new Date(Date.parse(NOW) + 90_000).toUTCString() });
      response.end(JSON.stringify(manifest()));
    });
    const feed = client();
    await feed.networks.list();
    expect(feed.serverClockOffsetMs()).toBe(90_000);
  });
});

describe('an app-provided ky instance', () => {
  it('makes the requests, so its hooks add headers and observe responses', async () => {
    server.json('events.json', eventsFile([upcoming]));
    const seen: Array<[string, number]> = [];
    const api = ky.create({
      hooks: {
        beforeRequest: [(request) => request.headers.set('x-app', 'portal')],
        afterResponse: [(request, _options, response) => void seen.push([new URL(request.url).pathname, response.status])],
      },
    });
    const { items } = await client({ ky: api }).events.list();
    expect(items.map((occurrence) => occurrence.event.id)).toEqual(['p1']);
    expect(server.requests.map((request) => request.headers['x-app'])).toEqual(['portal', 'portal']);
    expect(seen).toEqual([
      ['/feeds/v1/index.json', 200],
      ['/feeds/v1/events.json', 200],
    ]);
  });

  it('still goes through our retry loop, not its own', async () => {
    let calls = 0;
    server.route('events.json', (_request, response) => {
      if (calls++ === 0) return void response.writeHead(503).end();
      response.writeHead(200).end(JSON.stringify(eventsFile([upcoming])));
    });
    // An instance that would retry and throw on its own: the client switches both off per request.
    const api = ky.create({ retry: 5, throwHttpErrors: true });
    const result = client({ ky: api }).events.list();
    expect(await clock.nextSleep('retry')).toBe(300);
    await clock.advance(300);
    expect((await result).items).toHaveLength(1);
    expect(server.hits('events.json')).toBe(2);
  });
});
