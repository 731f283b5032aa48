// CDN build: the files a webmaster loads with a plain `<script type="module" src="…/event-calendar.js">`
// on any static host (one per widget, or govtech-widgets.js with all four), built together so that they
// share content-hashed chunks under chunks/ (Lit and the base, the SDK's feed core, each feed's path,
// each lazy feature): a second widget on a page costs only its own code, each shared module is one
// instance on the page (one Lit, one client per feed URL), and each widget downloads only the paths it
// runs. Chunks are imported by relative URLs, so the folder works wherever it is served; their names
// change with their content, so they can be cached as immutable (docs/webmaster-guide.md). Built straight
// from the TypeScript sources (the `govtech-source` export condition), so it works from a clean checkout
// after `npm ci`. Lit in production mode; no source maps.
//
// Run from anywhere: `npm run build:cdn --workspace @govtech-network/widgets` (`--modules` lists what
// each file holds). scripts/cdn-pages.mjs weighs what each kind of page downloads from it.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

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
 * Lit creates the Trusted Types policy 'lit-html' as it loads: a second copy of Lit on a page enforcing
 * Trusted Types (the same file under another URL, another build of ours) would be refused a duplicate,
 * and a page refusing the policy would have Lit throw before any tag is defined. Here Lit (in the
 * lit-base chunk) asks `litHtmlPolicy` instead (src/internal/lit-policy.ts), which creates it once per
 * page, shares it, and handles a refusal.
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

/** The widgets' html`` and css`` templates without their source indentation and comments (scripts/minify-templates.mjs). */
function minifiedTemplates() {
  return {
    name: 'govtech-minified-templates',
    enforce: 'pre',
    transform(code, id) {
      return /[\\/]widgets[\\/]src[\\/].*\.ts$/.test(id) ? { code: minifyTemplates(code, id), map: null } : null;
    },
  };
}

/**
 * The shared chunks, by what a page runs: a few chunks of a few KB each rather than one per module
 * (each file a page fetches is a request and a gzip stream of its own), split where a widget would
 * otherwise download code it never runs. Names are `chunks/<group>-<content hash>.js`.
 * - lit-base: Lit and the shared base every widget renders with, a stream card by `video-id` included
 *   (not Lit's directives: only lazily loaded code uses one, the map view's `ref`);
 * - feed-core: the SDK's client (ky, the loader and cache, zod and the manifest's schema) and the
 *   widgets' feed plumbing (client registry, feed controller, ticker): every widget
 *   that reads a feed, never the stream card by `video-id`;
 * - events, labs, streams: each feed's path (schema, queries; occurrences and zoned time for events,
 *   with the widgets' event dates, internal/zoned-time.ts), loaded by the client on first
 *   use (the calendar and countdown import the events chunk, as they need it to render; the stream card's
 *   feed path is in the streams chunk);
 * - recurrence: the RRULE engine and its parser, loaded by the events path with the first events file
 *   that has a recurring event, before it checks that file's rules (and by the calendar's search, whose
 *   `occurrenceAt` needs it);
 * - ics: the calendar's .ics export, on first use; the JSON-LD (`seo`) is rolldown's own lazy chunk;
 * - calendar-details: the calendar's details dialog, on first opening (or warmed at idle), named apart
 *   from the lab directory's `details`;
 * - details-shared: what only the widgets' lazily loaded parts use (feed text as Markdown in the
 *   calendar's and the directory's details, a file download for the .ics and the CSV), in none of the
 *   first downloads;
 * - locale-pt, locale-en: every widget's strings in that language, when a widget first speaks it (Spanish,
 *   the default, is in each widget's own file); not groups but rolldown's own chunks, named in
 *   `chunkFileNames`: a group chunk hands its module over as a namespace object made by rolldown's runtime
 *   chunk, one more request for a page in Portuguese or English (a stream card by video-id included).
 * A module no group names is placed by rolldown (by the files that import it), and rolldown keeps its
 * small runtime helper in a chunk of its own, which groups cannot take.
 */
const path = (pattern) => new RegExp(pattern.replaceAll('/', String.raw`[\\/]`));
export const chunkGroups = [
  {
    name: 'lit-base',
    priority: 40,
    test: path(
      String.raw`node_modules/(lit|lit-html|lit-element|@lit/reactive-element)/(?!directives/|async-directive|directive)|widgets/src/(base/(govtech-element|styles|i18n|define|print-styles)|internal/(trusted-types|lit-policy|bone|first-render-turn|consent-attribute))\.ts$|sdk/src/(intl|time-zone)\.ts$`,
    ),
  },
  { name: 'events', priority: 30, test: path(String.raw`sdk/src/(events-feed|event-filter|event-span|schema/event-schema|occurrences|time)\.ts$|widgets/src/internal/zoned-time\.ts$`) },
  { name: 'recurrence', priority: 30, test: path(String.raw`sdk/src/(recurrence|rrule)\.ts$`) },
  { name: 'labs', priority: 30, test: path(String.raw`sdk/src/(labs-feed|labs|schema/lab)\.ts$`) },
  { name: 'streams', priority: 30, test: path(String.raw`sdk/src/(streams-feed|streams|youtube|schema/stream)\.ts$|widgets/src/stream-card/feed\.ts$`) },
  { name: 'ics', priority: 30, test: path(String.raw`sdk/src/(ics|offset-transitions)\.ts$`) },
  { name: 'calendar-details', priority: 30, test: path(String.raw`widgets/src/event-calendar/details\.ts$`) },
  { name: 'details-shared', priority: 30, test: path(String.raw`widgets/src/(base/markdown|internal/download)\.ts$`) },
  {
    name: 'feed-core',
    priority: 20,
    test: path(
      String.raw`node_modules/(ky|zod)/|sdk/src/(?!ics|merged-client|highlight)|widgets/src/(base/(client-registry|feed-controller|form-control-styles)|internal/(ticker|list-attribute))\.ts$`,
    ),
  },
];

/** The Portuguese and English strings (src/locales/): their chunks are named `locale-pt`, `locale-en`. */
const localeModule = path(String.raw`widgets/src/locales/(pt|en)\.ts$`);

/**
 * Licence banners. Each widget file names the package; third-party code is credited in the chunk that
 * holds it, not in every file (a stream card by `video-id` downloads neither ky nor zod): Lit's and ky's
 * own licence comments are kept where their code is (`comments.legal`), and zod, which has none, gets one
 * on the feed-core chunk.
 */
const banner = (chunk) =>
  chunk.isEntry
    ? `/*! @govtech-network/widgets ${JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')).version} ${chunk.fileName} (MIT) */`
    : chunk.name === 'feed-core'
      ? '/*! zod: MIT License © Colin McDonnell */'
      : '';

/**
 * One build with the five files as its inputs, so that what they share is one chunk, one module
 * instance on the page, whichever files a page loads (one Lit, one base, one client registry).
 */
async function buildCdn() {
  const output = await build({
    configFile: false,
    root: widgets,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    plugins: [minifiedTemplates(), sharedLitPolicy()],
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
      lib: {
        entry: Object.fromEntries(Object.entries(cdnFiles).map(([fileName, entry]) => [fileName.replace(/\.js$/, ''), join(widgets, entry)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        // Licence comments (Lit's, ky's) stay: this file redistributes them. Build annotations go.
        output: {
          minify: true,
          chunkFileNames: (chunk) => `chunks/${localeModule.test(chunk.facadeModuleId ?? '') ? 'locale-' : ''}[name]-[hash].js`,
          // Each group takes only the modules it names (not what they import): the path groups' modules
          // import the feed core, which must stay in its own chunk. assertNoCycle() checks the result.
          codeSplitting: { groups: chunkGroups.map((group) => ({ ...group, includeDependenciesRecursively: false })) },
          postBanner: banner,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  assertNoCycle(chunks);
  return chunks;
}

/**
 * The chunks' static imports must form no cycle: the groups above place modules by name, not by import
 * order, and a cycle between chunks would run a module before one it needs (a TDZ error on the page).
 */
function assertNoCycle(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const done = new Set();
  const visit = (chunk, path) => {
    if (done.has(chunk.fileName)) return;
    if (path.includes(chunk.fileName)) throw new Error(`CDN build: chunks import each other: ${[...path, chunk.fileName].join(' → ')}; fix chunkGroups`);
    for (const name of chunk.imports) visit(byName.get(name), [...path, chunk.fileName]);
    done.add(chunk.fileName);
  };
  chunks.forEach((chunk) => visit(chunk, []));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const rows = [];
  const output = await buildCdn();
  for (const chunk of output) {
    const code = readFileSync(join(outDir, chunk.fileName));
    rows.push({ fileName: chunk.fileName, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  console.log(`CDN build → ${relative(process.cwd(), outDir) || '.'}/`);
  console.log('file'.padEnd(40), 'min'.padStart(9), 'gzip'.padStart(9));
  for (const row of rows) console.log(row.fileName.padEnd(40), kb(row.min).padStart(9), kb(row.gzip).padStart(9));
  // --modules: which modules each file holds, and what it imports (to place a module in chunkGroups).
  if (process.argv.includes('--modules')) {
    for (const chunk of output) {
      console.log(`\n${chunk.fileName}: imports ${chunk.imports.join(', ') || 'nothing'}; lazily ${chunk.dynamicImports.join(', ') || 'nothing'}`);
      for (const [id, module] of Object.entries(chunk.modules)) console.log(`  ${relative(root, id)} ${module.renderedLength}`);
    }
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
