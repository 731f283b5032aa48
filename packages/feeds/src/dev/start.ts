/**
 * startDev: build, serve, watch, rebuild. Each rebuild re-reads the config (its sources may change) and
 * writes the feed folder the way `build` does; a rebuild with errors writes nothing, so the server keeps
 * serving the last good feed while the page and the log say what to fix.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { buildFeed } from '../build.js';
import { reportBuild } from '../commands/build.js';
import { loadConfig } from '../config-file.js';
import type { Io } from '../main.js';
import type { Lang } from '../problems.js';
import { feedPicks, previewPage, type BuildStatus } from './preview-page.js';
import { startHttpServer, type HttpServer } from './server.js';
import { startWatcher, watchedPaths, type Watcher } from './watcher.js';

export interface DevOptions {
  /** Config file; default the first of feeds.config.json/.yaml/.yml in `cwd`. */
  readonly config?: string;
  readonly cwd?: string;
  /** Default 8787; 0 takes any free port. */
  readonly port?: number;
  /** Default 127.0.0.1 (this computer only). */
  readonly host?: string;
  /** Feed folder to write and serve; default the config's `out` (else `feed`), as `build` writes it. */
  readonly out?: string;
  /** Language of the messages and the page; default the config's, else Spanish. */
  readonly lang?: Lang;
  /** Where the build reports go (problems, summaries); default nowhere. */
  readonly io?: Io;
  /** Environment for SOURCE_DATE_EPOCH; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How long a burst of file events must be quiet before a rebuild (ms); default 80. */
  readonly quietMs?: number;
}

/** One build of the dev loop. */
export interface DevBuild extends BuildStatus {
  readonly events: number;
}

export interface DevServer {
  /** The preview page, e.g. http://127.0.0.1:8787/. */
  readonly url: string;
  /** The feed folder, e.g. http://127.0.0.1:8787/feed/. */
  readonly feedUrl: string;
  readonly feedDir: string;
  /** Language of the messages: --lang, else the config's (as last read), else Spanish. */
  lang(): Lang;
  /** The latest build. */
  lastBuild(): DevBuild;
  /** Calls `listener` after each rebuild; returns the unsubscribe function. */
  onRebuild(listener: (build: DevBuild) => void): () => void;
  /** The next rebuild (for tests and tools: no polling). */
  nextRebuild(): Promise<DevBuild>;
  /** Stops watching and serving. */
  close(): Promise<void>;
}

const requireHere = createRequire(import.meta.url);

/** The widgets' CDN bundle with all four (its folder holds the files it imports), via the @govtech-network/widgets package; undefined when not built. */
export function widgetsBundlePath(): string | undefined {
  try {
    const path = join(dirname(requireHere.resolve('@govtech-network/widgets/package.json')), 'dist/cdn/govtech-widgets.js');
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const displayHost = (host: string) => (host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host);

/** Starts the dev loop; rejects (with a message naming the file or the port) when the config cannot be read or the port is taken. */
export async function startDev(options: DevOptions = {}): Promise<DevServer> {
  const cwd = options.cwd ?? process.cwd();
  const host = options.host ?? '127.0.0.1';
  const first = await loadConfig(options.config, cwd);
  if ('error' in first) throw new Error(first.error);
  const configPath = first.path;
  const configDir = first.dir;
  const feedDir = options.out !== undefined ? resolve(cwd, options.out) : resolve(configDir, first.config.out ?? 'feed');
  const langOf = (configured: unknown): Lang => options.lang ?? (configured === 'en' ? 'en' : 'es');
  let lang = langOf(first.config.lang);
  const io = options.io;

  let latest: DevBuild = { ok: false, written: false, problems: [], events: 0 };
  const listeners = new Set<(build: DevBuild) => void>();
  let server: HttpServer | undefined;

  async function build(): Promise<DevBuild> {
    const loaded = await loadConfig(configPath, cwd);
    if ('error' in loaded) {
      io?.err(loaded.error);
      return { ok: false, written: false, problems: [], events: 0, configError: loaded.error };
    }
    lang = langOf(loaded.config.lang);
    watcher.set(watchedPaths(loaded.config, configPath, configDir));
    try {
      const result = await buildFeed(loaded.config, {
        outDir: feedDir,
        configDir,
        configSource: { file: basename(configPath), text: loaded.text },
        lang,
        env: options.env,
      });
      if (io) reportBuild(result, feedDir, lang, io);
      return { ok: result.ok, written: result.written, problems: result.problems, events: result.events };
    } catch (error) {
      // Only writing the folder can throw (disk full, permissions): the last good feed stays served.
      const message = `${lang === 'es' ? 'no se pudo escribir el feed' : 'could not write the feed'}: ${(error as Error).message}`;
      io?.err(message);
      return { ok: false, written: false, problems: [], events: 0, configError: message };
    }
  }

  // Rebuilds one at a time; changes during a build make one more build after it.
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        latest = await build();
        server?.broadcast('rebuild', { ok: latest.ok, written: latest.written, problems: latest.problems.length });
        for (const listener of [...listeners]) listener(latest);
      } while (again);
    })().finally(() => {
      running = undefined;
    });
  };

  // Declared before any build reads it: build() (below) runs only after this line.
  const watcher: Watcher = await startWatcher(watchedPaths(first.config, configPath, configDir), feedDir, rebuild, options.quietMs);
  latest = await build();
  const adminDir = join(configDir, 'admin');
  try {
    server = await startHttpServer(
      {
        feedDir,
        adminDir: existsSync(adminDir) ? adminDir : undefined,
        bundlePath: widgetsBundlePath,
        status: () => latest,
        page: async (feedUrl) =>
          previewPage({ lang, feedUrl, bundleFound: widgetsBundlePath() !== undefined, status: latest, picks: await feedPicks(feedDir, Date.now()) }),
      },
      options.port ?? 8787,
      host,
    );
  } catch (error) {
    await watcher.close();
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Error(
      code === 'EADDRINUSE'
        ? lang === 'es'
          ? `el puerto ${options.port ?? 8787} ya está en uso: use --port con otro número`
          : `port ${options.port ?? 8787} is already in use: pick another with --port`
        : message,
    );
  }
  const url = `http://${displayHost(host)}:${server.port}/`;
  if (!widgetsBundlePath()) {
    io?.err(
      lang === 'es'
        ? 'Falta el paquete de los widgets (@govtech-network/widgets, dist/cdn/govtech-widgets.js): ejecute "npm run build:cdn --workspace @govtech-network/widgets" para verlos en la vista previa.'
        : 'The widgets bundle is missing (@govtech-network/widgets, dist/cdn/govtech-widgets.js): run "npm run build:cdn --workspace @govtech-network/widgets" to see them in the preview.',
    );
  }

  const onRebuild = (listener: (build: DevBuild) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    url,
    feedUrl: `${url}feed/`,
    feedDir,
    lang: () => lang,
    lastBuild: () => latest,
    onRebuild,
    nextRebuild: () =>
      new Promise((resolved) => {
        const off = onRebuild((build) => {
          off();
          resolved(build);
        });
      }),
    async close() {
      await watcher.close();
      await running;
      await server?.close();
    },
  };
}
