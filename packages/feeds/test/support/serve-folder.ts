import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeOf, fileUnder } from '../../src/static-files.js';

export interface FolderServer {
  /** Base URL of the folder, ending in a slash. */
  readonly baseUrl: string;
  /** Paths requested so far. */
  paths(): string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send `Access-Control-Allow-Origin: *` (default true). */
  readonly cors?: boolean;
  /** Headers to add (or replace) for a file, by its path in the folder; the request shows its Origin. */
  readonly headers?: (path: string, request: IncomingMessage) => Record<string, string>;
}

/** Serves a built feed folder on 127.0.0.1 with CORS (unless told otherwise), as a static host would. */
export async function serveFolder(folder: string, { cors = true, headers }: ServeOptions = {}): Promise<FolderServer> {
  const requested: string[] = [];
  const server = createServer(async (request, response) => {
    const rawPath = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/feed\//, '');
    const path = decodeURIComponent(rawPath);
    requested.push(path);
    const file = await fileUnder(folder, rawPath);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': contentTypeOf(path), ...(cors ? { 'access-control-allow-origin': '*' } : {}), ...headers?.(path, request) })
        .end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/feed/`,
    paths: () => [...requested],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
