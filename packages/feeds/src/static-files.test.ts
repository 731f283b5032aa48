import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentTypeOf, fileUnder } from './static-files.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'govtech-feeds-static-'));
  await mkdir(join(root, 'feed/events'), { recursive: true });
  await writeFile(join(root, 'feed/index.json'), '{}');
  await writeFile(join(root, 'feed/events/2022-02 a.json'), '{}');
  await writeFile(join(root, 'secret.txt'), 'no');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('static files', () => {
  it('finds a file by its encoded URL path, and a folder by its index', async () => {
    const feed = join(root, 'feed');
    expect(await fileUnder(feed, 'index.json')).toBe(join(feed, 'index.json'));
    expect(await fileUnder(feed, 'events/2022-02%20a.json')).toBe(join(feed, 'events/2022-02 a.json'));
    await writeFile(join(feed, 'events/index.html'), '');
    expect(await fileUnder(feed, 'events/')).toBe(join(feed, 'events/index.html'));
  });

  it('never leaves the folder, and a malformed or missing path names no file', async () => {
    const feed = join(root, 'feed');
    for (const path of ['../secret.txt', '..%2Fsecret.txt', '%2e%2e/secret.txt', '%E0%A4%A', 'nope.json', 'events']) {
      expect(await fileUnder(feed, path), path).toBeUndefined();
    }
  });

  it('gives the content types static hosts send', () => {
    expect(contentTypeOf('index.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('ics/red.ICS')).toBe('text/calendar; charset=utf-8');
    expect(contentTypeOf('_headers')).toBe('application/octet-stream');
  });
});
