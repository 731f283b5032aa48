import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventsFile } from '@govtech-network/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../build.js';
import type { IcsSourceConfig } from '../config.js';
import { readIcsSource } from './ics.js';
import { displayUrl } from './ics/load.js';
import type { SourceContext } from './source.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/ics/', import.meta.url));
const context: SourceContext = { configDir: fixtures, lang: 'en' };
const base: IcsSourceConfig = { type: 'ics', timeZone: 'America/Santiago' };
const SECRET = '/calendar/ical/red%40group.calendar.google.com/private-0123456789abcdef/basic.ics';

/** A calendar host on 127.0.0.1: the fixture at Google's secret-address path, a sign-in page, a 404, one that never answers. */
async function calendarServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const calendar = await readFile(join(fixtures, 'google.ics'));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === SECRET) response.writeHead(200, { 'content-type': 'text/calendar; charset=UTF-8' }).end(calendar);
    else if (path === '/login') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Iniciar sesión</title>');
    else if (path === '/stalled') response.writeHead(200, { 'content-type': 'text/calendar' }).write('BEGIN:VCALENDAR\r\n');
    // /silent: no answer at all.
    else if (path === '/silent') return;
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('ics source from a file', () => {
  it('reads the file the path names, relative to the config', async () => {
    const read = await readIcsSource({ ...base, path: 'google.ics' }, context);
    expect(read.events?.map((event) => [event.item.id, event.file])).toContainEqual(['taller-semanal-2024', 'google.ics']);
    expect(read.problems).toHaveLength(1);
  });

  it('a missing file is one read-failed error', async () => {
    const read = await readIcsSource({ ...base, path: 'no-existe.ics' }, context);
    expect(read.events).toEqual([]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'no-existe.ics', message: expect.stringMatching(/^cannot read the file/) })]);
  });

  it('config mistakes: neither or both of path and url, an unknown timeZone, an unreadable from', async () => {
    const problems = async (config: Partial<IcsSourceConfig>) => (await readIcsSource({ ...base, ...config }, context)).problems.map((p) => [p.file, p.field, p.severity]);
    expect(await problems({})).toEqual([['config', 'path', 'error']]);
    expect(await problems({ path: 'google.ics', url: 'https://example.org/a.ics' })).toEqual([['config', 'path', 'error']]);
    expect(await problems({ path: 'google.ics', timeZone: 'Chile/Santiago ' })).toEqual([['config', 'timeZone', 'error']]);
    expect(await problems({ path: 'google.ics', from: '1 de enero' })).toEqual([['config', 'from', 'error']]);
  });
});

describe('ics source from a URL (a loopback server)', () => {
  let host: Awaited<ReturnType<typeof calendarServer>>;
  beforeAll(async () => {
    host = await calendarServer();
  });
  afterAll(() => host.close());

  it('fetches the calendar and names it without its secret key', async () => {
    const fromUrl = await readIcsSource({ ...base, url: `${host.url}${SECRET}?hl=es` }, context);
    const fromFile = await readIcsSource({ ...base, path: 'google.ics' }, context);
    expect(fromUrl.events?.map((event) => event.item)).toEqual(fromFile.events?.map((event) => event.item));
    const file = `${host.url}/calendar/ical/red%40group.calendar.google.com/private-…/basic.ics`;
    expect(fromUrl.events?.every((event) => event.file === file)).toBe(true);
    expect(fromUrl.problems).toEqual([expect.objectContaining({ file, field: 'CLASS' })]);
  });

  it('an HTTP error is one error naming the status', async () => {
    const read = await readIcsSource({ ...base, url: `${host.url}/calendar.ics` }, context);
    expect(read.events).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: `${host.url}/calendar.ics`, message: 'the server answered 404 Not Found for the calendar' }),
    ]);
  });

  it('a sign-in page served with 200 is not a calendar', async () => {
    const read = await readIcsSource({ ...base, url: `${host.url}/login` }, { ...context, lang: 'es' });
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', message: 'no es un calendario iCalendar: el servidor envió text/html; charset=utf-8', hint: expect.stringMatching(/privado/) }),
    ]);
  });

  it('a server that never answers, or stops halfway, is cut off by timeoutSeconds', async () => {
    for (const path of ['/silent', '/stalled']) {
      const read = await readIcsSource({ ...base, url: `${host.url}${path}`, timeoutSeconds: 0.3 }, context);
      expect(read.problems, path).toEqual([expect.objectContaining({ severity: 'error', message: 'cannot download the calendar: timeout (0.3 s)' })]);
    }
  });

  it('a refused connection, and a URL that is not http(s)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await readIcsSource({ ...base, url: `http://127.0.0.1:${port}/a.ics` }, context);
    expect(refused.problems).toEqual([expect.objectContaining({ severity: 'error', message: 'cannot download the calendar: ECONNREFUSED' })]);
    const ftp = await readIcsSource({ ...base, url: 'ftp://example.org/a.ics' }, context);
    expect(ftp.problems).toEqual([expect.objectContaining({ message: 'cannot download the calendar: not an http(s) URL' })]);
  });

  it('webcal:// is https underneath; query, credentials and private keys never reach a problem', () => {
    expect(displayUrl('https://user:pw@calendar.google.com/calendar/ical/x/private-abc/basic.ics?token=1#a')).toBe(
      'https://calendar.google.com/calendar/ical/x/private-…/basic.ics',
    );
  });
});

describe('buildFeed with an ics source', () => {
  it('writes the calendar events into the feed, reporting progress per VEVENT', async () => {
    const out = await mkdtemp(join(tmpdir(), 'govtech-feeds-ics-'));
    try {
      const progress: [number, number, number][] = [];
      const result = await buildFeed(
        {
          generatedAt: '2024-06-01T00:00:00Z',
          networks: [{ id: 'red-innovacion-publica', name: 'Red de Innovación Pública', country: 'CL' }],
          sources: [{ type: 'ics', path: 'google.ics', timeZone: 'America/Santiago', network: 'red-innovacion-publica', defaults: { kind: 'meeting' } }],
        },
        { outDir: out, configDir: fixtures, env: {}, progress: (source, done, total) => progress.push([source, done, total]) },
      );
      expect(result.problems.map((p) => p.field)).toEqual(['CLASS']);
      expect(result).toMatchObject({ ok: true, written: true, events: 6 });
      const events = EventsFile.parse(JSON.parse(await readFile(join(out, 'events.json'), 'utf8'))).events;
      expect(events.find((event) => event.id === '5f3k2j1h0g9f8e7d6c5b4a3z2y')).toMatchObject({ kind: 'meeting', network: 'red-innovacion-publica' });
      expect(await readFile(join(out, 'events.ics'), 'utf8')).toContain('UID:taller-semanal-2024@govtech-network');
      expect(progress.at(-1)).toEqual([0, 7, 7]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
