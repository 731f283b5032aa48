/** buildFeed with table and data sources: CSV lab lists and YAML networks and streams (test/fixtures/tables). */
import { appendFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LabsFile, Manifest, StreamsFile, createClient } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed, type BuildOptions } from './build.js';
import type { FeedsConfig } from './config.js';
import { serveFolder, type FolderServer } from '../test/support/serve-folder.js';
import { workFolder } from '../test/support/work-folder.js';

let work: string;
let tables: string;
let config: FeedsConfig;

beforeEach(async () => {
  ({ work } = await workFolder('govtech-tables-'));
  tables = join(work, 'fixtures/tables');
  config = JSON.parse(await readFile(join(tables, 'feeds.config.json'), 'utf8')) as FeedsConfig;
});
afterEach(() => rm(work, { recursive: true, force: true }));

const build = (out: string, extra: Partial<BuildOptions> = {}) => buildFeed(config, { outDir: join(work, out), configDir: tables, env: {}, ...extra });

const LAB_IDS = [
  'co-laboratorio-innovacion-publica-bucaramanga',
  'laboratorio-de-ejemplo-arequipa',
  'laboratorio-de-ejemplo-huancayo',
  'laboratorio-de-ejemplo-lima',
  'laboratorio-de-ejemplo-tarapoto',
  'laboratorio-de-gobierno-y-transformacion-digital',
  'laboratorio-de-innovacion-y-transformacion-digital-del-gobierno-regional-de-cajamarca',
];

describe('buildFeed with CSV labs and YAML networks and streams', () => {
  it('writes labs.json and streams.json, listed in the manifest, sorted by id', async () => {
    const result = await build('out');
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, written: true, events: 0, labs: 7, streams: 2 });
    const manifest = Manifest.parse(JSON.parse(result.files.get('index.json')!));
    expect(manifest.feeds.labs).toEqual({ url: 'labs.json' });
    expect(manifest.feeds.streams).toEqual({ url: 'streams.json' });
    expect(manifest.networks.map((network) => network.id)).toEqual(['red-labs-peru', 'lab-innovacion-bucaramanga', 'verano-datos-abiertos']);
    const labs = LabsFile.parse(JSON.parse(result.files.get('labs.json')!)).labs;
    expect(labs.map((lab) => lab.id)).toEqual(LAB_IDS);
    expect(StreamsFile.parse(JSON.parse(result.files.get('streams.json')!)).streams.map((stream) => stream.id)).toEqual([
      'verano-2022-panel-1',
      'verano-2022-panel-2',
    ]);
    expect([...result.files.keys()].sort()).toEqual(['_headers', 'events.ics', 'events.json', 'index.json', 'labs.json', 'streams.json']);
  });

  it('is deterministic and reports progress per source', async () => {
    const calls: [number, number, number][] = [];
    const first = await build('a', { progress: (source, done, total) => calls.push([source, done, total]) });
    const second = await build('b');
    expect([...second.files]).toEqual([...first.files]);
    expect(calls).toEqual([
      [0, 3, 3],
      [1, 5, 5],
      [2, 2, 2],
      [3, 2, 2],
    ]);
  });

  it('drops a bad row with file and line, and leaves the previous output when the build fails', async () => {
    await build('out');
    const before = await readFile(join(work, 'out/labs.json'), 'utf8');
    // Line 4 of the UTF-8 file: a sector nobody maps.
    await appendFile(join(tables, 'labs-bom.csv'), ',Laboratorio nuevo,Gremio,Lima,Lima,PE,,,,,,,,,true\n');
    const failed = await build('out', { lang: 'en' });
    expect(failed).toMatchObject({ ok: false, written: false, labs: 7 });
    expect(failed.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'labs-bom.csv', line: 4, field: 'sector', message: 'unknown sector "Gremio"; the row is dropped' }),
    ]);
    expect(await readFile(join(work, 'out/labs.json'), 'utf8')).toBe(before);
    const kept = await build('out', { keepGoing: true });
    expect(kept).toMatchObject({ ok: false, written: true, labs: 7 });
  });

  it('reports an id claimed by two sources with both places, and keeps the earlier source', async () => {
    await appendFile(join(tables, 'labs-bom.csv'), 'laboratorio-de-ejemplo-arequipa,Otro laboratorio,public,Arequipa,Arequipa,PE,,,,,,,,,true\n');
    const result = await build('out', { keepGoing: true });
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'labs-bom.csv', line: 4, field: 'id', message: expect.stringContaining('(ya usado en labs-excel.csv)') }),
    ]);
    const labs = LabsFile.parse(JSON.parse(result.files.get('labs.json')!)).labs;
    expect(labs.find((lab) => lab.id === 'laboratorio-de-ejemplo-arequipa')?.name).toBe('Laboratorio de ejemplo – Arequipa');
  });
});

describe('labs and streams built from tables, read back by the SDK over HTTP', () => {
  let server: FolderServer;
  afterEach(() => server?.close());

  it('lists the labs and streams through createClient', async () => {
    await build('out');
    server = await serveFolder(join(work, 'out'));
    const client = createClient({ baseUrl: server.baseUrl });
    const labs = await client.labs.list();
    expect(labs.warnings ?? []).toEqual([]);
    expect(labs.items.map((lab) => lab.id).sort()).toEqual(LAB_IDS);
    const civil = await client.labs.list({ sector: 'civil-society' });
    expect(civil.items.map((lab) => [lab.name, lab.region, lab.coordinates])).toEqual([['Laboratorio de ejemplo – Huancayo', 'Junín', { lat: -12.0668, lng: -75.2034 }]]);
    const streams = await client.streams.list();
    expect(streams.items.map(({ stream, status }) => [stream.id, stream.videoId, status])).toEqual([
      ['verano-2022-panel-1', 'ejVerano221', 'ended'],
      ['verano-2022-panel-2', 'ejVerano222', 'ended'],
    ]);
    expect(server.paths()).toEqual(expect.arrayContaining(['index.json', 'labs.json', 'streams.json']));
  });
});
