import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventsFile, Manifest } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initProject } from '../init/project.js';
import { startDev, widgetsBundlePath, type DevServer } from './start.js';
import { cliNodeArgs, root } from '../../test/support/cli.js';

const bundleBuilt = existsSync(join(root, 'packages/widgets/dist/cdn/govtech-widgets.js'));
const PANEL = 'contenido/eventos/verano-2022-panel-1-ecosistema-govtech.md';

let dir: string;
let dev: DevServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govtech-feeds-dev-'));
  await initProject({ folder: dir, schemaRef: './config.schema.json' });
});
afterEach(async () => {
  await dev?.close();
  dev = undefined;
  await rm(dir, { recursive: true, force: true });
});

const start = async () => (dev = await startDev({ cwd: dir, port: 0, env: { SOURCE_DATE_EPOCH: '1767225600' } }));
const text = async (url: string) => (await fetch(url)).text();
const starts = async (server: DevServer) =>
  EventsFile.parse(JSON.parse(await text(`${server.feedUrl}events.json`))).events.map((event) => [event.id, event.start]);

/** Rewrites a file and waits for the rebuild it causes (no sleeping: startDev says when it rebuilt). */
async function edit(server: DevServer, path: string, change: (text: string) => string) {
  const rebuilt = server.nextRebuild();
  await writeFile(join(dir, path), change(await readFile(join(dir, path), 'utf8')));
  return rebuilt;
}

describe('startDev on a project made by init', () => {
  it('serves the feed with CORS and no caching', async () => {
    const server = await start();
    expect(server.lastBuild()).toMatchObject({ ok: true, written: true, events: 3 });
    const response = await fetch(`${server.feedUrl}index.json`, { headers: { origin: 'https://municipio.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Manifest.parse(await response.json()).networks.map((network) => network.id)).toEqual(['verano-datos-abiertos', 'red-govtech-iberoamerica', 'red-labs-peru']);
    const preflight = await fetch(`${server.feedUrl}events.json`, { method: 'OPTIONS' });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([204, '*']);
    expect((await fetch(`${server.feedUrl}events.ics`)).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect((await fetch(`${server.feedUrl}../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${server.url}feed/%2e%2e/feeds.config.json`)).status).toBe(404);
  });

  it('serves a preview page with the four widgets on the feed, its script as a file, and the Decap admin', async () => {
    const server = await start();
    const page = await text(server.url);
    for (const tag of ['govtech-event-calendar', 'govtech-panel-countdown', 'govtech-lab-directory', 'govtech-stream-card']) {
      expect(page).toContain(`<${tag} src="${server.feedUrl}"`);
    }
    // All sample events are past: the last panel is counted down to, the calendar opens on the last event's month.
    expect(page).toContain('event-id="verano-2022-panel-2-digitalizacion-municipal"');
    expect(page).toContain('date="2023-10"');
    // The starter has labs and streams: no "add a source" notes, and the stream shown is the counted-down panel's.
    expect(JSON.parse(await text(`${server.feedUrl}labs.json`)).labs).toHaveLength(4);
    expect(page).not.toContain('class="note"');
    expect(page).toContain('stream-id="transmision-verano-2022-panel-2"');
    expect(page).toContain('<script type="module" src="/widgets/govtech-widgets.js"></script>');
    expect(page.match(/<script\b[^>]*>/g)?.every((tag) => / src="/.test(tag))).toBe(true);
    const script = await fetch(`${server.url}preview.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain("new EventSource(\"/events-stream\")");
    expect(await text(`${server.url}admin/`)).toContain('decap-cms');
    expect(await text(`${server.url}admin/config.yml`)).toContain('name: eventos');
  });

  it.skipIf(!bundleBuilt)(
    'serves the widgets bundle of @govtech-network/widgets (skipped when packages/widgets/dist/cdn is not built: run "npm run build:cdn --workspace @govtech-network/widgets"; npm test builds it first)',
    async () => {
      const server = await start();
      expect(widgetsBundlePath()).toBe(join(root, 'packages/widgets/dist/cdn/govtech-widgets.js'));
      const bundle = await fetch(`${server.url}widgets/govtech-widgets.js`);
      expect(bundle.status).toBe(200);
      expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const code = await bundle.text();
      expect(code).toBe(await readFile(widgetsBundlePath()!, 'utf8'));
      // And what it imports, beside it: the widget files and their chunks (relative URLs).
      const imported = [...code.matchAll(/from\s*"\.\/([^"]+)"/g)].map((match) => match[1]!);
      expect(imported).toContain('event-calendar.js');
      const calendar = await text(`${server.url}widgets/event-calendar.js`);
      const chunk = /from\s*"\.\/(chunks\/lit-base-[\w-]+\.js)"/.exec(calendar)?.[1];
      expect(chunk).toBeDefined();
      const served = await fetch(`${server.url}widgets/${chunk}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      // Nothing outside the folder.
      expect((await fetch(`${server.url}widgets/..%2Fpackage.json`)).status).toBe(404);
      expect(await text(server.url)).not.toContain('role="alert"');
    },
  );

  it('notes on the page when a project has no labs or no streams', async () => {
    const path = join(dir, 'feeds.config.json');
    const config = JSON.parse(await readFile(path, 'utf8'));
    config.sources = config.sources.filter((source: { type: string }) => source.type !== 'data');
    await writeFile(path, JSON.stringify(config));
    const server = await start();
    expect(server.lastBuild()).toMatchObject({ ok: true, written: true });
    expect((await fetch(`${server.feedUrl}labs.json`)).status).toBe(404);
    const page = await text(server.url);
    expect(page).toContain('<p class="note">Este feed aún no tiene laboratorios: añada una fuente de laboratorios a la configuración.</p>');
    expect(page).toContain('<p class="note">Este feed aún no tiene transmisiones: añada una fuente de transmisiones a la configuración.</p>');
    expect(page).not.toContain('stream-id=');
  });

  it('rebuilds when a stream changes (a data file is watched too), and serves the new feed', async () => {
    const server = await start();
    const build = await edit(server, 'datos/transmisiones.yaml', (file) => file.replace('scheduledStart: 2022-02-24T16:00', 'scheduledStart: 2022-02-24T16:15'));
    expect(build).toMatchObject({ ok: true, written: true, problems: [] });
    const streams = JSON.parse(await text(`${server.feedUrl}streams.json`)).streams as { id: string; scheduledStart: string }[];
    expect(streams.map((stream) => [stream.id, stream.scheduledStart])).toEqual([
      ['transmision-verano-2022-panel-1', '2022-02-23T17:00:00-03:00'],
      ['transmision-verano-2022-panel-2', '2022-02-24T16:15:00-03:00'],
    ]);
  });

  it('rebuilds when a Markdown file changes, and serves the new feed', async () => {
    const server = await start();
    const build = await edit(server, PANEL, (file) => file.replace('start: 2022-02-23T17:00', 'start: 2022-02-23T17:30'));
    expect(build).toMatchObject({ ok: true, written: true, problems: [] });
    expect((await starts(server))[0]).toEqual(['verano-2022-panel-1-ecosistema-govtech', '2022-02-23T17:30:00-03:00']);
  });

  it('keeps serving the last good feed after a broken edit, says why on the page, and recovers', async () => {
    const server = await start();
    const before = await text(`${server.feedUrl}events.json`);
    const broken = await edit(server, PANEL, (file) => file.replace('start: 2022-02-23T17:00', 'start: 31/02/2022'));
    expect(broken).toMatchObject({ ok: false, written: false });
    expect(broken.problems).toEqual([expect.objectContaining({ severity: 'error', file: PANEL, line: 3, field: 'start' })]);
    expect(await text(`${server.feedUrl}events.json`)).toBe(before);
    const page = await text(server.url);
    expect(page).toContain('La última compilación tiene 1 error; se muestra el último feed correcto:');
    expect(page).toContain(`${PANEL}:3 [start] error: fecha ilegible en &quot;start&quot;: 31/02/2022`);
    expect(JSON.parse(await text(`${server.url}build-status.json`))).toMatchObject({ ok: false, written: false });

    const fixed = await edit(server, PANEL, (file) => file.replace('start: 31/02/2022', 'start: 2022-02-23T18:00'));
    expect(fixed).toMatchObject({ ok: true, written: true });
    expect((await starts(server))[0]).toEqual(['verano-2022-panel-1-ecosistema-govtech', '2022-02-23T18:00:00-03:00']);
  });

  it('survives a config that cannot be read, and follows the config to a new source folder', async () => {
    const server = await start();
    const broken = await edit(server, 'feeds.config.json', (file) => file.replace('{', '{{'));
    expect(broken.configError).toMatch(/feeds\.config\.json: .*JSON/);
    expect((await fetch(`${server.feedUrl}index.json`)).status).toBe(200);
    await mkdir(join(dir, 'otras'));
    await writeFile(join(dir, 'otras/jornada.md'), '---\ntitle: Jornada\nstart: 2024-12-16\n---\n');
    const moved = await edit(server, 'feeds.config.json', (file) => file.replace('{{', '{').replace('"contenido/reuniones"', '"otras"'));
    expect(moved).toMatchObject({ ok: true, problems: [] });
    expect((await starts(server)).map(([id]) => id)).toEqual(['verano-2022-panel-1-ecosistema-govtech', 'verano-2022-panel-2-digitalizacion-municipal', 'jornada']);
    // The new folder is watched from then on.
    await edit(server, 'otras/jornada.md', (file) => file.replace('2024-12-16', '2024-12-17'));
    expect((await starts(server)).at(-1)).toEqual(['jornada', '2024-12-17']);
  });

  it('tells open previews to reload after a rebuild (/events-stream)', async () => {
    const server = await start();
    const abort = new AbortController();
    const response = await fetch(`${server.url}events-stream`, { signal: abort.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = decoder.decode((await reader.read()).value);
    expect(received).toContain('retry:');
    await edit(server, PANEL, (file) => file.replace('highlight: true', 'highlight: false'));
    while (!received.includes('event: rebuild')) received += decoder.decode((await reader.read()).value);
    expect(received).toContain('event: rebuild\ndata: {"ok":true,"written":true,"problems":0}');
    abort.abort();
  });

  it('says when the port is taken, and when there is no config', async () => {
    const server = await start();
    const port = Number(new URL(server.url).port);
    await expect(startDev({ cwd: dir, port })).rejects.toThrow(`el puerto ${port} ya está en uso`);
    await expect(startDev({ cwd: tmpdir(), config: join(dir, 'nope.json'), port: 0 })).rejects.toThrow(/nope\.json: ENOENT/);
  });
});

describe('govtech-feeds dev (the CLI)', () => {
  it('prints the URL, serves, and stops on SIGINT with exit 0', { timeout: 20_000 }, async () => {
    const child = spawn(process.execPath, [...cliNodeArgs, 'dev', '--port', '0'], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let out = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const url = await new Promise<string>((found, failed) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Vista previa: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match) found(match[1]!);
      });
      child.on('exit', () => failed(new Error(`dev exited early:\n${out}`)));
    });
    expect((await fetch(`${url}feed/index.json`)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('Servidor detenido.');
  });
});
