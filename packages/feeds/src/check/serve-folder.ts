/**
 * Serves a feed folder on 127.0.0.1 the way a static host would: the content type a host gives each
 * extension, plus what the folder's `_headers` rules add. check then reads the folder over HTTP, like a
 * published feed.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { headersFor, type HeaderRule } from './headers-file.js';

/** What common static hosts (Netlify, Cloudflare Pages, GitHub Pages) send by extension. */
const HOST_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedFolder {
  /** URL of the folder, ending in the base path. */
  readonly url: string;
  close(): Promise<void>;
}

/** The file a URL path names in the folder; undefined for a malformed %-escape (which no file has). */
function fileOf(folder: string, path: string): string | undefined {
  try {
    return join(folder, decodeURIComponent(path));
  } catch {
    return undefined;
  }
}

export async function serveFolder(folder: string, basePath: string, rules: readonly HeaderRule[]): Promise<ServedFolder> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const file = path.startsWith(basePath) ? fileOf(folder, path.slice(basePath.length)) : undefined;
    const inside = file !== undefined && !relative(folder, file).startsWith('..') && !file.endsWith(`${sep}_headers`);
    const headers = { 'content-type': HOST_TYPES[extname(path)] ?? 'application/octet-stream', ...Object.fromEntries(headersFor(rules, path)) };
    (inside ? readFile(file) : Promise.reject(new Error('outside'))).then(
      (body) => response.writeHead(200, headers).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  // check reads between requests (a large feed takes seconds): a kept-alive socket the server closed in the
  // meantime would fail the next request, so sockets stay open until close().
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
