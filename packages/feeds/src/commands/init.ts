/**
 * govtech-feeds init [folder] [--lang es|en] [--format json|yaml] [--force]
 *
 * Writes a starter project (see init/starter.ts). Exit codes: 0 written; 2 usage problems, or files that
 * exist already (named; nothing is written unless --force).
 */
import { relative, resolve } from 'node:path';
import { initProject } from '../init/project.js';
import type { ConfigFormat } from '../init/starter.js';
import type { Command } from '../main.js';
import { commandArgs, langOf } from './args.js';

export const INIT_USAGE = 'govtech-feeds init [folder] [--lang es|en] [--format json|yaml] [--force]';

export const initCommand: Command = async (argv, io) => {
  const args = commandArgs(argv, io, INIT_USAGE, {
    lang: { type: 'string' },
    format: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const lang = langOf(values.lang, undefined, io);
  if (lang === undefined) return 2;
  const es = lang === 'es';
  const format = (values.format ?? 'json') as string;
  if (format !== 'json' && format !== 'yaml') {
    io.err(es ? `--format debe ser json o yaml, no "${format}".` : `--format must be json or yaml, not "${format}".`);
    return 2;
  }
  if (positionals.length > 1) {
    io.err(es ? `Sobra un argumento: "${positionals[1]}". Uso: ${INIT_USAGE}` : `One argument too many: "${positionals[1]}". Usage: ${INIT_USAGE}`);
    return 2;
  }
  const folder = resolve(positionals[0] ?? '.');
  const result = await initProject({ folder, format: format as ConfigFormat, lang, force: values.force as boolean });
  if ('existing' in result) {
    io.err(
      es
        ? `No se escribió nada: ya existe${result.existing.length > 1 ? 'n' : ''} en ${folder}: ${result.existing.join(', ')}. Use --force para sobrescribir.`
        : `Nothing written: ${folder} already has ${result.existing.join(', ')}. Use --force to overwrite.`,
    );
    return 2;
  }
  io.out(es ? `Proyecto creado en ${folder}:` : `Project created in ${folder}:`);
  for (const name of result.written) io.out(`  ${name}`);
  const inside = relative(process.cwd(), folder);
  const cd = inside.startsWith('..') ? folder : inside;
  io.out(es ? 'Siguientes pasos:' : 'Next steps:');
  if (cd) io.out(`  cd ${cd}`);
  io.out(es ? '  npx @govtech-network/feeds dev     vista previa con los widgets, se recarga al guardar' : '  npx @govtech-network/feeds dev     preview with the widgets, reloads on save');
  io.out(es ? '  npx @govtech-network/feeds build   escribe el feed en feed/ para publicarlo' : '  npx @govtech-network/feeds build   writes the feed to feed/ for publishing');
  io.out(es ? 'Más en LEEME.md.' : 'More in LEEME.md (Spanish).');
  return 0;
};
