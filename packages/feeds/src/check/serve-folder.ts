/**
 * Serves a feed folder on 127.0.0.1 the way a static host would: the content type a host gives each
 * extension, plus what the folder's `_headers` rules add. check then reads the folder over HTTP, like a
 * published feed.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeOf, fileUnder } from '../static-files.js';
import { headersFor, type HeaderRule } from './headers-file.js';

export interface ServedFolder {
  /** URL of the folder, ending in the base path. */
  readonly url: string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string, basePath: string, rules: readonly HeaderRule[]): Promise<ServedFolder> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const headers = { 'content-type': contentTypeOf(path), ...Object.fromEntries(headersFor(rules, path)) };
    // The host's own rules file is not served.
    const served = path.startsWith(basePath) && !path.endsWith('/_headers') ? fileUnder(folder, path.slice(basePath.length)) : Promise.resolve(undefined);
    served.then((file) => (file ? readFile(file) : Promise.reject(new Error('not found')))).then(
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
