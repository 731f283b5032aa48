import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EventsFile, Manifest, createClient } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed } from './build.js';
import { replaceFolder } from './output/replace-folder.js';
import type { FeedsConfig } from './config.js';
import { serveFolder, type FolderServer } from '../test/support/serve-folder.js';
import { tree } from '../test/support/tree.js';
import { workFolder } from '../test/support/work-folder.js';


let work: string;
let site: string;
let config: FeedsConfig;

beforeEach(async () => {
  ({ work, site } = await workFolder('govtech-feeds-'));
  config = JSON.parse(await readFile(join(site, 'feeds.config.json'), 'utf8')) as FeedsConfig;
});
afterEach(() => rm(work, { recursive: true, force: true }));

const build = (out: string, extra: Partial<Parameters<typeof buildFeed>[1]> = {}, cfg: FeedsConfig = config) =>
  buildFeed(cfg, { outDir: join(work, out), configDir: site, env: {}, ...extra });

describe('buildFeed', () => {
  it('writes a complete feed the SDK schemas accept', async () => {
    const result = await build('out');
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, written: true, events: 3 });
    const files = await tree(join(work, 'out'));
    const manifest = Manifest.parse(JSON.parse(files['index.json']!));
    expect(manifest.generatedAt).toBe('2026-11-21T12:00:00Z');
    expect(manifest.networks.map((n) => n.id)).toEqual(['mesa-innovadores-publicos-gt', 'verano-datos-abiertos']);
    expect(manifest.feeds.events?.url).toBe('events.json');
    expect(manifest.feeds.ics).toEqual({ url: 'events.ics' });
    // One calendar per network with events, listed on the network.
    expect(manifest.networks.map((n) => n.ics)).toEqual(['ics/mesa-innovadores-publicos-gt.ics', 'ics/verano-datos-abiertos.ics']);
    expect(files['ics/mesa-innovadores-publicos-gt.ics']).toContain('UID:mesa-innovadores-publicos-1');
    expect(files['ics/mesa-innovadores-publicos-gt.ics']).not.toContain('UID:verano-2022-panel-1');
    expect(files['ics/verano-datos-abiertos.ics']).toContain('X-WR-CALNAME:Verano de Datos Abiertos');
    const shards = manifest.feeds.events!.shards!;
    expect(shards.map((s) => [s.url.replace(/\.[0-9a-f]{10}\.json$/, ''), s.from, s.to])).toEqual([
      ['events/2022-02', '2022-02-01T00:00:00Z', '2022-03-01T00:00:00Z'],
      ['events/2022-03', '2022-03-01T00:00:00Z', '2022-04-01T00:00:00Z'],
      ['events/2022-04', '2022-04-01T00:00:00Z', '2022-05-01T00:00:00Z'],
    ]);
    expect(Object.keys(files).sort()).toEqual(
      ['_headers', 'events.ics', 'events.json', ...shards.map((s) => s.url), 'ics/mesa-innovadores-publicos-gt.ics', 'ics/verano-datos-abiertos.ics', 'index.json'].sort(),
    );
    // No labs or streams source: no labs.json or streams.json, and the manifest does not list them.
    expect(manifest.feeds.labs).toBeUndefined();
    const all = EventsFile.parse(JSON.parse(files['events.json']!));
    expect(all.events.map((e) => [e.id, e.start])).toEqual([
      ['verano-2022-panel-1', '2022-02-23T17:00:00-03:00'],
      ['verano-2022-panel-2', '2022-03-02T17:00:00-03:00'],
      ['mesa-innovadores-publicos-1', '2022-04-26'],
    ]);
    for (const shard of shards) {
      const events = EventsFile.parse(JSON.parse(files[shard.url]!)).events;
      expect(events).toHaveLength(1);
      expect(events[0]).toEqual(all.events.find((e) => e.id === events[0]!.id));
    }
    expect(files['events.ics']).toContain('BEGIN:VCALENDAR');
    expect(files['events.ics']).toContain('UID:mesa-innovadores-publicos-1');
    expect(files['events.ics']).toContain('DTSTART;VALUE=DATE:20220426');
    expect(files['events.ics']).toContain('DTSTART;TZID=America/Santiago:20220223T170000');
  });

  it('writes _headers: CORS everywhere, hashed shards immutable, everything else short-lived', async () => {
    const result = await build('out');
    const headers = result.files.get('_headers')!;
    expect(headers).toContain('/*\n  Access-Control-Allow-Origin: *\n');
    expect(headers).toContain('/events/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    for (const name of ['index.json', 'events.json', 'events.ics', 'ics/verano-datos-abiertos.ics']) {
      expect(headers).toContain(`/${name}\n  Cache-Control: public, max-age=300, must-revalidate\n`);
    }
    // Each path gets one Cache-Control: hosts join the headers of every rule that matches.
    expect(headers.match(/\/events\.json\n/g)).toHaveLength(1);
    const under = await build('out2', {}, { ...config, basePath: '/feeds/v1' });
    expect(under.files.get('_headers')).toContain('/feeds/v1/events/*\n');
  });

  it('reads .mdx files and Hugo\'s TOML front matter beside Markdown with YAML', async () => {
    await writeFile(join(site, 'eventos/panel-mdx.mdx'), '---\ntitle: Panel MDX\nstart: 2022-03-10T17:00\n---\n\n<Aviso />\n');
    await writeFile(join(site, 'eventos/panel-hugo.md'), '+++\ntitle = "Panel Hugo"\nstart = 2022-03-11T17:00:00\n+++\n');
    const result = await build('out');
    expect(result.problems).toEqual([]);
    const events = EventsFile.parse(JSON.parse(result.files.get('events.json')!)).events;
    expect(events.filter((e) => e.id.startsWith('panel-')).map((e) => [e.id, e.start])).toEqual([
      ['panel-mdx', '2022-03-10T17:00:00-03:00'],
      ['panel-hugo', '2022-03-11T17:00:00-03:00'],
    ]);
  });

  it('an unreadable event file (a broken link) is that file\'s problem; the other events still build', async () => {
    await symlink(join(site, 'eventos/no-existe.md'), join(site, 'eventos/enlazado.md'));
    const result = await build('out', { keepGoing: true, lang: 'en' });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'eventos/enlazado.md', message: expect.stringMatching(/^cannot read the file/) })]);
    expect(result).toMatchObject({ ok: false, written: true, events: 3 });
  });

  it('reports a file over the widgets\' limits as an error (file-limits.ts tells which)', async () => {
    const labs = Array.from({ length: 10_001 }, (_, i) => ({ id: `lab-${i}`, name: `Lab ${i}`, sector: 'public', country: 'CL' }));
    await writeFile(join(site, 'labs.json'), JSON.stringify(labs));
    const over = await build('out', { write: false, lang: 'en' }, { ...config, sources: [...config.sources, { type: 'data', path: 'labs.json', items: 'labs' }] });
    expect(over.problems.map((p) => [p.severity, p.file, p.message])).toEqual([['error', 'labs.json', 'is too large for widgets: 10001 items, over the limit of 10000 items per file']]);
    expect(over.ok).toBe(false);
  }, 30_000);

  it('is deterministic: the same input twice gives byte-identical folders', async () => {
    await build('a');
    await build('b');
    const [a, b] = [await tree(join(work, 'a')), await tree(join(work, 'b'))];
    expect(Object.keys(a).length).toBeGreaterThan(3);
    expect(b).toEqual(a);
  });

  it('takes generatedAt from SOURCE_DATE_EPOCH when the config has none', async () => {
    const { generatedAt: _unused, ...rest } = config;
    const result = await build('out', { env: { SOURCE_DATE_EPOCH: '1700000000' } }, rest);
    expect(JSON.parse(result.files.get('index.json')!).generatedAt).toBe('2023-11-14T22:13:20Z');
    const again = await build('out2', { env: { SOURCE_DATE_EPOCH: '1700000000' } }, rest);
    expect([...again.files]).toEqual([...result.files]);
  });

  it('names shards by content: a changed event changes its shard name only', async () => {
    const first = (await build('out')).files;
    const panel = join(site, 'eventos/verano-2022-panel-2.md');
    await writeFile(panel, (await readFile(panel, 'utf8')).replace('Panel 2', 'Panel 2 (nuevo)'));
    const second = (await build('out')).files;
    const names = (files: ReadonlyMap<string, string>) => [...files.keys()].filter((name) => name.startsWith('events/'));
    expect(names(second)[0]).toBe(names(first)[0]);
    expect(names(second)[1]).not.toBe(names(first)[1]);
    expect(names(second)[2]).toBe(names(first)[2]);
    // The old shard is gone from the folder: the whole folder was replaced.
    expect(Object.keys(await tree(join(work, 'out'))).filter((name) => name.startsWith('events/'))).toEqual(names(second));
  });

  it('drops and reports bad items; a failing build leaves the previous output untouched', async () => {
    await build('out');
    const before = await tree(join(work, 'out'));
    await writeFile(join(site, 'eventos/roto.md'), '---\ntitle: Roto\nstart: [2022-03-01\n---\n');
    const result = await build('out');
    expect(result).toMatchObject({ ok: false, written: false, events: 3 });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'eventos/roto.md', line: 3 })]);
    expect(await tree(join(work, 'out'))).toEqual(before);
    // No temporary folder is left beside the output.
    expect((await readdir(work)).sort()).toEqual(['fixtures', 'out']);
  });

  it('a write that fails half-way (I/O) leaves the previous output and no temporary folder', async () => {
    await build('out');
    const before = await tree(join(work, 'out'));
    // "a" is a file, so "a/b" cannot be written: the failure comes after some files were written.
    const files = new Map([['index.json', '{}\n'], ['a', 'x'], ['a/b', 'y']]);
    await expect(replaceFolder(join(work, 'out'), files)).rejects.toThrow();
    expect(await tree(join(work, 'out'))).toEqual(before);
    expect((await readdir(work)).sort()).toEqual(['fixtures', 'out']);
  });

  it('with keepGoing writes the good items anyway (still not ok)', async () => {
    await writeFile(join(site, 'eventos/sin-titulo.md'), '---\nstart: 2022-03-01\n---\n');
    const result = await build('out', { keepGoing: true, lang: 'en' });
    expect(result).toMatchObject({ ok: false, written: true, events: 3 });
    expect(result.problems[0]).toMatchObject({ file: 'eventos/sin-titulo.md', field: 'title', message: 'the required field "title" is missing' });
  });

  it('reports a duplicated id across sources and keeps the first', async () => {
    await writeFile(join(site, 'eventos/mesa-innovadores-publicos-1.md'), '---\ntitle: Otra\nstart: 2022-03-10\n---\n');
    const result = await build('out', { lang: 'es', keepGoing: true });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'eventos/mesa-innovadores-publicos-1.md', field: 'id', message: expect.stringContaining('id duplicado "mesa-innovadores-publicos-1" (ya usado en ../mesa/mesa-innovadores-publicos-1.md)') }),
    );
    const events = EventsFile.parse(JSON.parse(result.files.get('events.json')!)).events;
    expect(events.filter((e) => e.id === 'mesa-innovadores-publicos-1')).toHaveLength(1);
    expect(events.find((e) => e.id === 'mesa-innovadores-publicos-1')?.network).toBe('mesa-innovadores-publicos-gt');
  });

  it('--strict: a warning fails the build and the output stays', async () => {
    await writeFile(join(site, 'eventos/extra.md'), '---\ntitle: Extra\nstart: 2022-03-05\ncolor: rojo\n---\n');
    expect(await build('out', { strict: false })).toMatchObject({ ok: true, written: true });
    const before = await tree(join(work, 'out'));
    await writeFile(join(site, 'eventos/extra.md'), '---\ntitle: Extra 2\nstart: 2022-03-05\ncolor: rojo\n---\n');
    expect(await build('out', { strict: true })).toMatchObject({ ok: false, written: false });
    expect(await tree(join(work, 'out'))).toEqual(before);
  });

  it('refuses a bad config without writing', async () => {
    const result = await build('out', {}, { ...config, networks: [{ id: 'x y', name: '' }] } as unknown as FeedsConfig);
    expect(result).toMatchObject({ ok: false, written: false });
    expect(result.problems[0]).toMatchObject({ severity: 'error', file: 'config' });
    expect(await readdir(work)).toEqual(['fixtures']);
  });
});

describe('the built feed read back by the SDK over HTTP', () => {
  let server: FolderServer;
  afterEach(() => server?.close());

  it('lists the events through createClient, shards and all', async () => {
    await build('out');
    server = await serveFolder(join(work, 'out'));
    const client = createClient({ baseUrl: server.baseUrl });
    const list = await client.events.list({ from: '2022-01-01T00:00:00Z', to: '2023-01-01T00:00:00Z' });
    expect(list.items.map((occurrence) => occurrence.event.id)).toEqual([
      'verano-2022-panel-1',
      'verano-2022-panel-2',
      'mesa-innovadores-publicos-1',
    ]);
    expect(list.warnings ?? []).toEqual([]);
    const april = await client.events.list({ from: '2022-04-01T00:00:00Z', to: '2022-05-01T00:00:00Z' });
    expect(april.items.map((occurrence) => occurrence.event.title)).toEqual(['1ra Mesa de Innovadores Públicos']);
    expect(server.paths().some((path) => /events\/2022-04\.[0-9a-f]{10}\.json$/.test(path))).toBe(true);
    const networks = await client.networks.list();
    expect(networks.items.map((network) => network.id)).toContain('verano-datos-abiertos');
  });
});
