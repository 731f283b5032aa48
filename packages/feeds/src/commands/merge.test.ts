import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Manifest } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed } from '../build.js';
import type { FeedsConfig } from '../config.js';
import { runCliAsync } from '../../test/support/cli.js';
import { serveFolder, type FolderServer } from '../../test/support/serve-folder.js';
import { tree } from '../../test/support/tree.js';
import { workFolder } from '../../test/support/work-folder.js';

let work: string;
let servers: FolderServer[];
let a: FolderServer;
let b: FolderServer;

/** The two fixture sites built and served, as two networks publish them. */
beforeEach(async () => {
  ({ work } = await workFolder('govtech-feeds-merge-cli-'));
  servers = [];
  for (const [site, out] of [['site', 'a'], ['merge', 'b']] as const) {
    const dir = join(work, 'fixtures', site);
    const config = JSON.parse(await readFile(join(dir, 'feeds.config.json'), 'utf8')) as FeedsConfig;
    await buildFeed(config, { outDir: join(work, out), configDir: dir, env: {} });
    servers.push(await serveFolder(join(work, out)));
  }
  [a, b] = servers as [FolderServer, FolderServer];
});
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await rm(work, { recursive: true, force: true });
});

// Asynchronous: the CLI reads from servers this process runs.
const run = (args: string[]) => runCliAsync(args, work);

describe('govtech-feeds merge, end to end', () => {
  it('merges published feeds given on the command line, reports the conflict, and --strict fails on it', { timeout: 30_000 }, async () => {
    const { status, stdout, stderr } = await run(['merge', a.baseUrl, b.baseUrl, '--out', 'hub', '--title', 'Agenda regional', '--lang', 'en']);
    expect(stderr.trim()).toBe(
      `${b.baseUrl} [id] warning: The event "verano-2022-panel-1" differs between ${a.baseUrl} and ${b.baseUrl} (description, end, highlight, onlineUrl, title); ` +
        `the one from ${a.baseUrl} is used, the first in the list — An id must name the same thing in every feed: ask one of the networks to fix it; ` +
        `if a feed republishes another network's items, take only its own networks from it with "networks" in the config.`,
    );
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(`Hub written to ${join(work, 'hub')} (11 files): 2/2 feeds read, 3 networks, 5 events, 0 errors, 1 warnings`);
    const manifest = Manifest.parse(JSON.parse(await readFile(join(work, 'hub/index.json'), 'utf8')));
    expect(manifest.title).toBe('Agenda regional');
    expect(manifest.networks.map((network) => network.id)).toEqual(['mesa-innovadores-publicos-gt', 'verano-datos-abiertos', 'ciudades-inteligentes-ar']);

    const before = await tree(join(work, 'hub'));
    const strict = await run(['merge', a.baseUrl, b.baseUrl, '--out', 'hub', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(`Hub NO escrito; ${join(work, 'hub')} queda como estaba`);
    expect(await tree(join(work, 'hub'))).toEqual(before);
  });

  it('reads hub.config.yaml by default: local folders, a networks filter, title and generatedAt', { timeout: 30_000 }, async () => {
    await writeFile(
      join(work, 'hub.config.yaml'),
      [
        'title: Agenda de Chile',
        'generatedAt: 2026-11-22T00:00:00Z',
        'out: hub',
        'feeds:',
        '  - a',
        '  - feed: b',
        '    networks: [verano-datos-abiertos]',
        '',
      ].join('\n'),
    );
    const { status, stdout, stderr } = await run(['merge']);
    expect(stderr).toContain('b [id] aviso: El evento "verano-2022-panel-1" distinto en a y en b');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(`Hub escrito en ${join(work, 'hub')} (9 archivos): 2/2 feeds leídos, 2 redes, 3 eventos, 0 errores, 1 avisos`);
    const manifest = JSON.parse(await readFile(join(work, 'hub/index.json'), 'utf8'));
    expect(manifest).toMatchObject({ title: 'Agenda de Chile', generatedAt: '2026-11-22T00:00:00Z' });
    // The same config twice: byte-identical.
    const first = await tree(join(work, 'hub'));
    expect((await run(['merge', '--config', 'hub.config.yaml'])).status).toBe(0);
    expect(await tree(join(work, 'hub'))).toEqual(first);
  });

  it('an unreachable feed exits 1 and leaves the previous hub; --keep-going writes the others', { timeout: 30_000 }, async () => {
    expect((await run(['merge', a.baseUrl, b.baseUrl, '--out', 'hub'])).status).toBe(0);
    const before = await tree(join(work, 'hub'));
    await b.close();
    const failed = await run(['merge', a.baseUrl, b.baseUrl, '--out', 'hub', '--lang', 'en']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`${b.baseUrl}index.json error: cannot read the feed ${b.baseUrl}: Could not reach`);
    expect(failed.stdout).toContain('Hub NOT written');
    expect(failed.stdout).toContain('1/2 feeds read');
    expect(await tree(join(work, 'hub'))).toEqual(before);

    const kept = await run(['merge', a.baseUrl, b.baseUrl, '--out', 'hub', '--keep-going', '--lang', 'en']);
    expect(kept.status).toBe(1);
    expect(kept.stdout).toContain(`Hub written to ${join(work, 'hub')}`);
    expect(await tree(join(work, 'hub'))).not.toEqual(before);
  });

  it('usage problems exit 2', { timeout: 30_000 }, async () => {
    const noOut = await run(['merge', a.baseUrl]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('Falta --out');
    const noConfig = await run(['merge', '--out', 'hub']);
    expect(noConfig.status).toBe(2);
    expect(noConfig.stderr).toContain('hub.config.json: no config file here');
    expect((await run(['merge', a.baseUrl, '--out', 'hub', '--lang', 'fr'])).status).toBe(2);
    expect((await run(['merge', '--help'])).stdout).toContain('govtech-feeds merge');
  });
});
