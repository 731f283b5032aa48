/**
 * govtech-feeds build [--config file] [--out dir] [--lang es|en] [--strict] [--keep-going]
 *
 * Plain lines: one per problem (file:line [field] severity: message — hint), then a summary. On a
 * terminal, a progress line is redrawn in place while sources are read; elsewhere (CI) nothing extra.
 * --check writes nothing and fails when the output folder differs from what the build would write.
 * Exit codes: 0 built (or, with --check, up to date); 1 errors in the content (or warnings with --strict), output left as it was
 * (unless --keep-going); 2 usage or config file problems.
 */
import { basename, resolve } from 'node:path';
import { buildFeed, type BuildResult } from '../build.js';
import { loadConfig } from '../config-file.js';
import type { Command, Io } from '../main.js';
import { compareFolder } from '../output/compare-folder.js';
import type { Lang } from '../problems.js';
import { commandArgs, langOf } from './args.js';
import { countsText, printProblems } from './report.js';

export const BUILD_USAGE =
  'govtech-feeds build [--config feeds.config.json] [--out dir] [--lang es|en] [--strict] [--keep-going] [--check]';

export const buildCommand: Command = async (argv, io) => {
  const args = commandArgs(argv, io, BUILD_USAGE, {
    config: { type: 'string', short: 'c' },
    out: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const loaded = await loadConfig(values.config as string | undefined);
  if ('error' in loaded) {
    io.err(loaded.error);
    return 2;
  }
  const lang = langOf(values.lang, loaded.config.lang, io);
  if (lang === undefined) return 2;
  const outDir = values.out !== undefined ? resolve(values.out as string) : resolve(loaded.dir, loaded.config.out ?? 'feed');

  const sources = Array.isArray(loaded.config.sources) ? loaded.config.sources.length : 0;
  const progress = io.progress
    ? (source: number, done: number, total: number) =>
        io.progress!(lang === 'es' ? `fuente ${source + 1}/${sources}: ${done}/${total}` : `source ${source + 1}/${sources}: ${done}/${total}`)
    : undefined;
  let result: BuildResult;
  try {
    result = await buildFeed(loaded.config, {
      outDir,
      configDir: loaded.dir,
      configSource: { file: basename(loaded.path), text: loaded.text },
      lang,
      strict: values.strict as boolean,
      keepGoing: values['keep-going'] as boolean,
      progress,
      write: !values.check,
    });
  } catch (error) {
    io.progress?.('');
    io.err(`${lang === 'es' ? 'no se pudo escribir el feed' : 'could not write the feed'}: ${(error as Error).message}`);
    return 1;
  }
  io.progress?.('');
  if (values.check) return checkOutput(result, outDir, lang, io);
  reportBuild(result, outDir, lang, io);
  return result.ok ? 0 : 1;
};

/** --check: the folder must hold exactly what a build would write (for CI: the published feed is current). */
async function checkOutput(result: BuildResult, outDir: string, lang: Lang, io: Io): Promise<number> {
  printProblems(result.problems, lang, io);
  if (!result.ok) return 1;
  const { changed, missing, extra } = await compareFolder(outDir, result.files);
  const lines = [
    ...changed.map((name) => (lang === 'es' ? `desactualizado: ${name}` : `out of date: ${name}`)),
    ...missing.map((name) => (lang === 'es' ? `falta: ${name}` : `missing: ${name}`)),
    ...extra.map((name) => (lang === 'es' ? `sobra: ${name}` : `not built: ${name}`)),
  ];
  for (const line of lines) io.err(line);
  if (!lines.length) {
    io.out(lang === 'es' ? `${outDir} está al día.` : `${outDir} is up to date.`);
    return 0;
  }
  io.err(lang === 'es' ? `${outDir} no coincide con sus fuentes: ejecute govtech-feeds build.` : `${outDir} does not match its sources: run govtech-feeds build.`);
  return 1;
}

/** One line per problem (stderr), then what was written (stdout); `dev` reports each rebuild the same way. */
export function reportBuild(result: BuildResult, outDir: string, lang: Lang, io: Io): void {
  printProblems(result.problems, lang, io);
  const counts = countsText(result, result.problems, lang);
  if (result.written) {
    io.out(lang === 'es' ? `Feed escrito en ${outDir} (${result.files.size} archivos): ${counts}` : `Feed written to ${outDir} (${result.files.size} files): ${counts}`);
  } else {
    io.out(lang === 'es' ? `Feed NO escrito; ${outDir} queda como estaba: ${counts}` : `Feed NOT written; ${outDir} left as it was: ${counts}`);
  }
}
