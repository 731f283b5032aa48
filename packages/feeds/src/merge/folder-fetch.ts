/**
 * A fetch that answers file: URLs from one local feed folder, so the SDK's client reads a folder exactly
 * as it reads a published feed (same validation, same warnings) without a server. Other URLs (a manifest
 * may name absolute ones) go to the real fetch.
 */
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = { json: 'application/json', ics: 'text/calendar; charset=utf-8' };

export function folderFetch(folder: string): typeof globalThis.fetch {
  const root = pathToFileURL(folder.endsWith(sep) ? folder : folder + sep).href;
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return globalThis.fetch(input, init);
    // As a static host would: nothing outside the feed's folder.
    if (!url.startsWith(root)) return new Response('outside the feed folder', { status: 403 });
    try {
      const body = await readFile(fileURLToPath(url));
      const type = TYPES[new URL(url).pathname.split('.').pop() ?? ''] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return new Response('not found', { status: 404 });
      throw error;
    }
  };
}
