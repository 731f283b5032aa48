import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient, type GovLab, type GovStream } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed } from './build.js';
import type { FeedsConfig } from './config.js';
import type { FeedContent } from './content.js';
import { mergeFeeds, type MergeOptions } from './merge.js';
import type { HubConfig } from './merge/hub-config.js';
import { feedFiles } from './output/feed-files.js';
import { replaceFolder } from './output/replace-folder.js';
import { serveFolder, type FolderServer } from '../test/support/serve-folder.js';
import { tree } from '../test/support/tree.js';
import { workFolder } from '../test/support/work-folder.js';

let work: string;
let servers: FolderServer[];

beforeEach(async () => {
  ({ work } = await workFolder('govtech-feeds-merge-'));
  servers = [];
});
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await rm(work, { recursive: true, force: true });
});

/** Builds a fixture site's feed into `work/<out>` with the build command's own code. */
async function built(site: string, out: string): Promise<string> {
  const dir = join(work, 'fixtures', site);
  const config = JSON.parse(await readFile(join(dir, 'feeds.config.json'), 'utf8')) as FeedsConfig;
  const result = await buildFeed(config, { outDir: join(work, out), configDir: dir, env: {} });
  expect(result.problems).toEqual([]);
  return join(work, out);
}

async function serve(folder: string): Promise<FolderServer> {
  const server = await serveFolder(folder);
  servers.push(server);
  return server;
}

/** The two networks' feeds: the fixture site (Mesa and Verano) and the merge fixture (Verano again, and Ciudades). */
async function twoFeeds(): Promise<[FolderServer, FolderServer]> {
  return [await serve(await built('site', 'a')), await serve(await built('merge', 'b'))];
}

const merge = (feeds: HubConfig['feeds'], out = 'hub', options: Partial<MergeOptions> = {}, config: Partial<HubConfig> = {}) =>
  mergeFeeds(
    { title: 'Agenda regional', generatedAt: '2026-11-22T00:00:00Z', feeds, ...config },
    { outDir: join(work, out), configDir: work, env: {}, lang: 'en', client: { retry: 0 }, ...options },
  );

const conflictOnPanel1 = (first: string, second: string) =>
  `The event "verano-2022-panel-1" differs between ${first} and ${second} (description, end, highlight, onlineUrl, title); ` +
  `the one from ${first} is used, the first in the list`;

describe('mergeFeeds', () => {
  it('merges two networks\' published feeds into one hub the SDK reads back, each event with its network', async () => {
    const [a, b] = await twoFeeds();
    const result = await merge([a.baseUrl, b.baseUrl]);
    // verano-2022-panel-2 and the Verano network are in both feeds, identical: merged without a word.
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: b.baseUrl, field: 'id', message: conflictOnPanel1(a.baseUrl, b.baseUrl) }),
    ]);
    expect(result).toMatchObject({ ok: true, written: true, inputs: { read: 2, total: 2 }, networks: 3, events: 5 });

    const hub = await serve(join(work, 'hub'));
    const client = createClient({ baseUrl: hub.baseUrl, retry: 0 });
    const list = await client.events.list({ from: '2022-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' });
    expect(list.warnings).toEqual([]);
    expect(list.items.map(({ event }) => [event.id, event.network])).toEqual([
      ['verano-2022-panel-1', 'verano-datos-abiertos'],
      ['verano-2022-panel-2', 'verano-datos-abiertos'],
      ['ciudades-2022-encuentro', 'ciudades-inteligentes-ar'],
      ['mesa-innovadores-publicos-1', 'mesa-innovadores-publicos-gt'],
      ['ciudades-2023-cumbre', 'ciudades-inteligentes-ar'],
    ]);
    // The first feed's version of the conflicting event won.
    expect(list.items[0]!.event.title).toBe('Verano de Datos Abiertos — Panel 1: Ecosistema GovTech en la Región');
    // Read shard by shard, as a widget does, across months and years.
    const june = await client.events.list({ from: '2023-06-01T00:00:00Z', to: '2023-07-01T00:00:00Z' });
    expect(june.items.map(({ event }) => event.id)).toEqual(['ciudades-2023-cumbre']);
    expect(hub.paths().some((path) => /^events\/2023-06\.[0-9a-f]{10}\.json$/.test(path))).toBe(true);

    const networks = await client.networks.list();
    expect(networks.items.map(({ id, ics }) => [id, ics])).toEqual([
      ['mesa-innovadores-publicos-gt', 'ics/mesa-innovadores-publicos-gt.ics'],
      ['verano-datos-abiertos', 'ics/verano-datos-abiertos.ics'],
      ['ciudades-inteligentes-ar', 'ics/ciudades-inteligentes-ar.ics'],
    ]);
    const ciudades = result.files.get('ics/ciudades-inteligentes-ar.ics')!;
    expect(ciudades).toContain('UID:ciudades-2022-encuentro');
    expect(ciudades).not.toContain('UID:verano-2022-panel-2');
    expect(JSON.parse(result.files.get('index.json')!)).toMatchObject({ title: 'Agenda regional', generatedAt: '2026-11-22T00:00:00Z' });
  });

  it('settles a conflict by input order: the other order makes the other feed win', async () => {
    const [a, b] = await twoFeeds();
    const result = await merge([b.baseUrl, a.baseUrl], 'hub', { lang: 'es' });
    expect(result.problems.map((p) => p.message)).toEqual([
      `El evento "verano-2022-panel-1" distinto en ${b.baseUrl} y en ${a.baseUrl} (description, end, highlight, onlineUrl, title); se usa el de ${b.baseUrl}, el primero en la lista`,
    ]);
    const events = JSON.parse(result.files.get('events.json')!).events as { id: string; title: string }[];
    expect(events.find((event) => event.id === 'verano-2022-panel-1')?.title).toBe('Verano de Datos Abiertos — Panel 1 (versión de la Red de Ciudades)');
  });

  it('is deterministic, and reads local folders to the same bytes as their published copies', async () => {
    const [a, b] = await twoFeeds();
    await merge([a.baseUrl, b.baseUrl], 'one');
    await merge([a.baseUrl, b.baseUrl], 'two');
    const local = await merge(['a', 'b/index.json'], 'local');
    expect(local.problems).toEqual([expect.objectContaining({ message: conflictOnPanel1('a', 'b/index.json') })]);
    const one = await tree(join(work, 'one'));
    expect(Object.keys(one).length).toBeGreaterThan(8);
    expect(await tree(join(work, 'two'))).toEqual(one);
    expect(await tree(join(work, 'local'))).toEqual(one);
  });

  it('takes generatedAt from SOURCE_DATE_EPOCH when the config has none', async () => {
    const [a] = await twoFeeds();
    const result = await mergeFeeds({ feeds: [a.baseUrl] }, { outDir: join(work, 'hub'), env: { SOURCE_DATE_EPOCH: '1700000000' }, client: { retry: 0 } });
    expect(JSON.parse(result.files.get('index.json')!).generatedAt).toBe('2023-11-14T22:13:20Z');
  });

  it('an unreachable feed fails the merge and leaves the previous hub untouched; keepGoing writes the rest', async () => {
    const [a, b] = await twoFeeds();
    expect(await merge([a.baseUrl, b.baseUrl])).toMatchObject({ ok: true, written: true });
    const before = await tree(join(work, 'hub'));
    await b.close();

    const failed = await merge([a.baseUrl, b.baseUrl]);
    expect(failed).toMatchObject({ ok: false, written: false, inputs: { read: 1, total: 2 } });
    expect(failed.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: `${b.baseUrl}index.json`,
        message: expect.stringContaining(`cannot read the feed ${b.baseUrl}: Could not reach ${b.baseUrl}index.json`),
        hint: expect.stringContaining('--keep-going'),
      }),
    ]);
    expect(await tree(join(work, 'hub'))).toEqual(before);
    expect((await readdir(work)).sort()).toEqual(['a', 'b', 'fixtures', 'hub']);

    const kept = await merge([a.baseUrl, b.baseUrl], 'hub', { keepGoing: true });
    expect(kept).toMatchObject({ ok: false, written: true, networks: 2, events: 3 });
    expect(Object.keys(await tree(join(work, 'hub')))).not.toContain('ics/ciudades-inteligentes-ar.ics');
  });

  it('with keepGoing still writes nothing when no feed could be read', async () => {
    const result = await merge(['missing'], 'hub', { keepGoing: true });
    expect(result).toMatchObject({ ok: false, written: false, inputs: { read: 0, total: 1 } });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'missing/index.json', message: expect.stringContaining('cannot read the feed missing') })]);
    expect(await readdir(work)).toEqual(['fixtures']);
  });

  it('a folder or URL that is not a v1 feed is an invalid input', async () => {
    await mkdir(join(work, 'page'));
    await writeFile(join(work, 'page/index.json'), '{"schemaVersion": 2, "items": []}\n');
    const server = await serve(join(work, 'page'));
    const result = await merge(['page', server.baseUrl]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'page/index.json', message: expect.stringMatching(/^page is not a valid v1 feed: page\/index\.json is not a GovTech network feed v1: it declares "schemaVersion": 2/) }),
      expect.objectContaining({ severity: 'error', file: `${server.baseUrl}index.json`, message: expect.stringContaining(`${server.baseUrl} is not a valid v1 feed: ${server.baseUrl}index.json is not a GovTech`) }),
    ]);
    expect(result.written).toBe(false);
  });

  it('keeps the items the SDK drops as warnings naming the feed; strict makes them fail', async () => {
    const [a] = await twoFeeds();
    const events = JSON.parse(await readFile(join(work, 'a/events.json'), 'utf8'));
    events.events.push({ id: 'roto', title: 'Sin fecha', timeZone: 'America/Santiago' });
    await writeFile(join(work, 'a/events.json'), JSON.stringify(events));
    const result = await merge(['a', a.baseUrl]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'a/events.json', field: 'start', message: expect.stringMatching(/^the feed a has an invalid item in "events" \("roto" #3\), left out: /) }),
      expect.objectContaining({ severity: 'warning', file: `${a.baseUrl}events.json`, field: 'start', message: expect.stringContaining(`the feed ${a.baseUrl} has an invalid item`) }),
    ]);
    expect(result).toMatchObject({ ok: true, written: true, events: 3 });
    expect(await merge(['a'], 'strict', { strict: true })).toMatchObject({ ok: false, written: false });
  });

  it('refuses a bad config without reading or writing anything', async () => {
    for (const feeds of [[], [{ networks: ['x'] }], ['a', 'a/'], [{ feed: 'a', networks: 'red' }]] as unknown as HubConfig['feeds'][]) {
      const result = await merge(feeds);
      expect(result).toMatchObject({ ok: false, written: false });
      expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'config' })]);
    }
    expect((await merge(['a'], 'hub', {}, { generatedAt: 'mañana' })).problems[0]?.message).toContain('generatedAt');
    expect(await readdir(work)).toEqual(['fixtures']);
  });
});

describe('mergeFeeds with labs, streams and a networks filter', () => {
  const lab = (id: string, networks?: string[]): GovLab => ({ id, name: `Laboratorio ${id}`, sector: 'public', country: 'CL', ...(networks ? { networks } : {}) });
  const stream = (id: string, eventId: string): GovStream => ({ id, videoId: 'ejVerano221', title: `Transmisión ${id}`, eventId });
  const event = (id: string, network?: string) => ({
    id, title: `Evento ${id}`, start: '2026-03-10T10:00:00-03:00', timeZone: 'America/Santiago', allDay: false,
    status: 'scheduled' as const, kind: 'panel' as const, attendance: 'online' as const, highlight: false, ...(network ? { network } : {}),
  });

  /** A feed written by hand with the build's own writer. */
  async function feed(name: string, content: Omit<FeedContent, 'generatedAt'>): Promise<string> {
    const { files } = feedFiles({ generatedAt: '2026-11-01T00:00:00Z', ...content });
    await replaceFolder(join(work, name), files);
    return join(work, name);
  }

  it('gives a one-network feed\'s items its network, unions lab networks, and takes only the chosen networks', async () => {
    await feed('uno', {
      networks: [{ id: 'red-a', name: 'Red A' }],
      events: [event('a-1')],
      labs: [lab('lab-a'), lab('compartido')],
      streams: [stream('s-a', 'a-1')],
    });
    const dos = await serve(await feed('dos', {
      networks: [{ id: 'red-b', name: 'Red B' }, { id: 'red-c', name: 'Red C' }],
      events: [event('b-1', 'red-b'), event('c-1', 'red-c'), event('sin-red')],
      labs: [lab('compartido', ['red-b', 'red-c']), lab('lab-c', ['red-c'])],
      streams: [stream('s-b', 'b-1'), stream('s-c', 'c-1')],
    }));
    const result = await merge(['uno', { feed: dos.baseUrl, networks: ['red-b', 'red-x'] }]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: dos.baseUrl, field: 'networks', message: `the network "red-x" is not in the feed ${dos.baseUrl}; nothing is taken from it`, hint: "That feed's networks are: red-b, red-c. Fix \"networks\" in the config." }),
    ]);
    expect(result).toMatchObject({ ok: true, networks: 2, events: 2, labs: 2, streams: 2 });

    const client = createClient({ baseUrl: (await serve(join(work, 'hub'))).baseUrl, retry: 0 });
    expect((await client.networks.list()).items.map((n) => n.id)).toEqual(['red-a', 'red-b']);
    expect((await client.events.all()).items.map((e) => [e.id, e.network])).toEqual([['a-1', 'red-a'], ['b-1', 'red-b']]);
    expect((await client.labs.list()).items.map((l) => [l.id, l.networks])).toEqual([['compartido', ['red-a', 'red-b']], ['lab-a', ['red-a']]]);
    expect((await client.streams.list()).items.map(({ stream: s }) => s.id)).toEqual(['s-a', 's-b']);
  });

  it('without a filter, an event with no network in a feed of several is kept and reported', async () => {
    await feed('dos', { networks: [{ id: 'red-b', name: 'Red B' }, { id: 'red-c', name: 'Red C' }], events: [event('b-1', 'red-b'), event('sin-red')] });
    const result = await merge(['dos'], 'hub', { lang: 'es' });
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'dos', field: 'network', message: 'el evento "sin-red" del feed dos no dice de qué red es, y el feed tiene varias' }),
    ]);
    expect(result).toMatchObject({ events: 2 });
    // No labs or streams feed in any input: the hub has none either.
    expect(JSON.parse(result.files.get('index.json')!).feeds).not.toHaveProperty('labs');
  });
});
