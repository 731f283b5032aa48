// Weight: what a page downloads to show each widget, against the libraries people would use instead.
// Every figure is min+gzip (gzip -9), measured the same way for us and for the peers:
//   • what a page loads as shipped: for our CDN build every file a page fetches before its widgets are
//     interactive (the script tags, the chunks they import and the lazy paths they run: scripts/cdn-pages.mjs,
//     checked request by request in Chromium by tests/cdn), for FullCalendar its standard bundle's bytes;
//   • an npm package: bundled and minified by scripts/size.mjs's `measure` (Vite 8 / rolldown), the
//     entry and its static imports (what loads before first use; lazy chunks are listed apart);
//   • a stylesheet a peer needs beside its script: minified by Vite 8 (lightningcss), reported apart.
// Our widgets carry their CSS inside the JS (Lit's css``, in shadow DOM), FullCalendar 6 injects its
// own and @justinribeiro/lite-youtube too (shadow DOM): for them the CSS columns are empty.
//
// `node bench/weight.mjs` prints the table (builds the CDN files first when missing or older than the
// sources); `npm run bench` runs it too and keeps the figures in bench/results.json (`results.weight`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { cdnPages, pageDownloads } from '../scripts/cdn-pages.mjs';
import { entries as sizeEntries, measure } from '../scripts/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'packages/widgets/dist/cdn');
const KB = 1024;

/**
 * Our CDN files (scripts/build-cdn.mjs), weighed as what a page with that one file downloads (`page`, in
 * scripts/cdn-page-budgets.mjs), and the npm entry an app would import for the same.
 */
const ours = [
  { id: 'all', name: 'all four widgets', cdn: 'govtech-widgets.js', page: 'all-in-one', entry: '@govtech-network/widgets' },
  { id: 'event-calendar', name: '<govtech-event-calendar>', cdn: 'event-calendar.js', page: 'event-calendar', entry: '@govtech-network/widgets/event-calendar.js' },
  { id: 'panel-countdown', name: '<govtech-panel-countdown>', cdn: 'panel-countdown.js', page: 'panel-countdown', entry: '@govtech-network/widgets/panel-countdown.js' },
  { id: 'lab-directory', name: '<govtech-lab-directory>', cdn: 'lab-directory.js', page: 'lab-directory', entry: '@govtech-network/widgets/lab-directory.js' },
  { id: 'stream-card', name: '<govtech-stream-card>', cdn: 'stream-card.js', page: 'stream-card-video-id', entry: '@govtech-network/widgets/stream-card.js' },
];

const nodeModule = (path) => join(root, 'node_modules', path);

/** The peers, each as a page would load it; `versus`: which of ours it is compared with. */
const peers = [
  {
    id: 'fullcalendar',
    name: 'FullCalendar 6 standard bundle (as shipped)',
    detail: 'fullcalendar/index.global.min.js as shipped: every standard plugin, CSS injected by its JS',
    versus: 'event-calendar',
    js: { file: nodeModule('fullcalendar/index.global.min.js') },
  },
  {
    id: 'event-calendar-month-list',
    name: '@event-calendar/core: DayGrid + List',
    detail: 'createCalendar + DayGrid + List bundled (with Svelte 5) + dist/index.css: a month grid and a list, as ours',
    versus: 'event-calendar',
    js: { code: `export { createCalendar, destroyCalendar, DayGrid, List } from '@event-calendar/core';` },
    css: { file: nodeModule('@event-calendar/core/dist/index.css') },
  },
  {
    id: 'event-calendar-all',
    name: '@event-calendar/core: all plugins',
    detail: 'every plugin bundled + dist/index.css: what its one-file CDN build (@event-calendar/build) holds',
    versus: 'event-calendar',
    js: { code: `export * from '@event-calendar/core';` },
    css: { file: nodeModule('@event-calendar/core/dist/index.css') },
  },
  {
    id: 'lite-youtube-embed',
    name: 'lite-youtube-embed',
    detail: 'src/lite-yt-embed.js + src/lite-yt-embed.css (shipped unminified; minified here)',
    versus: 'stream-card',
    js: { code: `import 'lite-youtube-embed';`, shipped: nodeModule('lite-youtube-embed/src/lite-yt-embed.js') },
    css: { file: nodeModule('lite-youtube-embed/src/lite-yt-embed.css') },
  },
  {
    id: 'justinribeiro-lite-youtube',
    name: '@justinribeiro/lite-youtube',
    detail: 'lite-youtube.js bundled (no dependencies; its CSS is in its shadow DOM)',
    versus: 'stream-card',
    js: { code: `import '@justinribeiro/lite-youtube';`, shipped: nodeModule('@justinribeiro/lite-youtube/lite-youtube.js') },
  },
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const sizeOf = (buffer) => ({ min: buffer.length, gzip: gzip(buffer) });

/** A stylesheet minified as Vite 8 minifies an app's CSS (lightningcss), then gzipped. */
async function measureCss(file) {
  const dir = join(root, '.cache/size/weight-css', file.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, `import ${JSON.stringify(file)};\n`);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, cssCodeSplit: false, lib: { entry, formats: ['es'], fileName: 'bundle' }, rolldownOptions: { output: { minify: true } } },
  });
  const css = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'))
    .map((item) => (typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString('utf8')))
    .join('\n');
  if (!css) throw new Error(`Vite produced no CSS for ${file}`);
  return { ...sizeOf(Buffer.from(css)), shipped: sizeOf(readFileSync(file)) };
}

/** Builds the CDN files when one is missing or older than the sources it is built from. */
export function ensureCdnBuild() {
  const newestSource = (dir) => {
    let newest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(ts|js|json)$/.test(entry.name) || /\.(test|stories)\.ts$/.test(entry.name)) continue;
      newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
    return newest;
  };
  const sources = Math.max(newestSource(join(root, 'packages/widgets/src')), newestSource(join(root, 'packages/sdk/src')));
  const stale = ours.filter(({ cdn }) => !existsSync(join(cdnDir, cdn)) || statSync(join(cdnDir, cdn)).mtimeMs < sources);
  if (!stale.length) return false;
  console.log(`weight: building the CDN files (${stale.map(({ cdn }) => cdn).join(', ')} missing or older than the sources)…`);
  execFileSync(process.execPath, [join(root, 'scripts/build-cdn.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}

export async function weightBenchmarks() {
  const rebuilt = ensureCdnBuild();
  const rows = [];
  const pages = cdnPages.map((page) => {
    const { files, min, gzip } = pageDownloads(page, cdnDir);
    return { id: page.id, name: page.name, scripts: page.files, requests: files.length, min, gzip, target: page.target, budget: page.budget };
  });
  for (const widget of ours) {
    const { min, gzip } = pages.find((page) => page.id === widget.page);
    const cdn = { min, gzip, page: widget.page };
    const npm = await measure({ name: `weight-${widget.id}`, code: `import '${widget.entry}';` });
    rows.push({
      id: widget.id,
      name: widget.name,
      ours: true,
      cdn: { file: `packages/widgets/dist/cdn/${widget.cdn}`, ...cdn },
      npm: { entry: widget.entry, min: npm.min, gzip: npm.gzip, lazy: npm.lazy },
    });
  }
  for (const peer of peers) {
    const js = peer.js.file
      ? sizeOf(readFileSync(peer.js.file))
      : await measure({ name: `weight-${peer.id}`, code: peer.js.code });
    if (peer.js.shipped) js.shipped = sizeOf(readFileSync(peer.js.shipped));
    const css = peer.css ? await measureCss(peer.css.file) : undefined;
    const mine = rows.find((row) => row.id === peer.versus);
    const total = js.gzip + (css?.gzip ?? 0);
    rows.push({
      id: peer.id,
      name: peer.name,
      detail: peer.detail,
      ours: false,
      versus: peer.versus,
      js: { min: js.min, gzip: js.gzip, ...(js.lazy?.length ? { lazy: js.lazy } : {}), ...(js.shipped ? { shipped: js.shipped } : {}) },
      ...(css ? { css } : {}),
      gzip: total,
      // Ours over theirs, gzip: > 1 means we are heavier. Against both our CDN file and our npm entry.
      ratio: { cdn: mine.cdn.gzip / total, npm: mine.npm.gzip / total },
    });
  }
  return { rebuiltCdn: rebuilt, rows, pages, composition: await composition(rows) };
}

/**
 * Where our bytes go (npm entries, gzip): Lit and the shared base are paid once per page, whatever the
 * number of widgets; the SDK (ky, zod, the feed schemas, recurrence) is the feed layer the peers do not
 * have (they are handed arrays of events); the rest is each widget's own code. Also what a second widget
 * costs on a page that already has one (the stream card next to the calendar).
 */
async function composition(measured) {
  const size = async (name, code, external, alias) => (await measure({ name: `weight-part-${name}`, code, external, alias })).gzip;
  // Lit, the shared base and the SDK's events path: the entries scripts/size.mjs already weighs.
  const sizeEntry = async (prefix) => (await measure(sizeEntries.find((entry) => entry.name.startsWith(prefix)))).gzip;
  const sdk = /^@govtech-network\/sdk/;
  const widgets = ours.filter(({ id }) => id !== 'all');
  const parts = {
    lit: await sizeEntry('lit (reference)'),
    base: await sizeEntry('widgets: shared base'),
    sdk: await sizeEntry('sdk: createClient'),
  };
  const rows = [];
  for (const widget of widgets) {
    rows.push({ id: widget.id, withoutSdk: await size(`${widget.id}-no-sdk`, `import '${widget.entry}';`, [sdk]) });
  }
  const entryOf = (id) => widgets.find((widget) => widget.id === id).entry;
  const calendar = measured.find((row) => row.id === 'event-calendar').npm.gzip;
  const both = await size('calendar-and-stream-card', `import '${entryOf('event-calendar')}';\nimport '${entryOf('stream-card')}';`);
  // The open size decision (docs/decisions.md): the SDK with plain fetch where it calls ky today (ky
  // only makes the request; retries and timeouts are already the SDK's own loop).
  const calendarOnFetch = await size('calendar-on-fetch', `import '${entryOf('event-calendar')}';`, undefined, {
    ky: join(root, 'bench/fetch-instead-of-ky.js'),
  });
  return { parts, rows, streamCardNextToCalendar: both - calendar, calendarOnFetch };
}

const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / KB).toFixed(1)} KB`);

/**
 * What a page downloads, page by page: ours from the CDN build (every file, chunks and lazy paths
 * included), beside the peers a page would load for the same (their shipped or bundled JS + CSS, as above).
 */
function printPages(weight) {
  const peersFor = { 'stream-card-video-id': 'stream-card', 'event-calendar': 'event-calendar' };
  console.log('\nWhat a page downloads before its widgets are interactive (gzip -9 of every file it fetches):');
  console.log('page'.padEnd(58), 'scripts'.padStart(7), 'files'.padStart(6), 'min'.padStart(9), 'gzip'.padStart(9), '  target');
  for (const page of weight.pages) {
    console.log(
      page.name.padEnd(58),
      String(page.scripts.length).padStart(7),
      String(page.requests).padStart(6),
      kb(page.min).padStart(9),
      kb(page.gzip).padStart(9),
      page.target ? `  ${kb(page.target)}${page.gzip > page.target ? ' (not yet met)' : ''}` : '',
    );
    for (const peer of weight.rows.filter((row) => !row.ours && row.versus === peersFor[page.id])) {
      console.log(`  beside it: ${peer.name}`.padEnd(58), ''.padStart(7), ''.padStart(6), kb(peer.js.min + (peer.css?.min ?? 0)).padStart(9), kb(peer.gzip).padStart(9));
    }
  }
}

export function printWeight(weight) {
  console.log(
    '\nWeight: min+gzip (gzip -9) of what a page loads. Ours: a page with the one CDN file (its chunks and the lazy paths it runs included)' +
      '\nand the npm entry bundled by an app (Vite 8; lazy chunks load on first use). Peers measured the same way: a shipped' +
      '\nbundle as is, an npm package bundled + minified, its stylesheet minified (Vite 8 / lightningcss) and shown apart.',
  );
  console.log('ours'.padEnd(28), 'CDN min'.padStart(9), 'CDN gzip'.padStart(9), 'npm min'.padStart(9), 'npm gzip'.padStart(9), '  + lazy (gzip, on first use)');
  for (const row of weight.rows.filter((row) => row.ours)) {
    console.log(
      row.name.padEnd(28),
      kb(row.cdn.min).padStart(9),
      kb(row.cdn.gzip).padStart(9),
      kb(row.npm.min).padStart(9),
      kb(row.npm.gzip).padStart(9),
      ' ',
      row.npm.lazy.map((lazy) => `${lazy.name} ${kb(lazy.gzip)}`).join(', ') || '—',
    );
  }
  const versus = { 'event-calendar': 'calendar', 'stream-card': 'stream card' };
  console.log(
    'peer'.padEnd(46),
    'vs ours'.padEnd(12),
    'JS min'.padStart(9),
    'JS gzip'.padStart(9),
    'CSS min'.padStart(9),
    'CSS gzip'.padStart(9),
    'total gz'.padStart(9),
    '  ours ÷ peer, gzip (our CDN file / our npm entry)',
  );
  for (const row of weight.rows.filter((row) => !row.ours)) {
    console.log(
      row.name.padEnd(46),
      versus[row.versus].padEnd(12),
      kb(row.js.min).padStart(9),
      kb(row.js.gzip).padStart(9),
      kb(row.css?.min).padStart(9),
      kb(row.css?.gzip).padStart(9),
      kb(row.gzip).padStart(9),
      `  ${row.ratio.cdn.toFixed(2)}× / ${row.ratio.npm.toFixed(2)}×`,
    );
  }
  for (const row of weight.rows.filter((row) => !row.ours)) console.log(`  ${row.name}: ${row.detail}`);
  printPages(weight);
  const { parts, rows, streamCardNextToCalendar, calendarOnFetch } = weight.composition;
  console.log(
    `Where our bytes go (npm, gzip): Lit ${kb(parts.lit)} and the shared base ${kb(parts.base)} (Lit included) are paid once a page;` +
      `\nthe SDK's feed core (ky, zod, the loader and cache: what the peers leave to the page; each feed's path, recurrence included, loads on first use) ${kb(parts.sdk)}. Without the SDK: ` +
      rows.map((row) => `${row.id} ${kb(row.withoutSdk)}`).join(', ') +
      `.\nA stream card added to a page that already has the calendar: +${kb(streamCardNextToCalendar)}.` +
      `\nThe calendar with the SDK on plain fetch instead of ky (the open size decision, docs/decisions.md): ${kb(calendarOnFetch)}.`,
  );
  const shipped = weight.rows.filter((row) => row.js?.shipped || row.css?.shipped);
  if (shipped.length) {
    console.log(
      '(unminified as shipped on npm: ' +
        shipped
          .map((row) => `${row.id} ${[row.js?.shipped && `JS ${kb(row.js.shipped.min)} / ${kb(row.js.shipped.gzip)} gzip`, row.css?.shipped && `CSS ${kb(row.css.shipped.min)} / ${kb(row.css.shipped.gzip)} gzip`].filter(Boolean).join(', ')}`)
          .join('; ') +
        ')',
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.chdir(root);
  printWeight(await weightBenchmarks());
}

