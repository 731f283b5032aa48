import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderFetch } from './folder-fetch.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govtech-feeds-folder-'));
  await mkdir(join(dir, 'feed/events'), { recursive: true });
  await writeFile(join(dir, 'feed/events/2026-03.json'), '{"ok":true}');
  await writeFile(join(dir, 'secret.json'), '{"secret":true}');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('folderFetch', () => {
  it('answers files of the folder as a static host would: JSON typed, missing ones 404, nothing outside', async () => {
    const fetch = folderFetch(join(dir, 'feed'));
    const base = pathToFileURL(join(dir, 'feed/')).href;
    const found = await fetch(new Request(`${base}events/2026-03.json`));
    expect([found.status, found.headers.get('content-type'), await found.json()]).toEqual([200, 'application/json', { ok: true }]);
    expect((await fetch(`${base}index.json`)).status).toBe(404);
    expect((await fetch(`${base}events`)).status).toBe(404);
    expect((await fetch(new URL('../secret.json', base))).status).toBe(403);
  });
});
