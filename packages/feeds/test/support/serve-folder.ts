import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

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

const TYPES: Record<string, string> = { json: 'application/json', ics: 'text/calendar; charset=utf-8' };

/** Serves a built feed folder on 127.0.0.1 with CORS (unless told otherwise), as a static host would. */
export async function serveFolder(folder: string, { cors = true, headers }: ServeOptions = {}): Promise<FolderServer> {
  const requested: string[] = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/feed\//, '');
    requested.push(path);
    const file = normalize(join(folder, path));
    if (!file.startsWith(folder)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
      response
        .writeHead(200, { 'content-type': type, ...(cors ? { 'access-control-allow-origin': '*' } : {}), ...headers?.(path, request) })
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
