/**
 * govtech-feeds build [--config feeds.config.json] [--out dir] [--lang es|en] [--strict] [--keep-going]
 *
 * Plain lines: one per problem (file:line [field] severity: message — hint), then a summary.
 * Exit codes: 0 built; 1 errors in the content (or warnings with --strict), output left as it was
 * (unless --keep-going); 2 usage or config file problems.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFeed } from './build.js';
import type { FeedsConfig } from './config.js';
import { formatProblem, type Lang } from './problems.js';

const USAGE = `Usage: govtech-feeds build [--config feeds.config.json] [--out dir] [--lang es|en] [--strict] [--keep-going]`;

export async function main(argv: readonly string[], io = { out: console.log, err: console.error }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c', default: 'feeds.config.json' },
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        strict: { type: 'boolean', default: false },
        'keep-going': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err((error as Error).message);
    io.err(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command] = positionals;
  if (command !== 'build') {
    io.err(command === undefined ? 'No command given.' : `Unknown command "${command}" (only "build" exists so far).`);
    io.err(USAGE);
    return 2;
  }
  if (values.lang !== undefined && values.lang !== 'es' && values.lang !== 'en') {
    io.err(`--lang must be es or en, not "${values.lang}".`);
    return 2;
  }

  const configPath = resolve(values.config);
  let config: FeedsConfig;
  try {
    config = JSON.parse(await readFile(configPath, 'utf8')) as FeedsConfig;
  } catch (error) {
    io.err(`${values.config}: ${(error as Error).message}`);
    return 2;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    io.err(`${values.config}: the config must be a JSON object`);
    return 2;
  }
  const lang: Lang = (values.lang as Lang | undefined) ?? (config.lang === 'es' ? 'es' : 'en');
  const configDir = dirname(configPath);
  const outDir = values.out !== undefined ? resolve(values.out) : resolve(configDir, config.out ?? 'feed');

  let result;
  try {
    result = await buildFeed(config, { outDir, configDir, lang, strict: values.strict, keepGoing: values['keep-going'] });
  } catch (error) {
    io.err(`${lang === 'es' ? 'no se pudo escribir el feed' : 'could not write the feed'}: ${(error as Error).message}`);
    return 1;
  }
  for (const p of result.problems) io.err(formatProblem(p, lang));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const counts =
    lang === 'es' ? `${result.events} eventos, ${errors} errores, ${warnings} avisos` : `${result.events} events, ${errors} errors, ${warnings} warnings`;
  if (result.written) {
    io.out(lang === 'es' ? `Feed escrito en ${outDir} (${result.files.size} archivos): ${counts}` : `Feed written to ${outDir} (${result.files.size} files): ${counts}`);
  } else {
    io.out(lang === 'es' ? `Feed NO escrito; ${outDir} queda como estaba: ${counts}` : `Feed NOT written; ${outDir} left as it was: ${counts}`);
  }
  return result.ok ? 0 : 1;
}
