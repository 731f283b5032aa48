/**
 * govtech-feeds check <folder-or-URL> [--origin url] [--lang es|en] [--strict] [--json] [--base-path /path/] [--timeout ms]
 *
 * The feed doctor (check/check.ts): a report on stdout, one line per finding grouped by file, then a
 * summary; or, with --json, the findings as JSON. Exit codes: 0 no errors (warnings and hints allowed);
 * 1 errors (or warnings with --strict); 2 usage problems, or the feed could not be reached at all.
 */
import { checkFeed, DEFAULT_ORIGIN } from '../check/check.js';
import { reportJson, reportLines } from '../check/report.js';
import type { Command } from '../main.js';
import { commandArgs, langOf } from './args.js';

export const CHECK_USAGE =
  'govtech-feeds check <folder-or-URL> [--origin https://site.example] [--lang es|en] [--strict] [--json] [--base-path /path/] [--timeout ms]';

export const checkCommand: Command = async (argv, io) => {
  const args = commandArgs(argv, io, CHECK_USAGE, {
    origin: { type: 'string' },
    lang: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'base-path': { type: 'string' },
    timeout: { type: 'string' },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const lang = langOf(values.lang, undefined, io);
  if (lang === undefined) return 2;
  const es = lang === 'es';
  const usageError = (es_: string, en: string) => {
    io.err(es ? es_ : en);
    io.err(`Usage: ${CHECK_USAGE}`);
    return 2;
  };
  if (positionals.length !== 1) {
    return usageError('Indique una carpeta o una URL de feed, y solo una.', 'Give one feed folder or URL, and only one.');
  }
  const origin = (values.origin as string | undefined) ?? DEFAULT_ORIGIN;
  if (!/^https?:\/\/[^/]+\/?$/i.test(origin) || !URL.canParse(origin)) {
    return usageError(`--origin debe ser un origen http(s), como ${DEFAULT_ORIGIN}, no "${origin}".`, `--origin must be an http(s) origin such as ${DEFAULT_ORIGIN}, not "${origin}".`);
  }
  const timeout = values.timeout === undefined ? 10_000 : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0) {
    return usageError(`--timeout debe ser un número de milisegundos, no "${String(values.timeout)}".`, `--timeout must be a number of milliseconds, not "${String(values.timeout)}".`);
  }

  const result = await checkFeed(positionals[0]!, {
    lang,
    origin,
    strict: values.strict as boolean,
    timeoutMs: timeout,
    ...(values['base-path'] !== undefined ? { basePath: values['base-path'] as string } : {}),
  });
  if (values.json) io.out(reportJson(result));
  else for (const line of reportLines(result, lang)) io.out(line);
  return !result.reachable ? 2 : result.ok ? 0 : 1;
};
