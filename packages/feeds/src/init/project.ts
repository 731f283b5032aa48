/** Writing a starter project into a folder: nothing is overwritten unless asked (`force`). */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG_NAMES } from '../config-file.js';
import type { Lang } from '../problems.js';
import { starterFiles, type ConfigFormat } from './starter.js';

export interface InitOptions {
  /** Project folder (created if missing). */
  readonly folder: string;
  readonly format?: ConfigFormat;
  readonly lang?: Lang;
  /** Overwrite files that exist. */
  readonly force?: boolean;
  /** `$schema` of the config; default: see schemaRefFor. */
  readonly schemaRef?: string;
}

/** Relative paths written, or (nothing written) the ones that exist already. */
export type InitResult = { readonly folder: string; readonly written: string[] } | { readonly folder: string; readonly existing: string[] };

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const packageJsonUrl = new URL('../../package.json', import.meta.url);

/**
 * Where editors find the config's JSON Schema: inside the project's own install of this package when
 * there is one (works offline, and matches the installed version), else on the npm CDN, pinned to the
 * version that wrote the config.
 */
export async function schemaRefFor(folder: string): Promise<string> {
  try {
    const installed = createRequire(join(resolve(folder), 'package.json')).resolve('@govtech-network/feeds/config.schema.json');
    const path = relative(resolve(folder), installed).split(sep).join('/');
    return path.startsWith('.') ? path : `./${path}`;
  } catch {
    const { version } = JSON.parse(await readFile(packageJsonUrl, 'utf8')) as { version: string };
    return `https://cdn.jsdelivr.net/npm/@govtech-network/feeds@${version}/config.schema.json`;
  }
}

export async function initProject(options: InitOptions): Promise<InitResult> {
  const folder = resolve(options.folder);
  const format = options.format ?? 'json';
  const files = starterFiles({ format, lang: options.lang ?? 'es', schemaRef: options.schemaRef ?? (await schemaRefFor(folder)) });
  if (!options.force) {
    // Another config file would compete with the new one (the build takes the first it finds).
    const names = [...new Set([...files.keys(), ...DEFAULT_CONFIG_NAMES])];
    const existing: string[] = [];
    for (const name of names) if (await exists(join(folder, name))) existing.push(name);
    if (existing.length) return { folder, existing };
  }
  for (const [name, text] of files) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return { folder, written: [...files.keys()] };
}
