// Calendar against peers: <govtech-event-calendar>, FullCalendar and @event-calendar/core. The timings run
// in the benchmark page (bench/browser/calendar-peers.ts, which explains the method; skipped with --profile);
// here: the feeds they read, the JS heap, and the table.
import { readFileSync } from 'node:fs';
import { mb, ms } from '../shared/format.mjs';

/**
 * For each size, /bench-feed/calendar-peers/<size>/: the synthetic feed with that many events as a feed
 * folder (index.json + events.json), for ours; and occurrences.json, the same feed expanded once by our SDK
 * (its client, over 2000–2100, as the calendar queries it) for the peers: { id, title, start, end, allDay },
 * instants in epoch ms, all-day events as the UTC midnights of their dates (in the event's own zone).
 */
export async function writeCalendarPeerFeeds(server, feeds) {
  const { syntheticEvents, SYNTHETIC_GENERATED_AT } = await server.ssrLoadModule('/examples/synthetic/generate.ts');
  const { createClient, zonedParts } = await server.ssrLoadModule('/packages/sdk/src/index.ts');
  const { SIZES } = await server.ssrLoadModule('/bench/browser/calendar-peers.ts');
  // The generator is sequential: its first n events are syntheticEvents(n).
  const feed = syntheticEvents(Math.max(...SIZES));
  const utcDate = (time, timeZone) => {
    const { year, month, day } = zonedParts(time, timeZone);
    return Date.UTC(year, month - 1, day);
  };
  for (const size of SIZES) {
    const folder = `/calendar-peers/${size}/`;
    feeds.set(
      `${folder}index.json`,
      JSON.stringify({ schemaVersion: 1, generatedAt: SYNTHETIC_GENERATED_AT, title: `Synthetic events (${size}, benchmark)`, networks: [], feeds: { events: { url: 'events.json' } } }),
    );
    feeds.set(`${folder}events.json`, JSON.stringify({ ...feed, events: feed.events.slice(0, size) }));
    const client = createClient({
      baseUrl: `http://calendar-peers.invalid${folder}`,
      // One file of up to 10,000 events, as the peers read it: over the SDK's default limits for a page.
      limits: { maxBytes: Number.POSITIVE_INFINITY, maxItems: Number.POSITIVE_INFINITY },
      fetch: async (request) => {
        const text = feeds.get(new URL(typeof request === 'string' ? request : request.url).pathname);
        return text === undefined ? new Response('', { status: 404 }) : new Response(text, { headers: { 'content-type': 'application/json' } });
      },
    });
    const { items, warnings } = await client.events.list({ from: Date.UTC(2000, 0, 1), to: Date.UTC(2100, 0, 1) });
    if (warnings.length) throw new Error(`calendar peers: the ${size}-event feed has ${warnings.length} warnings, e.g. ${warnings[0].message}`);
    const occurrences = items.map(({ key, event, start, end }) => ({
      id: key,
      title: event.title,
      start: event.allDay ? utcDate(+start, event.timeZone) : +start,
      end: event.allDay ? utcDate(+end, event.timeZone) : +end,
      allDay: event.allDay,
    }));
    feeds.set(`${folder}occurrences.json`, JSON.stringify(occurrences));
  }
}

/**
 * Adds the JS heaps (calendarPeerHeaps) to the calendar peers' figures, for their libraries and sizes (those
 * just timed in the page, or the last run's for `--only heap`), and prints their tables.
 */
export async function addCalendarPeerHeaps(bench, peers) {
  Object.assign(peers, await calendarPeerHeaps(bench, peers));
  printCalendarPeers(peers);
  return peers;
}

/**
 * JS heap of each calendar after rendering the month, in a fresh page in a browser context of its own (so a
 * renderer process, and a V8 heap, of its own), with nothing else in the page but the harness. The harness
 * (bench/browser/calendar-peers.ts) is built for production first, as an app would ship it: one minified
 * ES build (Vite 8 / rolldown, Lit and Svelte in production mode) with each library in a lazy chunk of its
 * own, so a page loads only the library it measures, bundled and tree-shaken, and no dev-server modules or
 * inline source maps (which Vite's dev server adds to every module and V8 keeps on the heap: megabytes).
 * Between steps, CDP HeapProfiler.collectGarbage (twice) then Runtime.getHeapUsage: usedSize is the V8
 * heap in use (everything JS: code, data, the libraries' state, DOM wrappers); embedderHeapUsedSize is
 * Blink's own heap (the DOM nodes themselves), reported apart. Steps: the empty page; the library's code
 * loaded; the data in memory (ours: the feed downloaded, validated and cached by the client; the peers: their
 * event input arrays); the month rendered (calendarPeersHeap in bench/browser/calendar-peers.ts). Each
 * library and size `repeats` times, in turns, two pages at a time (timings are not taken here, and each page
 * has its own process). Two pages each: after a forced GC the heap is the same to 0.1 MB from page to page,
 * and a third page of EventCalendar with 10,000 events would add 10 s to `npm run bench`.
 */
async function calendarPeerHeaps({ browser, origin, smoke }, peers) {
  const repeats = smoke ? 1 : 2;
  const started = performance.now();
  const libraries = peers.libraries.map(({ id }) => id);
  const sizes = peers.sizes.map(({ events }) => events);
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    resolve: { conditions: ['govtech-source', 'production', 'module', 'browser', 'import', 'default'] },
    build: {
      write: false,
      modulePreload: false,
      lib: { entry: 'bench/browser/calendar-peers.ts', formats: ['es'], fileName: 'calendar-peers' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const files = new Map(
    (Array.isArray(output) ? output : [output])
      .flatMap((result) => result.output)
      .filter((item) => item.type === 'chunk')
      .map((chunk) => [`/calendar-peers-build/${chunk.fileName}`, chunk.code]),
  );
  const entry = [...files.keys()].find((path) => /\/calendar-peers\.m?js$/.test(path));
  if (!entry) throw new Error(`calendar peers: the harness build has no entry among ${[...files.keys()].join(', ')}`);
  const html =
    '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Calendar peers: heap</title></head><body>' +
    `<script type="module">import { calendarPeersHeap } from '${entry}'; window.calendarPeersHeap = calendarPeersHeap;</script>` +
    '</body></html>';
  const measure = async (id, size) => {
    const context = await browser.newContext();
    try {
      // The page and the built harness from memory; the feeds from the dev server, as in the timings.
      await context.route(`${origin}/bench/calendar-peers-heap.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await context.route(`${origin}/calendar-peers-build/**`, (route) => {
        const code = files.get(new URL(route.request().url()).pathname);
        return code === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: code });
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('[calendar peers: heap page]', error.message));
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
        return { js: usedSize, embedder: embedderHeapUsedSize ?? NaN };
      };
      await page.goto(`${origin}/bench/calendar-peers-heap.html`);
      await page.waitForFunction(() => window.calendarPeersHeap, undefined, { timeout: 60_000 });
      const sample = { page: await heap() };
      let shown;
      for (const step of ['load', 'data', 'render']) {
        shown = await page.evaluate(([step, id, size]) => window.calendarPeersHeap(step, id, size), [step, id, size]);
        sample[step] = await heap();
      }
      const { nodes } = await cdp.send('Memory.getDOMCounters');
      return { ...sample, nodes, shown };
    } finally {
      await context.close();
    }
  };
  const queue = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const size of sizes) {
      libraries.forEach((_, turn) => queue.push({ id: libraries[(repeat + turn) % libraries.length], size }));
    }
  }
  const samples = new Map();
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const key = `${job.id}:${job.size}`;
      if (!samples.has(key)) samples.set(key, []);
      samples.get(key).push(await measure(job.id, job.size));
    }
  };
  await Promise.all([worker(), worker()]);

  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const median = Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
    return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
  };
  const version = (name) => JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
  const heap = {
    method:
      'fresh page and browser context per library and size; CDP HeapProfiler.collectGarbage ×2 then Runtime.getHeapUsage ' +
      `after each step; the harness built for production (${files.size} chunks); ${repeats} pages each, median and min–max; bytes`,
    elapsedMs: performance.now() - started,
    sizes: sizes.map((size) => {
      const results = Object.fromEntries(
        libraries.map((id) => {
          const runs = samples.get(`${id}:${size}`);
          return [
            id,
            {
              afterRender: stats(runs.map((run) => run.render.js)),
              code: stats(runs.map((run) => run.load.js - run.page.js)),
              data: stats(runs.map((run) => run.data.js - run.load.js)),
              calendar: stats(runs.map((run) => run.render.js - run.data.js)),
              domHeapAfterRender: stats(runs.map((run) => run.render.embedder)),
              domNodes: stats(runs.map((run) => run.nodes)),
              emptyPage: stats(runs.map((run) => run.page.js)),
              shown: runs[0].shown,
            },
          ];
        }),
      );
      const ratios = Object.fromEntries(
        libraries.filter((id) => id !== 'ours').map((id) => [
          id,
          {
            afterRender: results.ours.afterRender.median / results[id].afterRender.median,
            calendar: results.ours.calendar.median / results[id].calendar.median,
          },
        ]),
      );
      return { events: size, results, ratios };
    }),
  };
  return { versions: { fullcalendar: version('fullcalendar'), eventcalendar: version('@event-calendar/core') }, heap };
}

export function printCalendarPeers(peers) {
  const spread = (timing) => `${timing.min.toFixed(0)}–${timing.max.toFixed(0)}`;
  const ratio = (value) => (value === undefined ? '' : `${value.toFixed(2)}×`);
  const names = {
    ours: '<govtech-event-calendar>',
    fullcalendar: `FullCalendar ${peers.versions.fullcalendar}`,
    eventcalendar: `EventCalendar ${peers.versions.eventcalendar}`,
  };
  const fewerWarmups = Object.entries(peers.warmupRuns)
    .filter(([, runs]) => runs < peers.warmup)
    .map(([key, runs]) => `${runs} for ${names[key.split(':')[0]]} with ${Number(key.split(':')[1]).toLocaleString('en')} events`);
  console.log(
    `\nCalendar against peers: ours, FullCalendar (standard bundle, dayGridMonth) and @event-calendar/core (DayGrid), fed the` +
      `\nsame synthetic feed (100 / 1,000 / 10,000 events; the peers get it expanded once by our SDK: every occurrence, not` +
      `\nonly the month's), data in memory before the timer, in a ${peers.container.width}×${peers.container.height} px container in the same page;` +
      ` ${peers.month} then ${peers.nextMonth},` +
      `\nlocale ${peers.locale}, weeks from Monday, zone ${peers.timeZone}. ${peers.runs} timed rounds after ${peers.warmup} warm-up rounds, the libraries in turns` +
      `${fewerWarmups.length ? ` (warm-up: ${fewerWarmups.join(', ')}, as its first run took over 2 s; ${Object.values(peers.slowRuns ?? {})[0] ?? peers.runs} timed rounds then)` : ''}; ${(peers.elapsedMs / 1000).toFixed(0)} s in all.` +
      `\n  month: a fresh calendar, until its month grid with the events is rendered, + a forced layout` +
      `\n  next:  "next month" on it, until ${peers.nextMonth} is rendered likewise   (bench/browser/calendar-peers.ts says what "rendered" is for each)` +
      `\n  shown: event elements visible + "+N" links (ours: a chip per event and day, 3 a day; the peers: one per event and week` +
      `\n         row; FullCalendar 3 a day, EventCalendar as many as fit)   ours÷: ours / that library, from the medians`,
  );
  console.log(
    'events'.padStart(6),
    'library'.padEnd(26),
    'shown'.padStart(7),
    'month'.padStart(10),
    'spread'.padStart(11),
    'ours÷'.padStart(7),
    'next'.padStart(10),
    'spread'.padStart(11),
    'ours÷'.padStart(7),
  );
  for (const size of peers.sizes) {
    for (const { id } of peers.libraries) {
      const { month, next } = size.results[id];
      console.log(
        size.events.toLocaleString('en').padStart(6),
        names[id].padEnd(26),
        `${month.shown.events}+${month.shown.more}`.padStart(7),
        ms(month.layoutMs.median).padStart(10),
        spread(month.layoutMs).padStart(11),
        ratio(size.ratios[id]?.month.layout).padStart(7),
        ms(next.layoutMs.median).padStart(10),
        spread(next.layoutMs).padStart(11),
        ratio(size.ratios[id]?.next.layout).padStart(7),
      );
    }
  }
  const late = Object.entries(peers.lateChanges).filter(([, count]) => count);
  if (late.length) console.log(`! what was shown changed after "done" in: ${late.map(([id, count]) => `${names[id]} ${count}×`).join(', ')}`);
  if (peers.taskWaits) console.log(`! ${peers.taskWaits} wait(s) for a task in ours' timed renders: some data was not cached`);
  if (!peers.heap) return;
  console.log(
    `\nJS heap after the month is rendered, in a fresh page per library and size (CDP: forced GC, then Runtime.getHeapUsage;` +
      `\n${peers.heap.sizes[0].results.ours.afterRender.runs} pages each, median): the whole page's V8 heap, and of which the library's code, the data in memory` +
      `\n(ours: the feed validated in the client's cache; the peers: their input arrays) and the rendered calendar; DOM: Blink's heap.` +
      `\nEach built for production (minified, tree-shaken: bench/groups/calendar-peers.mjs, calendarPeerHeaps); ${(peers.heap.elapsedMs / 1000).toFixed(0)} s with the build.`,
  );
  console.log(
    'events'.padStart(6),
    'library'.padEnd(26),
    'JS heap'.padStart(9),
    'spread MB'.padStart(11),
    'ours÷'.padStart(7),
    'code'.padStart(9),
    'data'.padStart(9),
    'calendar'.padStart(9),
    'ours÷'.padStart(7),
    'DOM'.padStart(9),
    'nodes'.padStart(6),
  );
  for (const size of peers.heap.sizes) {
    for (const { id } of peers.libraries) {
      const heap = size.results[id];
      console.log(
        size.events.toLocaleString('en').padStart(6),
        names[id].padEnd(26),
        mb(heap.afterRender.median).padStart(9),
        `${(heap.afterRender.min / 2 ** 20).toFixed(1)}–${(heap.afterRender.max / 2 ** 20).toFixed(1)}`.padStart(11),
        ratio(size.ratios[id]?.afterRender).padStart(7),
        mb(heap.code.median).padStart(9),
        mb(heap.data.median).padStart(9),
        mb(heap.calendar.median).padStart(9),
        ratio(size.ratios[id]?.calendar).padStart(7),
        mb(heap.domHeapAfterRender.median).padStart(9),
        String(heap.domNodes.median).padStart(6),
      );
    }
  }
}
