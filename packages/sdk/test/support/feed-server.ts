import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface RecordedRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

/** A real HTTP server on 127.0.0.1 with per-test routes, recording every request it gets. */
export interface FeedServer {
  /** Base URL ending in a slash, e.g. http://127.0.0.1:40123/feeds/v1/ */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  route(path: string, handler: Handler): void;
  /** Serves a JSON value with an optional ETag; answers 304 when the client already has it. */
  json(path: string, body: unknown, options?: { etag?: string }): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: request.headers });
    open.add(response);
    response.on('close', () => open.delete(response));
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const prefix = '/feeds/v1/';
  const full = (path: string) => prefix + path;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    requests,
    route: (path, handler) => routes.set(full(path), handler),
    json(path, body, { etag } = {}) {
      routes.set(full(path), (request, response) => {
        if (etag && request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
        response.writeHead(200, { 'content-type': 'application/json', ...(etag ? { etag } : {}) });
        response.end(JSON.stringify(body));
      });
    },
    hits: (path) => requests.filter((request) => request.path === full(path)).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A manifest pointing at events.json, labs.json and streams.json. */
export function manifest(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-01T00:00:00Z',
    networks: [{ id: 'red-govtech', name: 'Red Multisectorial GovTech Iberoamérica', region: 'Iberoamérica' }],
    feeds: { events: { url: 'events.json' }, labs: { url: 'labs.json' }, streams: { url: 'streams.json' } },
    ...overrides,
  };
}

export function eventsFile(events: unknown[]) {
  return { schemaVersion: 1, generatedAt: '2026-11-01T00:00:00Z', events };
}

export const panel = (id: string, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Panel ${id}`,
  start,
  timeZone: 'America/Santiago',
  kind: 'panel',
  ...extra,
});
