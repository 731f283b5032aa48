// Size budgets: bundles each public entry the way an app or CDN would (Vite 8 / rolldown, minified,
// everything inlined), gzips it, prints a table and fails when an entry is over its budget.
// `--json` prints the figures as JSON (used by the README's Size table and the benchmarks).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1024;
/** Each entry: what an app imports, and its budget in gzip bytes (undefined: reported, not enforced). */
export const entries = [
  {
    name: 'sdk: createClient (events, labs, streams)',
    code: `import { createClient } from '@govtech-network/sdk';\nexport default createClient;`,
    // The target is 14 KB; ky and the feed schemas alone take ~14 KB (docs/decisions.md). Until that is
    // decided, the budget holds today's size so it cannot grow unnoticed.
    budget: 21.5 * KB,
  },
  { name: 'sdk: toICS + googleCalendarUrl', code: `export { toICS, googleCalendarUrl } from '@govtech-network/sdk';` },
  { name: 'sdk: everything', code: `export * from '@govtech-network/sdk';` },
];

const work = resolve('.cache/size');

export async function measure(entry) {
  const dir = join(work, entry.name.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'entry.js');
  writeFileSync(file, entry.code);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['govtech-source', 'module', 'browser', 'production', 'import', 'default'] },
    build: {
      write: false,
      lib: { entry: file, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const code = chunks.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n');
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(work, { recursive: true, force: true });
  const rows = [];
  for (const entry of entries) rows.push({ ...entry, ...(await measure(entry)) });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows.map(({ name, min, gzip, budget }) => ({ name, min, gzip, budget })), null, 2));
  } else {
    console.log('entry'.padEnd(46), 'min'.padStart(9), 'gzip'.padStart(9), 'budget'.padStart(9));
    for (const row of rows) {
      const over = row.budget !== undefined && row.gzip > row.budget;
      console.log(
        row.name.padEnd(46),
        kb(row.min).padStart(9),
        kb(row.gzip).padStart(9),
        (row.budget ? kb(row.budget) : '—').padStart(9),
        over ? '✖ over budget' : '',
      );
    }
  }
  const over = rows.filter((row) => row.budget !== undefined && row.gzip > row.budget);
  if (over.length) {
    console.error(`\nOver budget: ${over.map((row) => row.name).join(', ')}`);
    process.exit(1);
  }
}
