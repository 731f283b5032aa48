/** Finding and reading the config file: JSON or YAML (feeds.config.json, .yaml or .yml). */
import { access, readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FeedsConfig } from './config.js';

/** Looked for in this order when no --config is given. */
export const DEFAULT_CONFIG_NAMES = ['feeds.config.json', 'feeds.config.yaml', 'feeds.config.yml'] as const;

/** A config read (not yet checked: each command checks its own fields, with `text` for line numbers), or why not. */
export type LoadedConfig<T extends object = FeedsConfig> =
  | { readonly config: T; readonly path: string; readonly dir: string; readonly text: string }
  | { readonly error: string };

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Reads `path` (or the first of `names` found in `cwd`); `{ error }` says what is wrong, naming the file.
 * The shape is only checked to be an object: each command reports its own fields as problems.
 */
export async function loadConfig<T extends object = FeedsConfig>(
  path: string | undefined,
  cwd = process.cwd(),
  names: readonly string[] = DEFAULT_CONFIG_NAMES,
): Promise<LoadedConfig<T>> {
  let file = path === undefined ? undefined : resolve(cwd, path);
  if (file === undefined) {
    for (const name of names) {
      if (await exists(resolve(cwd, name))) {
        file = resolve(cwd, name);
        break;
      }
    }
    if (file === undefined) {
      const init = names === DEFAULT_CONFIG_NAMES ? ' (run "govtech-feeds init" to make one)' : '';
      return { error: `${names[0]}: no config file here${init}` };
    }
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
  return { config: data as T, path: file, dir: dirname(file), text };
}
