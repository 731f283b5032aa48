import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govtech-feeds-config-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('reads YAML and JSON configs to the same object', async () => {
    await writeFile(join(dir, 'a.yaml'), 'title: Mi red\nsources:\n  - type: markdown\n    path: eventos\n    timeZone: America/Santiago\n');
    await writeFile(join(dir, 'b.json'), '\uFEFF{"title":"Mi red","sources":[{"type":"markdown","path":"eventos","timeZone":"America/Santiago"}]}');
    const [a, b] = [await loadConfig('a.yaml', dir), await loadConfig('b.json', dir)];
    expect('config' in a && a.config).toEqual('config' in b && b.config);
    expect(a).toMatchObject({ path: join(dir, 'a.yaml'), dir });
  });

  it('finds feeds.config.json, then .yaml, then .yml, and says what to run when there is none', async () => {
    expect(await loadConfig(undefined, dir)).toEqual({ error: expect.stringContaining('govtech-feeds init') });
    await writeFile(join(dir, 'feeds.config.yml'), 'title: yml\n');
    expect(await loadConfig(undefined, dir)).toMatchObject({ config: { title: 'yml' } });
    await writeFile(join(dir, 'feeds.config.yaml'), 'title: yaml\n');
    expect(await loadConfig(undefined, dir)).toMatchObject({ config: { title: 'yaml' } });
    await writeFile(join(dir, 'feeds.config.json'), '{"title":"json"}');
    expect(await loadConfig(undefined, dir)).toMatchObject({ config: { title: 'json' } });
  });

  it('names the file in every error: unreadable, bad syntax, not an object', async () => {
    expect(await loadConfig('nope.yaml', dir)).toEqual({ error: expect.stringMatching(/^nope\.yaml: ENOENT/) });
    await writeFile(join(dir, 'bad.yaml'), 'title: [sin cerrar\n');
    expect(await loadConfig('bad.yaml', dir)).toEqual({ error: expect.stringMatching(/^bad\.yaml: /) });
    await writeFile(join(dir, 'list.json'), '[]');
    expect(await loadConfig('list.json', dir)).toEqual({ error: 'list.json: the config must be an object' });
  });
});
