/** checkFeed's result as a plain report (one line per finding, grouped by file) or as JSON. */
import { severityWord, type Lang, type Severity } from '../problems.js';
import type { CheckResult } from './check.js';
import type { Finding } from './findings.js';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** `severity file: message — hint`. */
export function formatFinding(finding: Finding, lang: Lang): string {
  return `${severityWord(finding.severity, lang)} ${finding.file}: ${finding.message}${finding.hint ? ` — ${finding.hint}` : ''}`;
}

export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Every file in the manifest's order (then any other file a finding names), each with its findings or "ok". */
export function reportLines(result: CheckResult, lang: Lang): string[] {
  const es = lang === 'es';
  const lines = [introOf(result, lang), ''];
  const files = [...new Set([...result.files, ...result.findings.map((finding) => finding.file)])];
  for (const file of files) {
    const own = result.findings.filter((finding) => finding.file === file).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    if (own.length) lines.push(...own.map((finding) => formatFinding(finding, lang)));
    else lines.push(`ok ${file}`);
  }
  const { error, warning, hint } = countFindings(result.findings);
  const counts = es
    ? `${plural(error, 'error', 'errores')}, ${plural(warning, 'aviso', 'avisos')}, ${plural(hint, 'sugerencia', 'sugerencias')}`
    : `${plural(error, 'error', 'errors')}, ${plural(warning, 'warning', 'warnings')}, ${plural(hint, 'hint', 'hints')}`;
  if (!result.reachable) lines.push('', es ? `No se pudo leer el feed: nada que revisar (${counts}).` : `The feed could not be read: nothing to check (${counts}).`);
  else lines.push('', es ? `${plural(result.files.length, 'archivo revisado', 'archivos revisados')}: ${counts}.` : `${plural(result.files.length, 'file', 'files')} checked: ${counts}.`);
  return lines;
}

function introOf({ kind, target, origin, headers }: CheckResult, lang: Lang): string {
  if (lang === 'es') {
    if (kind === 'url') return `Feed ${target}, leído como lo lee un widget en ${origin}.`;
    return headers === 'headers-file'
      ? `Carpeta ${target}: las cabeceras son las que su _headers haría enviar a Netlify o Cloudflare Pages (no las de un servidor real), para un widget en ${origin}; revise también la URL publicada.`
      : `Carpeta ${target}: sin _headers no se puede saber qué cabeceras (CORS, caché) enviará el servidor; revise la URL publicada.`;
  }
  if (kind === 'url') return `Feed ${target}, read as a widget on ${origin} reads it.`;
  return headers === 'headers-file'
    ? `Folder ${target}: the headers are those its _headers file would make Netlify or Cloudflare Pages send (not a real server's), for a widget on ${origin}; check the published URL too.`
    : `Folder ${target}: without _headers, the headers the host will send (CORS, caching) cannot be known; check the published URL.`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The machine-readable report: the result with its counts. */
export function reportJson(result: CheckResult): string {
  return JSON.stringify({ ...result, summary: countFindings(result.findings) }, null, 2);
}
