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

const client = () => createClient({ baseUrl: server.baseUrl, clock });

const shards = [
  { url: 'events/2026-11.json', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
  { url: 'events/2026-12.json', from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' },
  { url: 'events/2027-01.json', from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' },
  { url: 'events/2027-06.json', from: '2027-06-01T00:00:00Z', to: '2027-07-01T00:00:00Z' },
];
const monthly = panel('red-monthly', '2026-11-19T17:00:00-03:00', {
  kind: 'meeting',
  recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH', exceptions: ['2026-12-17T17:00:00-03:00'] },
});

function serveShards() {
  server.json('index.json', manifest({ feeds: { events: { shards } } }));
  server.json('events/2026-11.json', eventsFile([panel('nov', '2026-11-25T17:00:00-03:00'), monthly]));
  server.json('events/2026-12.json', eventsFile([panel('dec', '2026-12-09T12:00:00+01:00', { timeZone: 'Europe/Madrid' }), monthly]));
  server.json('events/2027-01.json', eventsFile([panel('jan', '2027-01-13T17:00:00-03:00'), monthly]));
  server.json('events/2027-06.json', eventsFile([panel('jun', '2027-06-09T17:00:00-04:00'), monthly]));
}

/** Serves the shards, but `events/<month>.json` of each month given answers 404. */
function serveShardsFailing(...months: string[]) {
  serveShards();
  for (const month of months) server.route(`events/${month}.json`, (_, response) => void response.writeHead(404).end());
}

describe('a sharded feed with a shard that fails', () => {
  it('list() returns the events of the other shards and names the missing shard with its range and error', async () => {
    serveShardsFailing('2026-11');
    const result = await client().events.list({ from: '2026-11-30T00:00:00Z', to: '2027-01-10T00:00:00Z' });
    expect(result.items.map((o) => o.event.id)).toEqual(['dec']);
    expect(result.missing).toHaveLength(1);
    const [missing] = result.missing!;
    expect(missing).toMatchObject({ feed: 'events', url: `${server.baseUrl}events/2026-11.json` });
    expect([missing!.from, missing!.to]).toEqual(['2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z']);
    expect(missing!.error).toMatchObject({ name: 'FeedError', code: 'http', status: 404 });
  });

  it('list() fails when no shard it needed could be read, and nothing is missing when all were', async () => {
    serveShardsFailing('2026-12');
    await expect(client().events.list({ from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' })).rejects.toMatchObject({ code: 'http', status: 404 });
    expect((await client().events.list({ from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' })).missing).toEqual([]);
  });

  it('next() finds a panel before a failing later shard, with nothing missing', async () => {
    serveShardsFailing('2027-01');
    await clock.set('2026-11-26T00:00:00Z');
    const result = await client().events.next({ kind: 'panel' });
    expect(result.item?.event.id).toBe('dec');
    expect(result.missing).toEqual([]);
  });

  it('next() finds a panel after a failing shard, and names the shard that could hold an earlier one', async () => {
    serveShardsFailing('2026-12');
    await clock.set('2026-11-26T00:00:00Z');
    const result = await client().events.next({ kind: 'panel' });
    expect(result.item?.event.id).toBe('jan');
    expect(result.missing?.map((file) => file.url)).toEqual([`${server.baseUrl}events/2026-12.json`]);
  });

  it('get() lists no missing shard once it found the event, and the failed one when it did not', async () => {
    serveShardsFailing('2027-06');
    const found = await client().events.get('dec');
    expect([found.item?.id, found.missing]).toEqual(['dec', []]);
    const notFound = await client().events.get('jun');
    expect([notFound.item, notFound.missing?.map((file) => file.url)]).toEqual([undefined, [`${server.baseUrl}events/2027-06.json`]]);
  });

  it('get() fails only when no shard at all could be read, wherever it looked first', async () => {
    serveShardsFailing('2026-11', '2026-12', '2027-01', '2027-06');
    await expect(client().events.get('dec')).rejects.toMatchObject({ code: 'http', status: 404 });
    serveShardsFailing('2026-11');
    expect((await client().events.get('jun')).item?.id).toBe('jun');
  });

  it('all() still fails on any failing shard: it promises every event', async () => {
    serveShardsFailing('2027-06');
    await expect(client().events.all()).rejects.toMatchObject({ code: 'http', status: 404 });
  });
});

describe('events from a sharded feed', () => {
  it('fetches only the shards that overlap the range', async () => {
    serveShards();
    const { items } = await client().events.list({ from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
    expect(items.map((occurrence) => occurrence.event.id)).toEqual(['dec']); // 12-17 is an exception
    expect([server.hits('events/2026-11.json'), server.hits('events/2026-12.json'), server.hits('events/2027-01.json')]).toEqual([0, 1, 0]);
  });

  it('merges an event present in several shards and expands it once per date', async () => {
    serveShards();
    const { items } = await client().events.list({ from: '2026-11-01T00:00:00Z', to: '2027-02-01T00:00:00Z' });
    const keys = items.filter((o) => o.event.id === 'red-monthly').map((o) => o.key);
    // 3rd Thursdays at 17:00 Santiago (UTC-3 in summer time): Nov 19 and Jan 21; Dec 17 is excluded.
    expect(keys).toEqual(['red-monthly@2026-11-19T20:00:00.000Z', 'red-monthly@2027-01-21T20:00:00.000Z']);
    expect(items.map((o) => o.event.id)).toEqual(['red-monthly', 'nov', 'dec', 'jan', 'red-monthly']);
    expect(server.hits('events/2027-06.json')).toBe(0);
  });

  it('occurrence() is an event’s date to count down to, as occurrenceAt finds it: a series’ next date, a single event’s own', async () => {
    serveShards();
    const events = client().events;
    // The 3rd Thursday of December (the 17th) is an exception: after November's, January's.
    const series = await events.occurrence('red-monthly', { at: '2026-11-20T00:00:00Z' });
    expect([series.item?.key, series.item?.start.toISOString(), series.item?.recurring]).toEqual(['red-monthly', '2027-01-21T20:00:00.000Z', true]);
    expect((await events.occurrence('red-monthly', { at: '2026-11-19T12:00:00Z' })).item?.start.toISOString()).toBe('2026-11-19T20:00:00.000Z');
    // Without `at`, the client clock (2026-11-21); a single event is its own date, ended or not.
    expect((await events.occurrence('nov')).item?.start.toISOString()).toBe('2026-11-25T20:00:00.000Z');
    await clock.set('2027-03-01T00:00:00Z');
    expect((await events.occurrence('jan')).item?.start.toISOString()).toBe('2027-01-13T20:00:00.000Z');
    expect((await events.occurrence('nope')).item).toBeUndefined();
  });

  it('get() and occurrence() read the shard of now (or `at`) first, then the next 90 days, then the rest, only while the event is not found', async () => {
    serveShards();
    const hits = () => shards.map((shard) => server.hits(shard.url));
    // The clock is on 2026-11-21: a countdown to this month's panel reads this month's shard only.
    expect((await client().events.occurrence('nov')).item?.event.id).toBe('nov');
    expect(hits()).toEqual([1, 0, 0, 0]);
    expect((await client().events.get('jan')).item?.id).toBe('jan');
    expect(hits()).toEqual([2, 1, 1, 0]);
    expect((await client().events.occurrence('jun', { at: '2027-06-01T00:00:00Z' })).item?.event.id).toBe('jun');
    expect(hits()).toEqual([2, 1, 1, 1]);
    // Not in the feed: every shard read, each once.
    expect((await client().events.get('nope')).item).toBeUndefined();
    expect(hits()).toEqual([3, 2, 2, 2]);
  });

  it('next() finds the next panel not yet ended, reading forward only as needed', async () => {
    serveShards();
    await clock.set('2026-11-26T00:00:00Z');
    expect((await client().events.next({ kind: 'panel' })).item?.event.id).toBe('dec');
    expect(server.hits('events/2027-06.json')).toBe(0);
    await clock.set('2027-01-14T00:00:00Z');
    expect((await client().events.next({ kind: 'panel' })).item?.event.id).toBe('jun');
  });

  it('next() reads no shard beyond the first window that has a match', async () => {
    serveShards();
    const { item } = await client().events.next({ kind: 'panel' });
    expect(item?.event.id).toBe('nov');
    expect(server.hits('events/2027-06.json')).toBe(0);
  });

  it('all() reads every shard and gives each event once, unexpanded', async () => {
    serveShards();
    const { items, warnings } = await client().events.all();
    expect(items.map((event) => event.id)).toEqual(['nov', 'red-monthly', 'dec', 'jan', 'jun']);
    expect(items.find((event) => event.id === 'red-monthly')?.recurrence?.rule).toBe('FREQ=MONTHLY;BYDAY=3TH');
    expect(warnings).toEqual([]);
    for (const shard of shards) expect(server.hits(shard.url)).toBe(1);
  });

  it('next() counts a panel in progress and skips one that has ended', async () => {
    serveShards();
    await clock.set('2026-11-25T20:30:00Z'); // "nov" runs 20:00–21:00 UTC
    expect((await client().events.next({ kind: 'panel' })).item?.event.id).toBe('nov');
    await clock.set('2026-11-25T21:00:00Z'); // end is exclusive
    expect((await client().events.next({ kind: 'panel' })).item?.event.id).toBe('dec');
  });
});

describe('events from a single file', () => {
  beforeEach(() => {
    server.json('index.json', manifest());
    server.json(
      'events.json',
      eventsFile([
        panel('a', '2026-12-02T17:00:00-03:00', { topics: ['Datos abiertos'], location: { country: 'CL' } }),
        panel('b', '2026-12-03T10:00:00+01:00', { timeZone: 'Europe/Madrid', kind: 'workshop', location: { country: 'ES' } }),
        { ...panel('c', '2026-12-04T17:00:00-03:00'), title: 'Innovación pública', status: 'cancelled' },
      ]),
    );
  });

  it('filters by kind, topic, country and an accent-insensitive query', async () => {
    const feed = client();
    const range = { from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
    const ids = async (query: object) => (await feed.events.list({ ...range, ...query })).items.map((o) => o.event.id);
    expect(await ids({})).toEqual(['a', 'b', 'c']);
    expect(await ids({ kinds: ['workshop'] })).toEqual(['b']);
    expect(await ids({ topics: ['datos abiertos'] })).toEqual(['a']);
    expect(await ids({ country: 'ES' })).toEqual(['b']);
    expect(await ids({ q: 'innovacion' })).toEqual(['c']);
  });

  it('gets one event by id, and undefined for an unknown id', async () => {
    expect((await client().events.get('c')).item?.status).toBe('cancelled');
    expect((await client().events.get('nope')).item).toBeUndefined();
  });

  it('all() reads events.json and keeps the warnings of dropped items', async () => {
    server.json('events.json', eventsFile([panel('a', '2026-12-02T17:00:00-03:00'), { id: 'bad', title: 'Sin inicio' }]));
    const { items, warnings } = await client().events.all();
    expect(items.map((event) => event.id)).toEqual(['a']);
    expect(warnings).toEqual([expect.objectContaining({ feed: 'events', id: 'bad', index: 1 })]);
  });

  it('defaults the range to a year from the client clock', async () => {
    await clock.set('2026-12-03T12:00:00Z');
    expect((await client().events.list()).items.map((o) => o.event.id)).toEqual(['c']);
  });
});

describe('all-day events', () => {
  // Midnight in the zone: Kiritimati is 14 hours ahead of UTC, Etc/GMT+12 twelve behind; 2026-13-01 is
  // not a date, and zoned arithmetic rolls it over to 2027-01-01, as it always has.
  const day = (id: string, start: string, timeZone: string, end?: string) => ({
    ...panel(id, start, { timeZone, allDay: true }),
    ...(end ? { end } : {}),
  });
  beforeEach(() => {
    server.json('index.json', manifest());
    server.json(
      'events.json',
      eventsFile([
        day('ahead', '2026-03-01', 'Pacific/Kiritimati'),
        day('behind', '2026-02-28', 'Etc/GMT+12'),
        day('long', '2026-02-20', 'America/Santiago', '2026-03-03'),
        day('rolled', '2026-13-01', 'UTC'),
      ]),
    );
  });

  it('are in exactly the ranges their zoned days overlap', async () => {
    const feed = client();
    const ids = async (from: string, to: string) => (await feed.events.list({ from, to })).items.map((o) => o.event.id);
    expect(await ids('2026-02-28T09:00:00Z', '2026-02-28T10:00:00Z')).toEqual(['long']);
    expect(await ids('2026-02-28T09:00:00Z', '2026-02-28T10:00:01Z')).toEqual(['long', 'ahead']);
    expect(await ids('2026-03-01T11:00:00Z', '2026-03-01T12:00:00Z')).toEqual(['long', 'behind']);
    expect(await ids('2026-03-01T12:00:00Z', '2026-03-01T13:00:00Z')).toEqual(['long']);
    expect(await ids('2026-03-03T03:00:00Z', '2026-03-10T00:00:00Z')).toEqual([]);
    expect(await ids('2026-03-03T02:59:59Z', '2026-03-10T00:00:00Z')).toEqual(['long']);
    const [rolled] = (await feed.events.list({ from: '2026-12-31T00:00:00Z', to: '2027-01-03T00:00:00Z' })).items;
    expect([rolled?.event.id, rolled?.start.toISOString(), rolled?.end.toISOString()]).toEqual([
      'rolled',
      '2027-01-01T00:00:00.000Z',
      '2027-01-02T00:00:00.000Z',
    ]);
  });
});

describe('labs, streams and networks', () => {
  beforeEach(() => {
    server.json('index.json', manifest());
    server.json('labs.json', {
      schemaVersion: 1,
      labs: [
        { id: 'l1', name: 'Laboratorio de Gobierno y Transformación Digital', sector: 'public', country: 'PE', city: 'Lima' },
        { id: 'l2', name: 'Laboratorio de Innovación de Cajamarca', sector: 'public', country: 'PE', city: 'Cajamarca' },
        { id: 'l3', name: 'Lab UIS', sector: 'academia', country: 'CO', city: 'Bucaramanga' },
        { id: 'l4', name: 'Sin país', sector: 'academia' },
      ],
    });
    server.json('streams.json', {
      schemaVersion: 1,
      streams: [
        { id: 's1', videoId: 'AAAAAAAAAAA', title: 'Ayer', scheduledStart: '2026-11-20T20:00:00Z' },
        { id: 's2', videoId: 'BBBBBBBBBBB', title: 'Ahora', scheduledStart: '2026-11-21T11:30:00Z' },
        { id: 's3', videoId: 'bad id', title: 'Id inválido' },
      ],
    });
  });

  it('lists labs with search and facets, reporting the invalid one', async () => {
    const feed = client();
    const { items, warnings } = await feed.labs.list({ q: 'innovacion', country: 'PE' });
    expect(items.map((lab) => lab.id)).toEqual(['l2']);
    expect(warnings).toMatchObject([{ feed: 'labs', index: 3, id: 'l4', path: 'country' }]);
    const facets = await feed.labs.facets({ country: 'PE' });
    expect(facets.sector).toEqual([{ value: 'public', count: 2 }]);
    expect(facets.country).toEqual([
      { value: 'PE', count: 2 },
      { value: 'CO', count: 1 },
    ]);
    expect(server.hits('labs.json')).toBe(1);
  });

  it('lists streams with their status as of the client clock', async () => {
    const { items, warnings } = await client().streams.list();
    expect(items.map(({ stream, status }) => [stream.id, status])).toEqual([
      ['s1', 'ended'],
      ['s2', 'live'],
    ]);
    expect(warnings).toMatchObject([{ index: 2, id: 's3', path: 'videoId' }]);
    expect((await client().streams.get('s2')).item?.status).toBe('live');
  });

  it('gives each stream its YouTube watch URL', async () => {
    server.json('index.json', manifest({ feeds: { streams: { url: 'streams.json' } } }));
    server.json('streams.json', { schemaVersion: 1, streams: [{ id: 's1', videoId: 'dQw4w9WgXcQ', title: 'Panel' }] });
    const { items } = await client().streams.list();
    expect(items.map(({ watchUrl }) => watchUrl)).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXcQ']);
    expect((await client().streams.get('s1')).item?.watchUrl).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });

  it('lists the networks of the manifest', async () => {
    const { items } = await client().networks.list();
    expect(items.map((network) => network.id)).toEqual(['red-govtech']);
  });

  it('says which feed the manifest lacks', async () => {
    server.json('index.json', manifest({ feeds: { events: { url: 'events.json' } } }));
    await expect(client().labs.list()).rejects.toMatchObject({ code: 'not-a-feed', message: /no "labs" feed/ });
  });
});

// Several feeds as one (merged-client.ts), and the calendars a feed publishes (client/networks.ts).
const network = (id: string, ics?: string) => ({ id, name: `Red ${id}`, ...(ics ? { ics } : {}) });

/** Feed `a` (network red-a) and feed `b` (network red-b); both carry the event `shared`, each its own copy. */
function serveTwoFeeds() {
  server.json('a/index.json', manifest({ title: 'Agenda A', networks: [network('red-a', 'ics/red-a.ics')], feeds: { events: { url: 'events.json' }, ics: { url: 'events.ics' } } }));
  server.json('a/events.json', eventsFile([panel('a-1', '2026-11-25T17:00:00-03:00', { network: 'red-a' }), panel('shared', '2026-11-27T10:00:00-03:00', { network: 'red-a' })]));
  server.json('b/index.json', manifest({ title: 'Agenda B', networks: [network('red-b', 'https://cdn.example.org/red-b.ics')], feeds: { events: { url: 'events.json' } } }));
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
    expect((await client.events.occurrence('shared')).item?.event.network).toBe('red-a');
  });

  it('merges the networks and their calendars (absolute URLs) and names them all; no one file holds every feed', async () => {
    serveTwoFeeds();
    expect((await merged('a', 'b').networks.list()).items.map((n) => n.id)).toEqual(['red-a', 'red-b']);
    const calendars = await merged('a', 'b').networks.calendars();
    expect(calendars.networks).toEqual({ 'red-a': `${server.baseUrl}a/ics/red-a.ics`, 'red-b': 'https://cdn.example.org/red-b.ics' });
    expect(calendars.feed).toBeUndefined();
    expect(calendars.title).toBe('Agenda A · Agenda B');
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
  it('gives the feed’s and each network’s iCalendar file as absolute URLs, and the feed’s name', async () => {
    serveTwoFeeds();
    const calendars = await createClient({ baseUrl: `${server.baseUrl}a/`, clock }).networks.calendars();
    expect(calendars.title).toBe('Agenda A');
    expect(calendars.feed).toBe(`${server.baseUrl}a/events.ics`);
    expect(calendars.networks).toEqual({ 'red-a': `${server.baseUrl}a/ics/red-a.ics` });
  });
});
