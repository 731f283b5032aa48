import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Manifest } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { root, runCli } from '../test/support/cli.js';
import { consoleIo, main } from './main.js';
import { workFolder } from '../test/support/work-folder.js';

let work: string;
let site: string;

beforeEach(async () => {
  ({ work, site } = await workFolder('govtech-feeds-cli-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const run = (args: string[], cwd = site) => runCli(args, cwd);

describe('govtech-feeds CLI, end to end in a temporary folder', () => {
  it('build with the default config writes the feed and says so', { timeout: 20_000 }, async () => {
    const { status, stdout, stderr } = run(['build']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(`Feed escrito en ${join(site, 'feed')} (9 archivos): 3 eventos, 0 errores, 0 avisos`);
    const manifest = Manifest.parse(JSON.parse(await readFile(join(site, 'feed/index.json'), 'utf8')));
    expect(manifest.feeds.events?.shards).toHaveLength(3);
  });

  it('--out, --lang en and --config from another folder', { timeout: 20_000 }, async () => {
    const { status, stdout } = run(['build', '--config', join(site, 'feeds.config.json'), '--out', 'elsewhere', '--lang', 'en'], work);
    expect(status).toBe(0);
    expect(stdout).toContain(`Feed written to ${join(work, 'elsewhere')} (9 files): 3 events, 0 errors, 0 warnings`);
    expect((await readdir(join(work, 'elsewhere'))).sort()).toEqual(['_headers', 'events', 'events.ics', 'events.json', 'ics', 'index.json']);
  });

  it('an error exits 1 with file:line, field and hint, and leaves the previous feed', { timeout: 20_000 }, async () => {
    expect(run(['build']).status).toBe(0);
    const before = await readFile(join(site, 'feed/index.json'), 'utf8');
    await writeFile(join(site, 'eventos/mala-fecha.md'), '---\ntitle: Mala\nstart: 31/02/2022\n---\n');
    const { status, stdout, stderr } = run(['build', '--lang', 'en']);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      'eventos/mala-fecha.md:3 [start] error: unreadable date in "start": 31/02/2022 — Use YYYY-MM-DD, or YYYY-MM-DDTHH:MM with or without an offset (e.g. 2022-02-23T17:00:00-03:00).',
    );
    expect(stdout).toContain('Feed NOT written');
    expect(await readFile(join(site, 'feed/index.json'), 'utf8')).toBe(before);
  });

  it('--strict turns a warning into exit 1', { timeout: 20_000 }, async () => {
    await writeFile(join(site, 'eventos/extra.md'), '---\ntitle: Extra\nstart: 2022-03-05\ncolor: rojo\n---\n');
    const lenient = run(['build']);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('eventos/extra.md:4 [color] aviso: campo "color" sin uso en el mapeo; se ignora');
    expect(run(['build', '--strict']).status).toBe(1);
  });

  it('--check: exit 0 when the folder is what the build writes, 1 naming each stale, missing or extra file', { timeout: 20_000 }, async () => {
    expect(run(['build', '--check']).status).toBe(1);
    expect(run(['build']).status).toBe(0);
    const current = run(['build', '--check', '--lang', 'en']);
    expect(current.status).toBe(0);
    expect(current.stdout).toContain('is up to date');
    await writeFile(join(site, 'feed/events.json'), '{}\n');
    await writeFile(join(site, 'feed/viejo.json'), '{}\n');
    const stale = run(['build', '--check']);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('desactualizado: events.json');
    expect(stale.stderr).toContain('sobra: viejo.json');
    // --check never writes.
    expect(await readFile(join(site, 'feed/events.json'), 'utf8')).toBe('{}\n');
  });

  it('usage and config problems exit 2', { timeout: 20_000 }, async () => {
    expect(run([]).status).toBe(2);
    expect(run(['publish']).stderr).toContain('Unknown command "publish"');
    expect(run(['build', '--lang', 'fr']).status).toBe(2);
    const missing = run(['build', '--config', 'nope.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    expect(run(['--help']).status).toBe(0);
  });

  it('runs from the repository root too (paths are relative to the config)', { timeout: 20_000 }, () => {
    const { status } = run(['build', '--config', join(site, 'feeds.config.json')], root);
    expect(status).toBe(0);
  });
});

describe('the progress line', () => {
  it('a terminal gets "source n/m: done/total" redrawn while sources are read, then cleared; CI and pipes get none', async () => {
    const lines: string[] = [];
    const io = { out: () => {}, err: () => {}, progress: (line: string) => lines.push(line) };
    expect(await main(['build', '--config', join(site, 'feeds.config.json'), '--out', join(work, 'out')], io)).toBe(0);
    expect(lines).toContain('fuente 1/2: 1/1');
    expect(lines).toContain('fuente 2/2: 2/2');
    expect(lines.at(-1)).toBe('');
    // Without a terminal (the CLI above runs in a pipe), stderr holds no progress line.
    const piped = runCli(['build'], site);
    expect(piped.stderr).toBe('');
  });

  it('consoleIo offers a progress line only to an interactive terminal outside CI', () => {
    const terminal = { isTTY: true, columns: 80, write: () => true } as unknown as NodeJS.WriteStream;
    const ci = process.env.CI;
    try {
      delete process.env.CI;
      expect(consoleIo(terminal).progress).toBeTypeOf('function');
      expect(consoleIo({ isTTY: false } as unknown as NodeJS.WriteStream).progress).toBeUndefined();
      process.env.CI = 'true';
      expect(consoleIo(terminal).progress).toBeUndefined();
    } finally {
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
  });
});
