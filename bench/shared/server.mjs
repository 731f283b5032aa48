// The bench's Vite dev server: the benchmark pages and their TypeScript, and the benchmark feeds, which the
// groups generate once per run (bench/groups/calendar.mjs, directory.mjs, calendar-peers.mjs) and which are
// served from memory at /bench-feed/, so nothing large is written to disk.
import { createServer } from 'vite';

/**
 * A Vite dev server for the repository, not yet listening: the groups load their Node-side TypeScript
 * through it (`server.ssrLoadModule`) to write the feeds before the first page asks for them.
 * `feeds`: path below /bench-feed/ → JSON text.
 */
export async function createBenchServer(feeds) {
  return createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    resolve: { conditions: ['govtech-source', 'module', 'browser', 'production', 'import', 'default'] },
    server: { port: 0, host: '127.0.0.1' },
    plugins: [
      {
        name: 'bench-feed',
        // Before Vite's own middlewares, so its SPA fallback never answers these.
        configureServer(vite) {
          vite.middlewares.use('/bench-feed/', (req, res, next) => {
            const text = feeds.get(new URL(req.url ?? '/', 'http://x').pathname);
            if (text === undefined) return next();
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(text);
          });
        },
      },
    ],
  });
}

/** The data files of one feed folder (its index.json left out): how many, and their bytes. */
export function feedFolderSize(feeds, folder) {
  const files = [...feeds].filter(([path]) => path.startsWith(folder) && !path.endsWith('/index.json'));
  return { files: files.length, bytes: files.reduce((total, [, text]) => total + Buffer.byteLength(text), 0) };
}
