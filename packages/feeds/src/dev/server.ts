/**
 * The dev server: the feed folder under /feed/ with CORS and `Cache-Control: no-cache` (a dev feed is
 * never cached, where the published `_headers` caches it), the preview page at /, its script, the
 * widgets' CDN build under /widgets/ (govtech-widgets.js and the files and chunks it imports), the Decap admin of the project under /admin/, and /events-stream, which tells
 * open previews to reload after a rebuild.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EXPOSED_HEADERS } from '../output/feed-files.js';
import { contentTypeOf, fileUnder } from '../static-files.js';
import { EVENTS_STREAM_PATH, PREVIEW_SCRIPT, PREVIEW_SCRIPT_PATH, WIDGETS_BUNDLE_PATH } from './preview-page.js';

/** Where the widgets' CDN folder is served: the folder of WIDGETS_BUNDLE_PATH. */
const WIDGETS_DIR = WIDGETS_BUNDLE_PATH.slice(0, WIDGETS_BUNDLE_PATH.lastIndexOf('/') + 1);

const typeOf = (path: string) => (path.endsWith('_headers') ? 'text/plain; charset=utf-8' : contentTypeOf(path));

/** On every answer: what a published feed's `_headers` gives (CORS, nosniff), but never cached. */
const COMMON_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED_HEADERS,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

export interface DevServerRoutes {
  /** Folder served at /feed/. */
  readonly feedDir: string;
  /** Folder served at /admin/, if the project has one. */
  readonly adminDir?: string;
  /** Path of the widgets' govtech-widgets.js (its folder is served), or undefined when it cannot be found. */
  readonly bundlePath: () => string | undefined;
  /** The preview page; `feedUrl` is absolute, for the host the browser used. */
  readonly page: (feedUrl: string) => Promise<string>;
  /** The last build, as JSON at /build-status.json. */
  readonly status: () => unknown;
}

export interface HttpServer {
  readonly port: number;
  /** Tells every open preview that the feed was rebuilt. */
  broadcast(event: string, data: unknown): void;
  close(): Promise<void>;
}

function send(request: IncomingMessage, response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(request.method === 'HEAD' ? undefined : body);
}

export async function startHttpServer(routes: DevServerRoutes, port: number, host: string): Promise<HttpServer> {
  const streams = new Set<ServerResponse>();

  const serveFile = async (request: IncomingMessage, response: ServerResponse, file: string | undefined) => {
    if (!file) return send(request, response, 404, 'text/plain; charset=utf-8', 'Not found\n');
    send(request, response, 200, typeOf(file), await readFile(file));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...COMMON_HEADERS, 'access-control-allow-methods': 'GET, HEAD, OPTIONS', 'access-control-allow-headers': '*' }).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(request, response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    // Files are looked up from the encoded path (fileUnder decodes it once); routes match the decoded one.
    const rawPath = new URL(request.url ?? '/', 'http://dev').pathname;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return send(request, response, 400, 'text/plain; charset=utf-8', 'Bad request\n');
    }
    if (path === '/' || path === '/index.html') {
      const origin = `http://${request.headers.host ?? `${host}:${port}`}`;
      return send(request, response, 200, 'text/html; charset=utf-8', await routes.page(`${origin}/feed/`));
    }
    // No icon: an empty answer keeps a 404 out of the browser's console.
    if (path === '/favicon.ico') return send(request, response, 204, 'image/x-icon', '');
    if (path === PREVIEW_SCRIPT_PATH) return send(request, response, 200, 'text/javascript; charset=utf-8', PREVIEW_SCRIPT);
    if (path === '/build-status.json') return send(request, response, 200, 'application/json; charset=utf-8', JSON.stringify(routes.status(), null, 2) + '\n');
    // govtech-widgets.js imports the widget files and chunks beside it (relative URLs): the whole folder.
    if (path.startsWith(WIDGETS_DIR)) {
      const bundle = routes.bundlePath();
      return serveFile(request, response, bundle && (await fileUnder(dirname(bundle), rawPath.slice(WIDGETS_DIR.length))));
    }
    if (path === EVENTS_STREAM_PATH) {
      response.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
      response.write('retry: 1000\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (path === '/feed' || path === '/admin') {
      response.writeHead(301, { ...COMMON_HEADERS, location: `${path}/` }).end();
      return;
    }
    if (path.startsWith('/feed/')) return serveFile(request, response, await fileUnder(routes.feedDir, rawPath.slice('/feed/'.length) || 'index.json'));
    if (path.startsWith('/admin/') && routes.adminDir) return serveFile(request, response, await fileUnder(routes.adminDir, rawPath.slice('/admin/'.length)));
    send(request, response, 404, 'text/plain; charset=utf-8', 'Not found\n');
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) send(request, response, 500, 'text/plain; charset=utf-8', `${error.message}\n`);
      else response.end();
    });
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      listening();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    broadcast(event, data) {
      for (const stream of streams) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close: () =>
      new Promise<void>((closed) => {
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}
