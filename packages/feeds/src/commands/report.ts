/** The summary line commands print after their problems, in Spanish or English. */
import { formatProblem, type Lang, type Problem } from '../problems.js';
import type { Io } from '../main.js';

/** One line per problem on stderr. */
export function printProblems(problems: readonly Problem[], lang: Lang, io: Io): void {
  for (const p of problems) io.err(formatProblem(p, lang));
}

/** "3 eventos, 1 laboratorios, 0 errores, 2 avisos": items that are there, then problems. */
export function countsText(items: { events: number; labs: number; streams: number; networks?: number }, problems: readonly Problem[], lang: Lang): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [
    ...(items.networks !== undefined ? [lang === 'es' ? `${items.networks} redes` : `${items.networks} networks`] : []),
    lang === 'es' ? `${items.events} eventos` : `${items.events} events`,
    ...(items.labs ? [lang === 'es' ? `${items.labs} laboratorios` : `${items.labs} labs`] : []),
    ...(items.streams ? [lang === 'es' ? `${items.streams} transmisiones` : `${items.streams} streams`] : []),
  ];
  return `${parts.join(', ')}, ${lang === 'es' ? `${errors} errores, ${warnings} avisos` : `${errors} errors, ${warnings} warnings`}`;
}
