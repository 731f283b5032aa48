import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Event, Manifest, type FeedManifest } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed } from '../build.js';
import type { FeedsConfig } from '../config.js';
import type { FeedContent } from '../content.js';
import { feedFiles } from '../output/feed-files.js';
import { replaceFolder } from '../output/replace-folder.js';
import { serveFolder, type FolderServer, type ServeOptions } from '../../test/support/serve-folder.js';
import { builtFixtureFeed } from '../../test/support/built-feed.js';
import { checkFeed, type CheckResult } from './check.js';
import { reportLines } from './report.js';

let work: string;
let out: string;
let server: FolderServer | undefined;

beforeEach(async () => {
  ({ work, out } = await builtFixtureFeed('govtech-feeds-check-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(work, { recursive: true, force: true });
});

/** The caching build's _headers asks for: hashed shards for good, everything else five minutes. */
const cacheHeaders = (path: string) => ({ 'cache-control': path.startsWith('events/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300' });

async function serve(options: ServeOptions = { headers: cacheHeaders }): Promise<string> {
  server = await serveFolder(out, options);
  return server.baseUrl;
}

const manifestOf = async (): Promise<FeedManifest> => Manifest.parse(JSON.parse(await readFile(join(out, 'index.json'), 'utf8')));
const writeManifest = (manifest: FeedManifest) => writeFile(join(out, 'index.json'), JSON.stringify(manifest));
const codes = (result: CheckResult) => result.findings.map((f) => [f.severity, f.code, f.file]);
const errors = (result: CheckResult) => result.findings.filter((f) => f.severity === 'error');

describe('checkFeed over HTTP', () => {
  it('a good feed, served with CORS, JSON and calendar types and caching, has nothing to report', async () => {
    const result = await checkFeed(await serve());
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ ok: true, reachable: true, kind: 'url', headers: 'response', origin: 'https://municipio.example' });
    const { feeds, networks } = await manifestOf();
    const listed = ['index.json', 'events.json', ...feeds.events!.shards!.map((s) => s.url), 'events.ics', ...networks.map((n) => n.ics!)];
    expect(result.files).toEqual(listed);
    // Every file was really downloaded, once.
    expect(server!.paths().sort()).toEqual([...listed].sort());
  });

  it('without CORS, every JSON file is an error naming Access-Control-Allow-Origin (calendars need none)', async () => {
    const result = await checkFeed(await serve({ cors: false, headers: cacheHeaders }), { lang: 'en' });
    expect(result.ok).toBe(false);
    const cors = errors(result);
    expect(cors.map((f) => f.file)).toEqual(result.files.filter((file) => file.endsWith('.json')));
    expect(cors.every((f) => f.code === 'check-no-cors' && f.message.includes('Access-Control-Allow-Origin'))).toBe(true);
    expect(cors[0]!.hint).toContain('Access-Control-Allow-Origin: *');
  });

  it('sends the widget origin: a host that allows only some origins passes for them and fails for others', async () => {
    const url = await serve({
      cors: false,
      headers: (path, request) => ({
        ...cacheHeaders(path),
        ...(request.headers.origin === 'https://municipio.example' ? { 'access-control-allow-origin': 'https://municipio.example' } : {}),
      }),
    });
    expect((await checkFeed(url)).findings).toEqual([]);
    const other = await checkFeed(url, { origin: 'https://otra.example' });
    expect(other.findings[0]).toMatchObject({ code: 'check-no-cors', file: 'index.json' });
    await server!.close();
    const wrong = await checkFeed(await serve({ headers: () => ({ 'access-control-allow-origin': 'https://solo-esta.example' }) }));
    expect(wrong.findings.find((f) => f.code === 'check-cors-other-origin')?.message).toContain('https://solo-esta.example');
  });

  it('wrong content types are warnings: JSON as text/plain, a calendar as octet-stream', async () => {
    const result = await checkFeed(
      await serve({
        headers: (path) => ({
          ...cacheHeaders(path),
          ...(path === 'events.json' ? { 'content-type': 'text/plain' } : path === 'events.ics' ? { 'content-type': 'application/octet-stream' } : {}),
        }),
      }),
      { lang: 'en' },
    );
    expect(codes(result)).toEqual([
      ['warning', 'check-json-type', 'events.json'],
      ['warning', 'check-ics-type', 'events.ics'],
    ]);
    expect(result.findings[0]!.message).toBe('served as text/plain, not application/json');
    expect(result.ok).toBe(true);
    expect((await checkFeed(server!.baseUrl, { strict: true })).ok).toBe(false);
  });

  it('caching: a long-lived manifest is a warning, a short-lived hashed shard and no caching at all are hints', async () => {
    const result = await checkFeed(
      await serve({
        headers: (path): Record<string, string> =>
          path === 'index.json'
            ? { 'cache-control': 'public, max-age=31536000, immutable' }
            : path.startsWith('events/')
              ? { 'cache-control': 'max-age=60' }
              : {},
      }),
    );
    const shards = (await manifestOf()).feeds.events!.shards!.map((s) => s.url);
    expect(codes(result)).toEqual([
      ['warning', 'check-cached-too-long', 'index.json'],
      ['hint', 'check-no-cache-headers', 'events.json'],
      ...shards.map((file) => ['hint', 'check-shard-short-cache', file]),
      ['hint', 'check-no-cache-headers', 'events.ics'],
      ['hint', 'check-no-cache-headers', 'ics/mesa-innovadores-publicos-gt.ics'],
      ['hint', 'check-no-cache-headers', 'ics/verano-datos-abiertos.ics'],
    ]);
    expect(result.ok).toBe(true);
  });

  it('an ETag not exposed to other sites is a hint', async () => {
    const result = await checkFeed(await serve({ headers: (path) => ({ ...cacheHeaders(path), etag: '"abc"' }) }));
    expect(result.findings.filter((f) => f.code === 'check-etag-hidden').map((f) => f.file)).toEqual(result.files.filter((f) => f.endsWith('.json')));
    // The manifest's own URL works as the target too.
    const byManifestUrl = await checkFeed(`${server!.baseUrl}index.json`);
    expect(byManifestUrl.files).toEqual(result.files);
    await server!.close();
    const fine = await checkFeed(await serve({ headers: (path) => ({ ...cacheHeaders(path), etag: '"abc"', 'access-control-expose-headers': 'ETag, Last-Modified' }) }));
    expect(fine.findings).toEqual([]);
  });

  it('a missing shard is a 404 error on that shard, and its events are not reported again', async () => {
    const [, second] = (await manifestOf()).feeds.events!.shards!;
    await unlink(join(out, second!.url));
    const result = await checkFeed(await serve(), { lang: 'en' });
    expect(codes(result)).toEqual([['error', 'check-not-found', second!.url]]);
    expect(result.findings[0]!.message).toBe('not found (404), yet index.json links to it');
    expect(result.ok).toBe(false);
    expect(reportLines(result, 'en')).toContain(`error ${second!.url}: not found (404), yet index.json links to it — ${result.findings[0]!.hint}`);
  });

  it('an event whose occurrence is in no shard is an error; an event in a shard it does not occur in, a warning', async () => {
    const manifest = await manifestOf();
    const [first, second, third] = manifest.feeds.events!.shards!;
    // March's shard drops out of the list; April's claims March's file, where the April event is not.
    await writeManifest({ ...manifest, feeds: { ...manifest.feeds, events: { url: 'events.json', shards: [first!, { ...third!, url: second!.url }] } } });
    const result = await checkFeed(await serve(), { lang: 'en' });
    expect(codes(result)).toEqual([
      ['error', 'check-occurrence-outside', 'events.json'],
      ['warning', 'check-event-not-occurring', second!.url],
      ['error', 'check-occurrence-outside', 'events.json'],
    ]);
    expect(result.findings[0]!.message).toContain('"verano-2022-panel-2" has 1 occurrence(s) in no shard that lists it (the first on 2022-03-02T20:00:00Z)');
    expect(result.findings[2]!.message).toContain('"mesa-innovadores-publicos-1"');
    expect(result.findings[1]!.message).toContain('"verano-2022-panel-2" is in this shard but does not occur in its range [2022-04-01T00:00:00Z, 2022-05-01T00:00:00Z)');
  });

  it('expands a recurring series over the shards: every month no shard holds is counted', async () => {
    const event = Event.parse({
      id: 'mesa-mensual',
      title: 'Mesa mensual',
      start: '2026-01-15T17:00:00-03:00',
      timeZone: 'America/Santiago',
      network: 'red',
      recurrence: { rule: 'FREQ=MONTHLY;COUNT=6' },
    });
    const content: FeedContent = { generatedAt: '2026-01-01T00:00:00Z', networks: [{ id: 'red', name: 'Red' }], events: [event] };
    const { files, manifest } = feedFiles(content);
    expect(manifest.feeds.events!.shards).toHaveLength(6);
    await replaceFolder(out, files);
    const shards = manifest.feeds.events!.shards!;
    // Two months vanish from the list, and the rest are listed backwards, one twice.
    await writeManifest({ ...manifest, feeds: { ...manifest.feeds, events: { url: 'events.json', shards: [shards[5]!, shards[3]!, shards[2]!, shards[0]!, shards[0]!] } } });
    const result = await checkFeed(await serve({ headers: (path) => ({ ...cacheHeaders(path), 'access-control-expose-headers': 'ETag' }) }), { lang: 'en' });
    expect(codes(result)).toEqual([
      ['warning', 'check-shards-unsorted', 'index.json'],
      ['warning', 'check-shards-overlap', 'index.json'],
      ['error', 'check-occurrence-outside', 'events.json'],
    ]);
    // February's and May's shards are not listed: two occurrences no widget shows.
    expect(result.findings[2]!.message).toContain('has 2 occurrence(s) in no shard that lists it (the first on 2026-02-15T20:00:00Z)');
  });

  it('labs and streams are read through the client too: a dropped lab is an error, a missing streams file a 404', async () => {
    const content: FeedContent = {
      generatedAt: '2026-01-01T00:00:00Z',
      networks: [{ id: 'red', name: 'Red' }],
      events: [],
      labs: [{ id: 'lab-uno', name: 'Lab Uno', sector: 'public', country: 'CL' }],
      streams: [{ id: 'panel', videoId: 'dQw4w9WgXcQ', title: 'Panel' }],
    };
    await replaceFolder(out, feedFiles(content).files);
    const good = await checkFeed(await serve(), { lang: 'en' });
    expect(good.findings).toEqual([]);
    expect(good.files).toEqual(['index.json', 'events.json', 'labs.json', 'streams.json', 'events.ics']);

    const labs = JSON.parse(await readFile(join(out, 'labs.json'), 'utf8')) as { labs: Record<string, unknown>[] };
    labs.labs.push({ id: 'lab-dos', name: 'Lab Dos', sector: 'gobierno', country: 'CL' });
    await writeFile(join(out, 'labs.json'), JSON.stringify(labs));
    await unlink(join(out, 'streams.json'));
    const broken = await checkFeed(server!.baseUrl, { lang: 'en' });
    expect(broken.findings.map((f) => [f.code, f.file, f.field])).toEqual([
      ['check-item-dropped', 'labs.json', 'sector'],
      ['check-not-found', 'streams.json', undefined],
    ]);
    expect(broken.findings[0]!.message).toMatch(/^labs\[1\] \(id "lab-dos"\) dropped by widgets: sector: must be one of "academia"/);
  });

  it('a labs file over the widgets\' limits is an error, one close to them a warning', async () => {
    const content = (count: number): FeedContent => ({
      generatedAt: '2026-01-01T00:00:00Z',
      networks: [{ id: 'red', name: 'Red' }],
      events: [],
      labs: Array.from({ length: count }, (_, i) => ({ id: `lab-${i}`, name: `Lab ${i}`, sector: 'public', country: 'CL' })),
    });
    await replaceFolder(out, feedFiles(content(8_500)).files);
    const near = await checkFeed(await serve(), { lang: 'en' });
    expect(near.findings.map((f) => [f.severity, f.code, f.file, f.message])).toEqual([
      ['warning', 'file-near-limit', 'labs.json', "is close to the widgets' limit: 8500 items of 10000 items per file"],
    ]);
    await replaceFolder(out, feedFiles(content(10_001)).files);
    const over = await checkFeed(server!.baseUrl, { lang: 'es' });
    expect(over.findings.map((f) => [f.severity, f.code, f.file, f.message])).toEqual([
      ['error', 'file-too-large', 'labs.json', 'es demasiado grande para los widgets: 10001 labs, más que el límite de 10000 items por archivo'],
    ]);
    expect(over.ok).toBe(false);
  });

  it('an item the SDK drops is an error with its index, id and field; a repeated id a warning', async () => {
    const all = JSON.parse(await readFile(join(out, 'events.json'), 'utf8')) as { events: Record<string, unknown>[] };
    all.events[1] = { ...all.events[1], start: '2022-03-02 17:00' };
    all.events.push({ ...all.events[0] });
    await writeFile(join(out, 'events.json'), JSON.stringify(all));
    const result = await checkFeed(await serve(), { lang: 'en' });
    const dropped = result.findings.filter((f) => f.file === 'events.json');
    expect(dropped.map((f) => [f.code, f.field])).toEqual([
      ['check-item-dropped', 'start'],
      ['check-item-duplicate', 'id'],
    ]);
    expect(dropped[0]!.message).toMatch(/^events\[1\] \(id "verano-2022-panel-2"\) dropped by widgets: start: /);
    expect(dropped[1]!.message).toBe('events[3] (id "verano-2022-panel-1"): repeated id, widgets show only the first');
    // The dropped event is still in its shard, so it is still shown: no occurrence error.
    expect(result.findings.some((f) => f.code === 'check-occurrence-outside')).toBe(false);
  });

  it('a calendar a standard parser rejects is an error; one that lacks events, a warning', async () => {
    const ics = await readFile(join(out, 'events.ics'), 'utf8');
    await writeFile(join(out, 'events.ics'), ics.replace(/END:VCALENDAR\r\n$/, ''));
    const network = 'ics/verano-datos-abiertos.ics';
    const own = await readFile(join(out, network), 'utf8');
    await writeFile(join(out, network), own.replace(/BEGIN:VEVENT\r\n(?:(?!END:VEVENT).*\r\n)*END:VEVENT\r\n/, ''));
    const result = await checkFeed(await serve(), { lang: 'en' });
    expect(codes(result)).toEqual([
      ['error', 'check-ics-invalid', 'events.ics'],
      ['warning', 'check-ics-count', network],
    ]);
    expect(result.findings[0]!.message).toBe('a standard iCalendar parser (ical.js) rejects it: invalid ical body. component began but did not end');
    expect(result.findings[1]!.message).toBe('has 1 VEVENTs and the events feed 2 events');
  });

  it('a VEVENT without UID, or with an unreadable date, and an HTML page instead of a calendar', async () => {
    const ics = await readFile(join(out, 'events.ics'), 'utf8');
    await writeFile(join(out, 'events.ics'), ics.replace(/UID:mesa-innovadores-publicos-1.*\r\n/, '').replace('DTSTART;TZID=America/Santiago:20220223T170000', 'DTSTART;TZID=America/Santiago:2022-13-45'));
    await writeFile(join(out, 'ics/verano-datos-abiertos.ics'), '<!doctype html><title>Not found</title>');
    const result = await checkFeed(await serve(), { lang: 'en' });
    expect(result.findings.map((f) => [f.code, f.file, f.message.replace(/: .*/, '')])).toEqual([
      ['check-ics-bad-event', 'events.ics', 'VEVENT #1 (verano-2022-panel-1@govtech-network) cannot be read'],
      ['check-ics-missing-property', 'events.ics', 'VEVENT #3 (?) has no UID'],
      ['check-ics-invalid', 'ics/verano-datos-abiertos.ics', 'a standard iCalendar parser (ical.js) rejects it'],
    ]);
  });

  it('a manifest that is not there, or a server that is not there, means nothing was reachable', async () => {
    const url = await serve();
    const missing = await checkFeed(`${url}nope/`, { lang: 'en' });
    // Files are named from the manifest's folder, as the manifest names them.
    expect(missing).toMatchObject({ ok: false, reachable: false, files: ['index.json'] });
    expect(codes(missing)).toEqual([['error', 'check-no-manifest', 'index.json']]);
    await server!.close();
    server = undefined;
    const down = await checkFeed(url);
    expect(down).toMatchObject({ ok: false, reachable: false });
    expect(codes(down)).toEqual([['error', 'check-unreachable', 'index.json']]);
    expect(down.findings[0]!.message).toContain('ECONNREFUSED');
  });

  it('an HTML page where a JSON file should be (a site\'s fallback page) is an error naming its type', async () => {
    await writeFile(join(out, 'events.json'), '<!doctype html><title>Inicio</title>');
    const result = await checkFeed(
      await serve({ headers: (path): Record<string, string> => ({ ...cacheHeaders(path), ...(path === 'events.json' ? { 'content-type': 'text/html' } : {}) }) }),
      { lang: 'en' },
    );
    expect(codes(result)).toEqual([
      ['error', 'check-not-json', 'events.json'],
      ['warning', 'check-json-type', 'events.json'],
    ]);
    expect(result.findings[0]!.message).toBe('is not JSON (served as text/html)');
  });

  it('a manifest that is JSON but not a feed is an error, yet the feed was reached', async () => {
    await writeFile(join(out, 'index.json'), JSON.stringify({ hello: 'world' }));
    const result = await checkFeed(await serve(), { lang: 'en' });
    expect(result).toMatchObject({ ok: false, reachable: true });
    expect(result.findings.map((f) => [f.code, f.message])).toEqual([['check-not-a-feed', 'is not a GovTech v1 feed: "schemaVersion" is missing']]);
  });
});

describe('checkFeed on a folder', () => {
  it('with the _headers build writes: what Netlify would send passes, and says where headers came from', async () => {
    const result = await checkFeed(out, { lang: 'en' });
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ ok: true, reachable: true, kind: 'folder', headers: 'headers-file' });
    expect(result.files).toHaveLength(8);
    expect(reportLines(result, 'en')[0]).toContain('the headers are those its _headers file would make Netlify or Cloudflare Pages send');
    // The index.json itself names the folder too.
    expect((await checkFeed(join(out, 'index.json'))).findings).toEqual([]);
  });

  it('reads _headers rules: no CORS there is an error, an immutable manifest a warning', async () => {
    const headers = await readFile(join(out, '_headers'), 'utf8');
    await writeFile(
      join(out, '_headers'),
      headers.replace('  Access-Control-Allow-Origin: *\n', '').replace(/(\/index\.json\n {2}Cache-Control: ).*/, '$1public, max-age=86400, immutable'),
    );
    const result = await checkFeed(out, { lang: 'en' });
    expect(result.findings.find((f) => f.file === 'index.json' && f.severity === 'warning')).toMatchObject({
      code: 'check-cached-too-long',
      message: 'cached for too long (Cache-Control: public, max-age=86400, immutable): updates would not show',
    });
    expect(errors(result).map((f) => [f.code, f.file])).toEqual(result.files.filter((f) => f.endsWith('.json')).map((f) => ['check-no-cors', f]));
  });

  it('a feed published under a base path: the rules name it, and --base-path can too', async () => {
    const config = JSON.parse(await readFile(join(work, 'fixtures/site/feeds.config.json'), 'utf8')) as FeedsConfig;
    await buildFeed({ ...config, basePath: '/feeds/v1/' }, { outDir: out, configDir: join(work, 'fixtures/site'), env: {} });
    expect(await readFile(join(out, '_headers'), 'utf8')).toContain('/feeds/v1/index.json');
    expect((await checkFeed(out)).findings).toEqual([]);
    // Served elsewhere than its rules say, none of them applies.
    expect(errors(await checkFeed(out, { basePath: 'otra' })).map((f) => f.code)).toContain('check-no-cors');
  });

  it('without _headers: one warning that the host decides, no header errors; stray files are hints', async () => {
    await unlink(join(out, '_headers'));
    await writeFile(join(out, 'events-viejo.json'), '{}');
    await writeFile(join(out, '.DS_Store'), '');
    const result = await checkFeed(out, { lang: 'es' });
    expect(result).toMatchObject({ ok: true, headers: 'none' });
    expect(codes(result)).toEqual([
      ['warning', 'check-no-headers-file', '_headers'],
      ['hint', 'check-unlisted-file', 'events-viejo.json'],
    ]);
    expect(result.findings[0]!.message).toBe('la carpeta no tiene _headers: CORS y caché dependen del servidor donde se publique');
  });

  it('a folder that does not exist is not reachable', async () => {
    const result = await checkFeed(join(work, 'nada'));
    expect(result).toMatchObject({ ok: false, reachable: false, files: [] });
    expect(codes(result)).toEqual([['error', 'check-no-target', join(work, 'nada')]]);
  });
});
