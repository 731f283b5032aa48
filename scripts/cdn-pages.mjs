// What a page downloads from the CDN build (scripts/build-cdn.mjs): the files it loads with
// `<script type="module">`, every chunk they import, and the lazy chunks its widgets load on first use
// before they are interactive (the SDK's events path for the calendar, …). Read from the built files'
// own import statements, so it is what a browser would fetch; tests/cdn/cdn.test.ts measures the
// same pages in Chromium. Used by scripts/size.mjs (budgets) and bench/weight.mjs (the weight table).
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cdnPages } from './cdn-page-budgets.mjs';

export { cdnPages };

export const cdnDir = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/widgets/dist/cdn');

// Minified ES output: `import{a as b}from"./x.js"`, `import"./x.js"`, and import(`./x.js`) for a lazy chunk.
const importsOf = (code) => ({
  static: [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\.?\/[^"]+)"/g)].map((match) => match[1]),
  dynamic: [...code.matchAll(/\bimport\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g)].map((match) => match[1]),
});

/** The chunk's name as rolldown gives it (chunks/<name>-<hash>.js). */
export const chunkName = (file) => posix.basename(file).replace(/-[\w-]{8}\.js$/, '');

/** Every file `page` downloads, as paths relative to dist/cdn, each with its min and gzip (-9) bytes. */
export function pageDownloads(page, dir = cdnDir) {
  const files = new Map();
  const visit = (file) => {
    if (files.has(file)) return;
    const code = readFileSync(join(dir, file));
    files.set(file, { file, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const { static: statics, dynamic } = importsOf(code.toString('utf8'));
    const resolveFrom = (specifier) => posix.normalize(posix.join(posix.dirname(file), specifier));
    statics.forEach((specifier) => visit(resolveFrom(specifier)));
    dynamic.map(resolveFrom).filter((chunk) => page.lazy.includes(chunkName(chunk))).forEach(visit);
  };
  page.files.forEach(visit);
  const list = [...files.values()];
  return { files: list, min: list.reduce((sum, f) => sum + f.min, 0), gzip: list.reduce((sum, f) => sum + f.gzip, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const page of cdnPages) {
    const { files, gzip } = pageDownloads(page);
    console.log(page.name.padEnd(34), `${(gzip / 1024).toFixed(1)} KB`.padStart(9), page.budget ? `(budget ${(page.budget / 1024).toFixed(2)} KB${page.target ? `, target ${(page.target / 1024).toFixed(1)} KB` : ''})` : '', files.length, 'files');
    if (process.argv.includes('-v')) for (const f of files) console.log('   ', f.file.padEnd(40), f.gzip);
  }
}
