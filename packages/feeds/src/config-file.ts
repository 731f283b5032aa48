/** Finding and reading the config file: JSON or YAML (feeds.config.json, .yaml or .yml). */
import { access, readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FeedsConfig } from './config.js';

/** Looked for in this order when no --config is given. */
export const DEFAULT_CONFIG_NAMES = ['feeds.config.json', 'feeds.config.yaml', 'feeds.config.yml'] as const;

/** A config read (not yet checked: buildFeed checks it against the schema, with `text` for line numbers), or why not. */
export type LoadedConfig =
  | { readonly config: FeedsConfig; readonly path: string; readonly dir: string; readonly text: string }
  | { readonly error: string };

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Reads `path` (or the first default name in `cwd`); `{ error }` says what is wrong, naming the file. */
export async function loadConfig(path: string | undefined, cwd = process.cwd()): Promise<LoadedConfig> {
  let file = path === undefined ? undefined : resolve(cwd, path);
  if (file === undefined) {
    for (const name of DEFAULT_CONFIG_NAMES) {
      if (await exists(resolve(cwd, name))) {
        file = resolve(cwd, name);
        break;
      }
    }
    if (file === undefined) return { error: `${DEFAULT_CONFIG_NAMES[0]}: no config file here (run "govtech-feeds init" to make one)` };
  }
  const shown = path ?? file;
  let data: unknown;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
    data = /^\.ya?ml$/i.test(extname(file)) ? parseYaml(text, { prettyErrors: false }) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: `${shown}: ${(error as Error).message.split('\n')[0]}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: `${shown}: the config must be an object` };
  return { config: data as FeedsConfig, path: file, dir: dirname(file), text };
}
