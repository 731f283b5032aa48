// CDN build: one self-contained ES module per widget plus one with all four, for a plain
// `<script type="module" src="…/govtech-widgets.js">` on any static host. Each file carries Lit (in
// production mode), the SDK it uses and every lazily imported path (the calendar's .ics and JSON-LD, the
// stream card's feed path, the client's labs and streams paths) inlined: no chunk, no import map, no
// other file is ever fetched. Built straight from the TypeScript sources (the `govtech-source` export
// condition), so it works from a clean checkout after `npm ci`.
//
// Run from anywhere: `npm run build:cdn --workspace @govtech-network/widgets`.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const widgets = join(root, 'packages/widgets');
const outDir = join(widgets, 'dist/cdn');

/** Output file name → entry source. */
export const cdnFiles = {
  'govtech-widgets.js': 'src/index.ts',
  'event-calendar.js': 'src/event-calendar.ts',
  'panel-countdown.js': 'src/panel-countdown.ts',
  'lab-directory.js': 'src/lab-directory.ts',
  'stream-card.js': 'src/stream-card.ts',
};

/**
 * Every file carries its own Lit, and Lit creates the Trusted Types policy 'lit-html' as it loads: a
 * second file on a page enforcing Trusted Types would be refused a duplicate, and a page refusing the
 * policy would have Lit throw before any tag is defined. Here Lit asks `litHtmlPolicy` instead
 * (src/internal/lit-policy.ts), which creates it once per page, shares it, and handles a refusal.
 */
function sharedLitPolicy() {
  const call = /\b[\w$]+\.createPolicy\((["'`])lit-html\1,/;
  const helper = JSON.stringify(join(widgets, 'src/internal/lit-policy.ts'));
  let found = false;
  return {
    name: 'govtech-shared-lit-policy',
    buildStart() {
      found = false;
    },
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      found = true;
      // A Lit release that creates its policy some other way must not slip through unshared.
      if (!call.test(code)) this.error(`${id}: no createPolicy("lit-html", …) call found; update sharedLitPolicy()`);
      return `import { litHtmlPolicy as __govtechLitHtmlPolicy } from ${helper};\n${code.replace(call, '__govtechLitHtmlPolicy("lit-html",')}`;
    },
    buildEnd(error) {
      if (!error && !found) this.error("Lit's lit-html.js was not in the build; update sharedLitPolicy()");
    },
  };
}

const banner = (file) =>
  `/*! @govtech-network/widgets ${JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')).version} ${file} (CDN build, MIT). Includes Lit (BSD-3-Clause), ky and zod (MIT). */`;

async function buildOne(fileName, entry) {
  // One build per file: rolldown inlines dynamic imports only when a build has a single input.
  await build({
    configFile: false,
    root: widgets,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    plugins: [sharedLitPolicy()],
    // 'development' is left out on purpose: Lit's exports pick its production build (no dev warnings).
    resolve: { conditions: ['govtech-source', 'production', 'module', 'browser', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: join(widgets, entry), formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // Licence comments (Lit's, ky's) stay: this file redistributes them. Build annotations go.
        output: { minify: true, codeSplitting: false, postBanner: banner(fileName), comments: { legal: true, annotation: false, jsdoc: false } },
      },
    },
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const rows = [];
  for (const [fileName, entry] of Object.entries(cdnFiles)) {
    await buildOne(fileName, entry);
    const code = readFileSync(join(outDir, fileName));
    rows.push({ fileName, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  console.log(`CDN build → ${relative(process.cwd(), outDir) || '.'}/`);
  console.log('file'.padEnd(22), 'min'.padStart(9), 'gzip'.padStart(9));
  for (const row of rows) console.log(row.fileName.padEnd(22), kb(row.min).padStart(9), kb(row.gzip).padStart(9));
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
