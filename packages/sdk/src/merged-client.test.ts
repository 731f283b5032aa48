import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, mergeClients } from './index.js';
import { ManualClock } from './testing/index.js';
import { eventsFile, manifest, panel, startFeedServer, type FeedServer } from '../test/support/feed-server.js';

let server: FeedServer;
let clock: ManualClock;
beforeEach(async () => {
  server = await startFeedServer();
  clock = new ManualClock('2026-11-21T12:00:00Z');
});
afterEach(() => server.close());

const network = (id: string, ics?: string) => ({ id, name: `Red ${id}`, ...(ics ? { ics } : {}) });

/** Feed `a` (network red-a) and feed `b` (network red-b); both carry the event `shared`, each its own copy. */
function serveTwoFeeds() {
  server.json('a/index.json', manifest({ networks: [network('red-a', 'ics/red-a.ics')], feeds: { events: { url: 'events.json' }, ics: { url: 'events.ics' } } }));
  server.json('a/events.json', eventsFile([panel('a-1', '2026-11-25T17:00:00-03:00', { network: 'red-a' }), panel('shared', '2026-11-27T10:00:00-03:00', { network: 'red-a' })]));
  server.json('b/index.json', manifest({ networks: [network('red-b', 'https://cdn.example.org/red-b.ics')], feeds: { events: { url: 'events.json' } } }));
  server.json('b/events.json', eventsFile([panel('b-1', '2026-11-24T09:00:00-03:00', { network: 'red-b' }), panel('shared', '2026-11-27T10:00:00-03:00', { network: 'red-b' })]));
}

const merged = (...feeds: string[]) => mergeClients(feeds.map((feed) => createClient({ baseUrl: `${server.baseUrl}${feed}/`, clock })));
const range = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

describe('mergeClients', () => {
  it('lists the events of every feed in order, each once by id (the first feed wins), each with its network', async () => {
    serveTwoFeeds();
    const result = await merged('a', 'b').events.list(range);
    expect(result.items.map((o) => [o.event.id, o.event.network])).toEqual([
      ['b-1', 'red-b'],
      ['a-1', 'red-a'],
      ['shared', 'red-a'],
    ]);
    expect(result.missing).toEqual([]);
  });

  it('answers from the feeds that could be read and lists the one that failed as missing, whole', async () => {
    serveTwoFeeds();
    server.route('b/index.json', (_, response) => void response.writeHead(404).end());
    const result = await merged('a', 'b').events.list(range);
    expect(result.items.map((o) => o.event.id)).toEqual(['a-1', 'shared']);
    expect(result.missing).toHaveLength(1);
    expect(result.missing![0]).toMatchObject({ feed: 'events', url: `${server.baseUrl}b/index.json` });
    expect(result.missing![0]!.from).toBeUndefined();
    expect(result.missing![0]!.error).toMatchObject({ name: 'FeedError', code: 'http', status: 404 });
  });

  it('fails with the first error only when every feed fails', async () => {
    await expect(merged('a', 'b').events.list(range)).rejects.toMatchObject({ code: 'http', status: 404, url: `${server.baseUrl}a/index.json` });
  });

  it('next() is the earliest of the feeds; get() the first feed that has the id', async () => {
    serveTwoFeeds();
    const client = merged('a', 'b');
    expect((await client.events.next()).item?.event.id).toBe('b-1');
    expect((await client.events.get('shared')).item?.network).toBe('red-a');
    expect((await client.events.get('b-1')).item?.network).toBe('red-b');
  });

  it('merges the networks and their calendars (absolute URLs); no one file holds every feed', async () => {
    serveTwoFeeds();
    expect((await merged('a', 'b').networks.list()).items.map((n) => n.id)).toEqual(['red-a', 'red-b']);
    const calendars = await merged('a', 'b').networks.calendars();
    expect(calendars.networks).toEqual({ 'red-a': `${server.baseUrl}a/ics/red-a.ics`, 'red-b': 'https://cdn.example.org/red-b.ics' });
    expect(calendars.feed).toBeUndefined();
  });

  it('all() fails when a feed fails (a hub must not publish a merge missing one)', async () => {
    serveTwoFeeds();
    expect((await merged('a', 'b').events.all()).items.map((e) => e.id).sort()).toEqual(['a-1', 'b-1', 'shared']);
    server.route('b/events.json', (_, response) => void response.writeHead(404).end());
    await expect(merged('a', 'b').events.all()).rejects.toMatchObject({ code: 'http' });
  });

  it('follows every feed’s new versions', () => {
    serveTwoFeeds();
    const clients = ['a', 'b'].map((feed) => createClient({ baseUrl: `${server.baseUrl}${feed}/`, clock }));
    const stops: string[] = [];
    const tracked = clients.map((client, i) => ({ ...client, onUpdate: () => () => void stops.push(String(i)) }));
    mergeClients(tracked).onUpdate(() => {})();
    expect(stops).toEqual(['0', '1']);
  });
});

describe('networks.calendars', () => {
  it('gives the feed’s and each network’s iCalendar file as absolute URLs', async () => {
    serveTwoFeeds();
    const calendars = await createClient({ baseUrl: `${server.baseUrl}a/`, clock }).networks.calendars();
    expect(calendars.feed).toBe(`${server.baseUrl}a/events.ics`);
    expect(calendars.networks).toEqual({ 'red-a': `${server.baseUrl}a/ics/red-a.ics` });
  });
});
