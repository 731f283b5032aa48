/**
 * Watching the config file and the local paths its sources read, with chokidar 4 (Node ≥ 14, one small
 * dependency). Node's fs.watch({ recursive: true }) works on Linux only since Node 20, as a JavaScript
 * layer of one inotify watch per folder, and reports a path that does not exist yet as an error;
 * chokidar has done that job on every platform for years: it watches folders created later, waits for
 * a path that does not exist yet, and folds an editor's save-by-rename into one change (`atomic`).
 */
import { basename, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { FeedsConfig } from '../config.js';

/** The config file and every source's local `path` (a source type with local input files names them in `path`). */
export function watchedPaths(config: FeedsConfig, configPath: string, configDir: string): string[] {
  const paths = new Set([configPath]);
  for (const source of Array.isArray(config.sources) ? config.sources : []) {
    const path = (source as { path?: unknown }).path;
    if (typeof path === 'string' && path !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) paths.add(resolve(configDir, path));
  }
  return [...paths];
}

export interface Watcher {
  /** Watches exactly these paths from now on (the config may name other sources after an edit). */
  set(paths: readonly string[]): void;
  close(): Promise<void>;
}

/**
 * Calls `onChange` after any change under `paths`, once the burst of events a save makes has been quiet
 * for `quietMs`. The feed folder (and replaceFolder's temporary siblings of it), node_modules and .git
 * are never watched: writing the feed must not trigger another build.
 */
export async function startWatcher(paths: readonly string[], outDir: string, onChange: () => void, quietMs = 80): Promise<Watcher> {
  const out = resolve(outDir);
  const outSiblings = `.${basename(out)}.`;
  const ignored = (path: string) =>
    path === out ||
    path.startsWith(out + sep) ||
    basename(path).startsWith(outSiblings) ||
    /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path);
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  const watcher: FSWatcher = watch([...paths], { ignoreInitial: true, ignored });
  watcher.on('all', changed);
  await new Promise<void>((ready) => watcher.once('ready', ready));
  let current = new Set(paths);
  return {
    set(next) {
      const wanted = new Set(next);
      const added = [...wanted].filter((path) => !current.has(path));
      const removed = [...current].filter((path) => !wanted.has(path));
      if (removed.length) watcher.unwatch(removed);
      if (added.length) watcher.add(added);
      current = wanted;
    },
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
