/**
 * govtech-feeds merge [<feed-url-or-folder>...] [--config hub.config.json] [--out dir] [--title T]
 *   [--lang es|en] [--strict] [--keep-going]
 *
 * The feeds are the config's `feeds` (a hub.config.json, .yaml or .yml in the working folder is read
 * when no feed is given on the command line), then those on the command line. Plain lines: one per
 * problem, then a summary. Exit codes: 0 written; 1 a feed could not be read or problems (warnings with
 * --strict), the previous hub left as it was (unless --keep-going); 2 usage or config file problems.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../config-file.js';
import type { Command, Io } from '../main.js';
import { mergeFeeds, type MergeResult } from '../merge.js';
import { HUB_CONFIG_NAMES, type HubConfig } from '../merge/hub-config.js';
import type { Lang } from '../problems.js';
import { commandArgs, langOf } from './args.js';
import { countsText, printProblems } from './report.js';

export const MERGE_USAGE =
  'govtech-feeds merge [<feed-url-or-folder>...] [--config hub.config.json] --out dir [--title T] [--lang es|en] [--strict] [--keep-going]';

const URL_LIKE = /^(https?|file):/i;

export const mergeCommand: Command = async (argv, io) => {
  const args = commandArgs(argv, io, MERGE_USAGE, {
    config: { type: 'string', short: 'c' },
    out: { type: 'string', short: 'o' },
    title: { type: 'string' },
    lang: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const cwd = process.cwd();

  let config: HubConfig = { feeds: [] };
  let dir = cwd;
  if (values.config !== undefined || positionals.length === 0) {
    const loaded = await loadConfig<HubConfig>(values.config as string | undefined, cwd, HUB_CONFIG_NAMES);
    if ('error' in loaded) {
      io.err(loaded.error);
      io.err(`Usage: ${MERGE_USAGE}`);
      return 2;
    }
    ({ config, dir } = loaded);
  }
  const lang = langOf(values.lang, config.lang, io);
  if (lang === undefined) return 2;
  const out = values.out !== undefined ? resolve(values.out as string) : config.out !== undefined ? resolve(dir, config.out) : undefined;
  if (out === undefined) {
    // No default: the folder is replaced as a whole, so it is never guessed.
    io.err(lang === 'es' ? 'Falta --out (o "out" en la configuración): la carpeta del hub, que se reemplaza entera.' : '--out (or "out" in the config) is missing: the hub folder, which is replaced as a whole.');
    return 2;
  }
  // Feeds on the command line are relative to the working folder, the config's to the config's folder.
  const typed = positionals.map((feed) => (URL_LIKE.test(feed) || dir === cwd ? feed : resolve(cwd, feed)));
  const feeds = [...(Array.isArray(config.feeds) ? config.feeds : []), ...typed];
  const title = (values.title as string | undefined) ?? config.title;

  const progress = io.progress
    ? (done: number, total: number) => io.progress!(lang === 'es' ? `feeds leídos: ${done}/${total}` : `feeds read: ${done}/${total}`)
    : undefined;
  let result: MergeResult;
  try {
    result = await mergeFeeds({ ...config, feeds, ...(title !== undefined ? { title } : {}) }, {
      outDir: out,
      configDir: dir,
      lang,
      strict: values.strict as boolean,
      keepGoing: values['keep-going'] as boolean,
      progress,
    });
  } catch (error) {
    io.progress?.('');
    io.err(`${lang === 'es' ? 'no se pudo escribir el hub' : 'could not write the hub'}: ${(error as Error).message}`);
    return 1;
  }
  io.progress?.('');
  report(result, out, lang, io);
  return result.ok ? 0 : 1;
};

function report(result: MergeResult, outDir: string, lang: Lang, io: Io): void {
  printProblems(result.problems, lang, io);
  const { read, total } = result.inputs;
  const counts = `${lang === 'es' ? `${read}/${total} feeds leídos` : `${read}/${total} feeds read`}, ${countsText(result, result.problems, lang)}`;
  if (result.written) {
    io.out(lang === 'es' ? `Hub escrito en ${outDir} (${result.files.size} archivos): ${counts}` : `Hub written to ${outDir} (${result.files.size} files): ${counts}`);
  } else {
    io.out(lang === 'es' ? `Hub NO escrito; ${outDir} queda como estaba: ${counts}` : `Hub NOT written; ${outDir} left as it was: ${counts}`);
  }
}
