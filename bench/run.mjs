// `npm run bench`: runs the benchmarks in headless Chromium (the browser our users have), prints a
// table, and writes bench/results.json with the machine, browser version and date. Speed is reported
// as ratios against a baseline measured in the same run, never as absolute pass/fail timings.
// `npm run bench -- --profile` also records a CPU profile of the calendar benchmark and names its hot functions.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';

/** The calendar and directory benchmarks' feed folders, filled in below and served from memory at /bench-feed/. */
const benchFeeds = new Map();
const profiling = process.argv.includes('--profile');

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  resolve: { conditions: ['govtech-source', 'module', 'browser', 'production', 'import', 'default'] },
  server: { port: 0, host: '127.0.0.1' },
  plugins: [
    {
      name: 'bench-feed',
      // Before Vite's own middlewares, so its SPA fallback never answers these.
      configureServer(vite) {
        vite.middlewares.use('/bench-feed/', (req, res, next) => {
          const text = benchFeeds.get(new URL(req.url ?? '/', 'http://x').pathname);
          if (text === undefined) return next();
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(text);
        });
      },
    },
  ],
});
await writeCalendarFeeds();
await writeDirectoryFeed();
await server.listen();
const address = server.httpServer.address();
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs(), headless: true });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('[page]', error.message));
  let profile;
  if (profiling) {
    // The page brackets the calendar's timed rounds with console.profile(); CDP hands the profile over.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    cdp.on('Profiler.consoleProfileFinished', (event) => (profile = event.profile));
  }
  await page.goto(`http://127.0.0.1:${address.port}/bench/index.html${profiling ? '?profile' : ''}`);
  await page.waitForFunction(() => window.benchResults || window.benchError, undefined, { timeout: 300_000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const results = await page.evaluate(() => window.benchResults);

  console.log('\nSDK: validate + index, as a ratio to a bare JSON.parse of the same bytes (median of 15 runs)');
  console.log('benchmark'.padEnd(40), 'size'.padStart(9), 'JSON.parse'.padStart(11), 'validate+index'.padStart(15), 'spread'.padStart(17), 'ratio'.padStart(7));
  for (const row of results.sdk) {
    console.log(
      row.name.padEnd(40),
      `${(row.bytes / 1024 / 1024).toFixed(1)} MB`.padStart(9),
      `${row.jsonParseMs.toFixed(1)} ms`.padStart(11),
      `${row.totalMs.median.toFixed(1)} ms`.padStart(15),
      `${row.totalMs.min.toFixed(0)}–${row.totalMs.max.toFixed(0)} ms`.padStart(17),
      `${row.ratioToJsonParse.toFixed(1)}×`.padStart(7),
    );
    if (row.warnings) console.log(`  (${row.warnings} items dropped with warnings)`);
  }
  for (const feed of results.calendar.feeds) {
    const files = [...benchFeeds].filter(([path]) => path.startsWith(`/${feed.id}/`) && !path.endsWith('/index.json'));
    feed.files = files.length;
    feed.bytes = files.reduce((total, [, text]) => total + Buffer.byteLength(text), 0);
  }
  printCalendar(results.calendar);
  const labFiles = [...benchFeeds].filter(([path]) => path.startsWith('/labs/') && !path.endsWith('/index.json'));
  results.directory.feed = { files: labFiles.length, bytes: labFiles.reduce((total, [, text]) => total + Buffer.byteLength(text), 0) };
  printDirectory(results.directory);

  if (profiling) {
    if (!profile) throw new Error('no CPU profile came back from the page');
    // Outside the repository: a profile is a one-off look, not a result to keep.
    const profilePath = join(os.tmpdir(), 'govtech-calendar.cpuprofile');
    writeFileSync(profilePath, JSON.stringify(profile));
    printProfile(profile);
    console.log(`\nWrote ${profilePath} (open it in Chrome DevTools › Performance). Timings of a profiled run are`);
    console.log('inflated by the profiler, so bench/results.json was left as it was.');
  } else {
    const report = {
      date: new Date().toISOString(),
      machine: { platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      browser: `Chromium ${browser.version()}`,
      results,
    };
    writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
    console.log('\nWrote bench/results.json');
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * The synthetic 10,000-event feed as two feed folders, generated once per run with the SDK's own code:
 *   /bench-feed/single/   index.json + events.json (every event in one file)
 *   /bench-feed/monthly/  index.json + events-YYYY-MM.json (one shard per UTC month, as a publisher would
 *                         shard it: each event in every month its occurrences overlap)
 */
async function writeCalendarFeeds() {
  const { syntheticEvents, SYNTHETIC_GENERATED_AT } = await server.ssrLoadModule('/examples/synthetic/generate.ts');
  const { Event, expandEvent } = await server.ssrLoadModule('/packages/sdk/src/index.ts');
  const feed = syntheticEvents(10_000);
  const manifest = (events) => ({
    schemaVersion: 1,
    generatedAt: SYNTHETIC_GENERATED_AT,
    title: 'Synthetic events (benchmark)',
    networks: [],
    feeds: { events },
  });
  benchFeeds.set('/single/index.json', JSON.stringify(manifest({ url: 'events.json' })));
  benchFeeds.set('/single/events.json', JSON.stringify(feed));

  const monthIndex = (time) => {
    const date = new Date(time);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  };
  const byMonth = new Map();
  for (const raw of feed.events) {
    const parsed = Event.safeParse(raw);
    if (!parsed.success) continue; // the client would drop it as well
    const { occurrences } = expandEvent(parsed.data, { from: -8.64e15, to: 8.64e15 });
    const months = new Set();
    for (const { start, end } of occurrences) {
      // [start, end) in whole months; a zero-length occurrence is in its start's month.
      for (let month = monthIndex(start); month <= monthIndex(Math.max(start, end - 1)); month++) months.add(month);
    }
    for (const month of months) {
      if (!byMonth.has(month)) byMonth.set(month, []);
      byMonth.get(month).push(raw);
    }
  }
  const iso = (month) => new Date(Date.UTC(Math.floor(month / 12), month % 12, 1)).toISOString().replace('.000Z', 'Z');
  const shards = [...byMonth.keys()]
    .sort((a, b) => a - b)
    .map((month) => {
      const url = `events-${iso(month).slice(0, 7)}.json`;
      benchFeeds.set(`/monthly/${url}`, JSON.stringify({ ...feed, events: byMonth.get(month) }));
      return { url, from: iso(month), to: iso(month + 1) };
    });
  benchFeeds.set('/monthly/index.json', JSON.stringify(manifest({ shards })));
}

/**
 * The synthetic 5,000-lab feed as one feed folder, generated once per run:
 *   /bench-feed/labs/  index.json (the sample feed's networks, so network names resolve) + labs.json
 */
async function writeDirectoryFeed() {
  const { syntheticLabs, SYNTHETIC_GENERATED_AT } = await server.ssrLoadModule('/examples/synthetic/generate.ts');
  const { networks } = JSON.parse(readFileSync(new URL('../examples/feeds/v1/index.json', import.meta.url), 'utf8'));
  benchFeeds.set(
    '/labs/index.json',
    JSON.stringify({
      schemaVersion: 1,
      generatedAt: SYNTHETIC_GENERATED_AT,
      title: 'Synthetic labs (benchmark)',
      networks,
      feeds: { labs: { url: 'labs.json' } },
    }),
  );
  benchFeeds.set('/labs/labs.json', JSON.stringify(syntheticLabs(5_000)));
}

function printDirectory(directory) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const ratio = (value) => `${value.toFixed(1)}×`;
  const { initial, keystroke } = directory;
  console.log(
    `\nDirectory: <govtech-lab-directory> over the synthetic ${directory.labs.toLocaleString('en')}-lab feed (${(directory.feed.bytes / 1024 / 1024).toFixed(1)} MB), ` +
      `data available (downloaded,\nvalidated and indexed in the shared client beforehand: no network in the timings); locale es, page size ${directory.pageSize}.` +
      `\n  initial:   a fresh element, from its creation and connection until the first page of ${directory.pageSize} labs is rendered` +
      ` (${initial.runs} runs after ${initial.warmup} warm-up runs)` +
      `\n  keystroke: one character typed into the search field (value set + one input event) until the results for the new text` +
      `\n             are rendered; "${directory.queries.join('", "')}" typed a character at a time, ${keystroke.keystrokesPerRun} keystrokes a run,` +
      `\n             ${keystroke.runs} runs after ${keystroke.warmup} warm-up run(s): ${keystroke.directory.layoutMs.samples} samples` +
      `\n  rendered = the element's query is the typed text, its feed query for that text has answered and Lit has no update` +
      `\n             pending (then checked against the SDK: count text, number of cards, names on the first page);` +
      `\n             +layout = that plus a forced style recalculation and layout (paint not included)` +
      `\n  baseline (1.0×): ${directory.baseline.description}`,
  );
  console.log(
    'benchmark'.padEnd(34),
    'p50'.padStart(9),
    'p95'.padStart(9),
    'max'.padStart(9),
    '+layout p50'.padStart(12),
    'p95'.padStart(9),
    'max'.padStart(9),
    'ratio p50'.padStart(10),
    'p95'.padStart(6),
  );
  const row = (name, timing, ratios) =>
    console.log(
      name.padEnd(34),
      ms(timing.renderMs.p50).padStart(9),
      ms(timing.renderMs.p95).padStart(9),
      ms(timing.renderMs.max).padStart(9),
      ms(timing.layoutMs.p50).padStart(12),
      ms(timing.layoutMs.p95).padStart(9),
      ms(timing.layoutMs.max).padStart(9),
      ratio(ratios?.p50 ?? 1).padStart(10),
      ratio(ratios?.p95 ?? 1).padStart(6),
    );
  row('baseline <ul>: initial render', initial.baseline);
  row('directory: initial render', initial.directory, initial.ratioToBaseline);
  row('baseline <ul>: keystroke', keystroke.baseline);
  row('directory: keystroke', keystroke.directory, keystroke.ratioToBaseline);
  console.log(`(ratio: +layout percentile against the baseline's; render-only ratios are in results.json)`);
  const differing = Object.entries(directory.baseline.differingMatches);
  if (differing.length) {
    console.log(
      `(the naive baseline, without accent folding, matches a different number of labs for: ` +
        differing.map(([text, { sdk, naive }]) => `"${text}" ${naive} vs ${sdk}`).join(', ') + ')',
    );
  }
  console.log(
    'keystrokes by query, +layout p50 / p95: ' +
      Object.entries(keystroke.byQuery)
        .map(([query, { directory: own, baseline: base }]) => `"${query}" ${ms(own.layoutMs.p50)} / ${ms(own.layoutMs.p95)} (baseline ${ms(base.layoutMs.p50)} / ${ms(base.layoutMs.p95)})`)
        .join(', '),
  );
  if (directory.taskWaits) {
    console.log(`(${directory.taskWaits} task(s) waited for in timed runs: the directory's query awaits import() of the SDK's labs module, which takes a task)`);
  }
}

function printCalendar(calendar) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const spread = (timing) => `${timing.min.toFixed(1)}–${timing.max.toFixed(1)} ms`;
  console.log(
    `\nCalendar: <govtech-event-calendar> month grid from the synthetic 10,000-event feed, data available (downloaded and` +
      `\nvalidated in the shared client beforehand: no network in the timings). Median and min–max of ${calendar.runs} runs after` +
      ` ${calendar.warmup} warm-up runs;\nzone ${calendar.timeZone}, locale es, weeks from Monday.` +
      `\n  month ${calendar.month}: a fresh element, from its creation and connection until the grid is rendered with its chips` +
      `\n  next:  "next month" clicked on a calendar showing ${calendar.month}, until ${calendar.nextMonth} is rendered` +
      `\n  render = until Lit has committed the DOM; +layout = that plus a forced style recalculation and layout` +
      `\n  baseline (1.0×): ${calendar.baseline.description}`,
  );
  console.log(
    'benchmark'.padEnd(44),
    'chips'.padStart(5),
    'render'.padStart(10),
    'spread'.padStart(15),
    '+layout'.padStart(10),
    'spread'.padStart(15),
    'ratio'.padStart(7),
  );
  const row = (name, timing, ratio) =>
    console.log(
      name.padEnd(44),
      String(timing.chips).padStart(5),
      ms(timing.renderMs.median).padStart(10),
      spread(timing.renderMs).padStart(15),
      ms(timing.layoutMs.median).padStart(10),
      spread(timing.layoutMs).padStart(15),
      `${(ratio ?? 1).toFixed(1)}×`.padStart(7),
    );
  row(`baseline <table>: month ${calendar.month}`, calendar.baseline.month);
  row(`baseline <table>: month ${calendar.nextMonth}`, calendar.baseline.nextMonth);
  for (const feed of calendar.feeds) {
    row(`calendar, ${feed.name}: month ${calendar.month}`, feed.month, feed.month.ratioToBaseline);
    row(`calendar, ${feed.name}: next (${calendar.nextMonth})`, feed.nextMonth, feed.nextMonth.ratioToBaseline);
  }
  console.log(`(ratio: +layout median against the baseline's for the same month; render-only ratios are in results.json)`);
  for (const feed of calendar.feeds) {
    console.log(
      `calendar, ${feed.name} (${feed.files} file${feed.files === 1 ? '' : 's'}, ${(feed.bytes / 1024 / 1024).toFixed(1)} MB): ` +
        `of which the SDK query on cached data (events.list of the ${calendar.month} grid, ${feed.query.occurrences} occurrences) ` +
        `takes ${ms(feed.query.ms.median)} (${spread(feed.query.ms)})`,
    );
  }
  if (calendar.macrotaskWaits) console.log(`! ${calendar.macrotaskWaits} wait(s) for a task during timed runs: some data was not cached`);
}

/** The functions with the most self time in a CPU profile, and the code they were called from. */
function printProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sampled = new Map();
  profile.samples.forEach((id, index) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...sampled.values()].reduce((sum, time) => sum + time, 0);
  const where = ({ callFrame: frame }) => {
    const file = frame.url ? frame.url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '') : '';
    // No line numbers: they are of the code as Vite served it, not of the sources.
    return `${frame.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  };
  const self = new Map();
  const callers = new Map();
  for (const [id, time] of sampled) {
    const node = byId.get(id);
    const name = where(node);
    self.set(name, (self.get(name) ?? 0) + time);
    // The nearest caller that is our own code (not a builtin, not node_modules), for context.
    let up = parent.get(id);
    while (up !== undefined && !/^(packages|bench|examples)\//.test(where(byId.get(up)).split(' ')[1] ?? '')) up = parent.get(up);
    if (up !== undefined) {
      const key = `${name}\u0000${where(byId.get(up))}`;
      callers.set(key, (callers.get(key) ?? 0) + time);
    }
  }
  console.log(
    `\nCPU profile of the calendar's timed rounds (baseline and the untimed set-up of each run included): ` +
      `${(total / 1000).toFixed(0)} ms sampled; top self time, ← nearest caller in our code:`,
  );
  for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    const from = [...callers]
      .filter(([key]) => key.startsWith(`${name}\u0000`))
      .sort((a, b) => b[1] - a[1])[0]?.[0]
      .split('\u0000')[1];
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}${from && from !== name ? `  ← ${from}` : ''}`);
  }
}
