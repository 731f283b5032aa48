// `npm run bench`: runs the benchmarks in headless Chromium (the browser our users have), prints a
// table, and writes bench/results.json with the machine, browser version and date. Speed is reported
// as ratios against a baseline measured in the same run, never as absolute pass/fail timings.
// `npm run bench -- --profile` also records a CPU profile of the calendar benchmark and names its hot functions.
// `npm run bench -- --smoke` (CI) runs every benchmark once, checks that each produced its figures, and
// writes nothing: it keeps the benchmarks working between full runs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';

/** The calendar and directory benchmarks' feed folders, filled in below and served from memory at /bench-feed/. */
const benchFeeds = new Map();
const profiling = process.argv.includes('--profile');
const smoke = process.argv.includes('--smoke');
/** Where the figures are kept, and the last run's (read once: `--only` merges into them, a run compares with them). */
const resultsFile = new URL('./results.json', import.meta.url);
const lastRun = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
// `--only weight,requests,countdown` (or `page`: the SDK, calendar, directory and calendar-peer benchmarks;
// `heap`: only the calendar peers' JS heap)
// runs those groups alone and merges their figures into bench/results.json: to re-measure one thing.
const onlyArgument = process.argv.find((arg) => arg.startsWith('--only'));
const only = onlyArgument
  ? new Set((onlyArgument.includes('=') ? onlyArgument.split('=')[1] : process.argv[process.argv.indexOf(onlyArgument) + 1]).split(','))
  : undefined;
const runs = (group) => !only || only.has(group);

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
await writeCalendarPeerFeeds(); // calendar against peers: see the block at the end of this file
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
  const results = runs('page') ? await pageBenchmarks(page) : {};
  if (!runs('page') && runs('heap')) {
    // The calendar-peer heaps alone, for the libraries and sizes of the last full run.
    const last = lastRun.results.calendarPeers;
    results.calendarPeers = Object.assign(last, await calendarPeerHeaps(browser, `http://127.0.0.1:${address.port}`, last));
    printCalendarPeers(results.calendarPeers);
  }
  // Issue 7 (weight, stream-card requests, countdown busy time): see embedCostBenchmarks() at the end of this file.
  if (!profiling) Object.assign(results, await embedCostBenchmarks(browser, `http://127.0.0.1:${address.port}`));
  const previous = only ? lastRun.results : {};

  if (profiling) {
    if (!profile) throw new Error('no CPU profile came back from the page');
    // Outside the repository: a profile is a one-off look, not a result to keep.
    const profilePath = join(os.tmpdir(), 'govtech-calendar.cpuprofile');
    writeFileSync(profilePath, JSON.stringify(profile));
    printProfile(profile);
    console.log(`\nWrote ${profilePath} (open it in Chrome DevTools › Performance). Timings of a profiled run are`);
    console.log('inflated by the profiler, so bench/results.json was left as it was.');
  } else if (smoke) {
    const problems = smokeProblems(results);
    if (problems.length) {
      console.error(`\nbench smoke: ${problems.length} problem(s):\n${problems.map((problem) => `  ✖ ${problem}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`\nbench smoke: every benchmark ran and produced its figures (${Object.keys(results).join(', ')}); bench/results.json left as it was`);
    }
  } else {
    if (lastRun) printChanges(lastRun, results);
    const report = {
      date: new Date().toISOString(),
      machine: { platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      browser: `Chromium ${browser.version()}`,
      results: { ...previous, ...results },
    };
    writeFileSync(resultsFile, JSON.stringify(report, null, 2) + '\n');
    console.log('\nWrote bench/results.json');
  }
} finally {
  await browser.close();
  await server.close();
}

/** The in-page benchmarks (bench/browser/main.ts): SDK, calendar, directory, calendar against peers. */
async function pageBenchmarks(page) {
  await page.goto(`http://127.0.0.1:${address.port}/bench/index.html${profiling ? '?profile' : smoke ? '?smoke' : ''}`);
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
  // Calendar against peers (timed in the page: bench/browser/calendar-peers.ts; JS heap here): see the block at the end of this file.
  if (results.calendarPeers) {
    const heaps = await calendarPeerHeaps(browser, `http://127.0.0.1:${address.port}`, results.calendarPeers);
    printCalendarPeers(Object.assign(results.calendarPeers, heaps));
  }
  return results;
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

// ─── Issue 7: what embedding costs a page — weight and requests against peers, the countdown's idle cost ───
// Its own block (run after the in-page benchmarks, skipped with --profile). Weight: bench/weight.mjs;
// requests: bench/browser/stream-requests.ts (Node side, loaded through Vite); the countdown's page:
// bench/pages/countdown.html + bench/browser/countdown.ts, driven from here.

async function embedCostBenchmarks(browser, origin) {
  const results = {};
  if (runs('weight')) {
    const { weightBenchmarks, printWeight } = await import('./weight.mjs');
    results.weight = await weightBenchmarks();
    printWeight(results.weight);
  }
  if (runs('requests')) {
    const { streamRequestBenchmarks, printStreamRequests } = await server.ssrLoadModule('/bench/browser/stream-requests.ts');
    results.requests = await streamRequestBenchmarks(browser, process.cwd());
    printStreamRequests(results.requests);
  }
  if (runs('countdown')) {
    results.countdown = await countdownBenchmarks(browser, origin);
    printCountdown(results.countdown);
  }
  return results;
}

/**
 * Main-thread time of a ticking countdown, ours and a naive one, each on its page in a context of its own
 * (no other page shares its renderer's main thread), over fixed real-time windows: visible, scrolled out
 * of view, and hidden. Busy time is CDP's Performance.getMetrics TaskDuration (every task of the page's
 * main thread: script, style, layout, paint, timers, GC), read every second of a window in which nothing
 * else touches the page; a PerformanceObserver would see only long tasks (> 50 ms), and a tick
 * is far shorter. Headless Chromium keeps every page 'visible' (another tab brought to front, a
 * minimised window: checked), so "hidden" is emulated in the page (bench/browser/countdown.ts).
 */
async function countdownBenchmarks(browser, origin) {
  const windowMs = smoke ? 2_000 : 8_000;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const subjects = {};
  for (const subject of ['naive', 'ours']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[countdown ${subject}]`, error.message));
      await page.goto(`${origin}/bench/pages/countdown.html?subject=${subject}`);
      await page.waitForFunction(() => window.countdownBench || window.countdownBenchError, undefined, { timeout: 30_000 });
      const error = await page.evaluate(() => window.countdownBenchError);
      if (error) throw new Error(`countdown (${subject}): ${error}`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('HeapProfiler.enable');
      const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
      const probe = () =>
        page.evaluate(() => ({ ticks: window.countdownBench.ticks(), shown: window.countdownBench.shown(), visibility: document.visibilityState, paused: window.countdownBench.paused() }));
      const call = (method, value) => page.evaluate(([name, arg]) => window.countdownBench[name](arg), [method, value]);
      // The window is read in 1 s slices and each figure is the median slice, the steady state: a one-off
      // task moves a slice or two, not the result. The usual one is V8's memory-reducing full GC, run once
      // some seconds after a page stops allocating (here: after our countdown stops ticking; 20–70 ms,
      // seen in a trace); another process taking the core is the other. The mean (all slices, one-offs
      // included) is kept beside it. A GC is forced before each window so none is left over from before.
      const measureWindow = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const before = await probe();
        const marks = [{ at: performance.now(), metrics: await metrics() }];
        for (let slice = 0; slice < windowMs / 1000; slice++) {
          await sleep(1000);
          marks.push({ at: performance.now(), metrics: await metrics() });
        }
        const after = await probe();
        // CDP's durations are in seconds: reported as ms of main thread per minute of real time.
        // Reading the counters is itself a DevTools command run on the page's main thread (~1 ms): taken out.
        const rate = (from, to, plus, minus) => {
          const sum = (names) => names.reduce((total, name) => total + to.metrics[name] - from.metrics[name], 0);
          return (Math.max(0, sum(plus) - sum(minus)) * 1000 * 60_000) / (to.at - from.at);
        };
        const perMinute = (plus, minus = []) => {
          const slices = marks.slice(1).map((mark, index) => rate(marks[index], mark, plus, minus)).sort((a, b) => a - b);
          return { median: slices[Math.floor(slices.length / 2)], mean: rate(marks[0], marks.at(-1), plus, minus), min: slices[0], max: slices.at(-1) };
        };
        return {
          seconds: (marks.at(-1).at - marks[0].at) / 1000,
          ticks: after.ticks - before.ticks,
          visibility: after.visibility,
          paused: after.paused,
          busyMsPerMin: perMinute(['TaskDuration'], ['DevToolsCommandDuration']),
          scriptMsPerMin: perMinute(['ScriptDuration']),
          styleLayoutMsPerMin: perMinute(['RecalcStyleDuration', 'LayoutDuration']),
          cpuMsPerMin: perMinute(['ThreadTime'], ['DevToolsCommandDuration']),
          devToolsMsPerMin: perMinute(['DevToolsCommandDuration']),
        };
      };

      await sleep(2000); // the feed read, the first renders, the JIT warm
      const result = { visible: await measureWindow() };

      await call('setScrolledAway', true);
      await sleep(1000);
      result.scrolledAway = await measureWindow();
      await call('setScrolledAway', false);
      await sleep(1000);

      await call('setHidden', true);
      await sleep(1500);
      // Still rendered and in view: only the visibility signal can stop the widget here.
      const check = await probe();
      await sleep(1200);
      const recheck = await probe();
      if (check.visibility !== 'hidden') throw new Error(`countdown (${subject}): the page does not say it is hidden`);
      result.stoppedOnVisibilityChange = recheck.ticks === check.ticks;
      await call('skipRendering', true);
      await sleep(500);
      result.hidden = await measureWindow();
      await call('skipRendering', false);
      await call('setHidden', false);
      const back = await probe();
      await sleep(2200);
      const resumed = await probe();
      result.resumedWhenShown = resumed.ticks - back.ticks >= 2 && resumed.shown !== back.shown;
      subjects[subject] = result;
    } finally {
      await context.close();
    }
  }
  const { ours, naive } = subjects;
  if (!ours.stoppedOnVisibilityChange || !ours.resumedWhenShown || ours.visible.ticks < windowMs / 1000 - 1) {
    console.error('! countdown: the widget did not tick, pause or resume as expected (see results.countdown)');
  }
  return {
    windowSeconds: windowMs / 1000,
    description:
      'ms of main thread per minute over a fixed real-time window read in 1 s slices (median = steady state; mean = one-offs such as V8\'s memory-reducing GC included; min, max; CDP Performance.getMetrics deltas: busy = TaskDuration, script = ScriptDuration, ' +
      'style+layout = RecalcStyleDuration + LayoutDuration, cpu = ThreadTime; busy and cpu less DevToolsCommandDuration, the reading of the counters itself). scrolledAway: the subject scrolled out of view. hidden: emulated ' +
      '(headless Chromium keeps pages visible): document.visibilityState/hidden overridden and visibilitychange dispatched, then ' +
      'content-visibility: hidden on the content, as a hidden tab renders nothing; timers keep running, as in a hidden tab.',
    subjects,
    ratioToNaive: Object.fromEntries(
      ['visible', 'scrolledAway', 'hidden'].map((state) => [state, { busy: ours[state].busyMsPerMin.median / naive[state].busyMsPerMin.median, cpu: ours[state].cpuMsPerMin.median / naive[state].cpuMsPerMin.median }]),
    ),
  };
}

function printCountdown(countdown) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(
    `\nCountdown: main-thread time per minute of <govtech-panel-countdown> (sample feed, seconds ticking) and of a naive countdown` +
      `\n(setInterval(1000) writing a <span>'s textContent), each over ${countdown.windowSeconds} s of real time, from CDP Performance.getMetrics` +
      `\n(busy = TaskDuration: every task of the main thread; cpu = its CPU time): the median 1 s slice (steady state), and the mean` +
      `\n(one-off tasks included, such as the memory-reducing GC V8 runs once a page stops allocating).` +
      `\n  scrolled away: the countdown scrolled out of view; page hidden: emulated (headless Chromium keeps every page visible),` +
      `\n  its rendering skipped as in a hidden tab.`,
  );
  console.log('subject'.padEnd(42), 'ticks'.padStart(6), 'busy/min'.padStart(10), 'mean'.padStart(10), 'script'.padStart(9), 'style+layout'.padStart(13), 'cpu/min'.padStart(10), 'ratio'.padStart(7));
  const labels = { naive: 'naive <span> countdown', ours: '<govtech-panel-countdown>' };
  const names = { visible: 'visible', scrolledAway: 'scrolled away', hidden: 'page hidden' };
  for (const state of ['visible', 'scrolledAway', 'hidden']) {
    for (const subject of ['naive', 'ours']) {
      const row = countdown.subjects[subject][state];
      console.log(
        `${labels[subject]}, ${names[state]}`.padEnd(42),
        String(row.ticks).padStart(6),
        ms(row.busyMsPerMin.median).padStart(10),
        ms(row.busyMsPerMin.mean).padStart(10),
        ms(row.scriptMsPerMin.median).padStart(9),
        ms(row.styleLayoutMsPerMin.median).padStart(13),
        ms(row.cpuMsPerMin.median).padStart(10),
        `${(subject === 'ours' ? countdown.ratioToNaive[state].busy : 1).toFixed(2)}×`.padStart(7),
      );
    }
  }
  const { ours } = countdown.subjects;
  console.log(
    `(ratio: busy time against the naive countdown's in the same state. The widget stopped on visibilitychange alone: ` +
      `${ours.stoppedOnVisibilityChange ? 'yes' : 'NO'}; resumed when shown: ${ours.resumedWhenShown ? 'yes' : 'NO'})`,
  );
}
// ─── end of issue 7 ───

// ─── Calendar against peers: <govtech-event-calendar>, FullCalendar and @event-calendar/core ───
// Its own block. The timings run in the benchmark page (bench/browser/calendar-peers.ts, which explains the
// method; skipped with --profile); here: the feeds they read, the JS heap, and the table.

/**
 * For each size, /bench-feed/calendar-peers/<size>/: the synthetic feed with that many events as a feed
 * folder (index.json + events.json), for ours; and occurrences.json, the same feed expanded once by our SDK
 * (its client, over 2000–2100, as the calendar queries it) for the peers: { id, title, start, end, allDay },
 * instants in epoch ms, all-day events as the UTC midnights of their dates (in the event's own zone).
 */
async function writeCalendarPeerFeeds() {
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
    benchFeeds.set(
      `${folder}index.json`,
      JSON.stringify({ schemaVersion: 1, generatedAt: SYNTHETIC_GENERATED_AT, title: `Synthetic events (${size}, benchmark)`, networks: [], feeds: { events: { url: 'events.json' } } }),
    );
    benchFeeds.set(`${folder}events.json`, JSON.stringify({ ...feed, events: feed.events.slice(0, size) }));
    const client = createClient({
      baseUrl: `http://calendar-peers.invalid${folder}`,
      fetch: async (request) => {
        const text = benchFeeds.get(new URL(typeof request === 'string' ? request : request.url).pathname);
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
    benchFeeds.set(`${folder}occurrences.json`, JSON.stringify(occurrences));
  }
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
async function calendarPeerHeaps(browser, origin, peers, repeats = smoke ? 1 : 2) {
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
  const version = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
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

function printCalendarPeers(peers) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const spread = (timing) => `${timing.min.toFixed(0)}–${timing.max.toFixed(0)}`;
  const ratio = (value) => (value === undefined ? '' : `${value.toFixed(2)}×`);
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
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
      `\nEach built for production (minified, tree-shaken: bench/run.mjs, calendarPeerHeaps); ${(peers.heap.elapsedMs / 1000).toFixed(0)} s with the build.`,
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

/**
 * The figures the README quotes, one list for two uses: a smoke run checks each is a positive finite
 * number, and a full run prints each against the previous bench/results.json (what changed, by how much).
 * Each: [group, label, value, unit]; ms and KB/MB are lower-is-better, as are the ratios (ours ÷ other).
 */
function headlineFigures(results) {
  const figures = [];
  const add = (group, label, value, unit) => figures.push([group, label, value, unit]);
  const KB = 1024;
  for (const row of results.sdk ?? []) {
    add('sdk', `${row.name.replace('SDK: ', '')}, ÷ JSON.parse`, row.ratioToJsonParse, '×');
  }
  for (const feed of results.calendar?.feeds ?? []) {
    add('calendar', `${feed.name}: month`, feed.month.layoutMs.median, 'ms');
    add('calendar', `${feed.name}: next month`, feed.nextMonth.layoutMs.median, 'ms');
    add('calendar', `${feed.name}: month ÷ <table>`, feed.month.ratioToBaseline, '×');
  }
  if (results.directory) {
    const { initial, keystroke } = results.directory;
    add('directory', 'initial render p50', initial.directory.layoutMs.p50, 'ms');
    add('directory', 'keystroke p50', keystroke.directory.layoutMs.p50, 'ms');
    add('directory', 'keystroke p95', keystroke.directory.layoutMs.p95, 'ms');
    add('directory', 'keystroke p50 ÷ naive', keystroke.ratioToBaseline.p50, '×');
  }
  const peers = results.calendarPeers;
  for (const size of peers?.sizes ?? []) {
    for (const [id, result] of Object.entries(size.results)) {
      add('calendar peers', `${id}, ${size.events} events: month`, result.month.layoutMs.median, 'ms');
      add('calendar peers', `${id}, ${size.events} events: next`, result.next.layoutMs.median, 'ms');
    }
  }
  for (const size of peers?.heap?.sizes ?? []) {
    for (const [id, result] of Object.entries(size.results)) {
      add('heap', `${id}, ${size.events} events`, result.afterRender.median / KB / KB, 'MB');
    }
  }
  if (results.weight) {
    for (const row of results.weight.rows) {
      if (row.ours) {
        add('weight', `${row.name} (npm)`, row.npm.gzip / KB, 'KB');
        add('weight', `${row.name} (CDN)`, row.cdn.gzip / KB, 'KB');
      } else {
        add('weight', row.name, row.gzip / KB, 'KB');
      }
    }
    const { parts, rows, streamCardNextToCalendar, calendarOnFetch } = results.weight.composition;
    for (const [name, bytes] of Object.entries(parts)) add('weight', `part: ${name}`, bytes / KB, 'KB');
    for (const row of rows) add('weight', `${row.id} without the SDK`, row.withoutSdk / KB, 'KB');
    add('weight', 'stream card next to the calendar', streamCardNextToCalendar / KB, 'KB');
    add('weight', 'calendar on plain fetch', calendarOnFetch / KB, 'KB');
  }
  for (const subject of results.requests?.subjects ?? []) {
    add('requests', `${subject.id}: YouTube requests on play`, subject.phases.click.cumulative, '');
  }
  if (results.countdown) {
    for (const [id, subject] of Object.entries(results.countdown.subjects)) {
      add('countdown', `${id}: visible`, subject.visible.busyMsPerMin.median, 'ms/min');
      add('countdown', `${id}: hidden`, subject.hidden.busyMsPerMin.median, 'ms/min');
    }
    add('countdown', 'ours ÷ naive, visible', results.countdown.ratioToNaive.visible.busy, '×');
  }
  return figures;
}

/**
 * What a smoke run (`--smoke`) checks: every headline figure of the benchmarks that ran is there, as a
 * positive finite number, and the behaviours they report held (no feed item dropped; the countdown
 * paused and resumed; the stream card made one YouTube request before interaction). Its timings, from a
 * single round, are not judged.
 */
function smokeProblems(results) {
  const problems = headlineFigures(results)
    .filter(([, , value]) => !(typeof value === 'number' && Number.isFinite(value) && value > 0))
    .map(([group, label, value]) => `${group}: ${label} is ${value}`);
  for (const row of results.sdk ?? []) {
    if (row.warnings) problems.push(`sdk "${row.name}": ${row.warnings} items dropped`);
  }
  const ours = results.requests?.subjects.find((subject) => subject.id === 'govtech-stream-card');
  if (results.requests && ours?.phases.load.uniqueUrls !== 1) {
    problems.push(`requests: the stream card made ${ours?.phases.load.uniqueUrls} YouTube requests before interaction, not 1`);
  }
  if (results.countdown && !results.countdown.subjects.ours.stoppedOnVisibilityChange) problems.push('countdown: did not stop when the page was hidden');
  if (results.countdown && !results.countdown.subjects.ours.resumedWhenShown) problems.push('countdown: did not resume when shown');
  return problems;
}

/** Each headline figure of this run beside the previous run's, when both have it. */
function printChanges(previous, results) {
  const before = new Map(headlineFigures(previous.results).map(([group, label, value]) => [`${group}: ${label}`, value]));
  const rows = headlineFigures(results).filter(([group, label]) => before.has(`${group}: ${label}`));
  if (!rows.length) return;
  const format = (value, unit) => `${value.toFixed(unit === '×' || unit === 'KB' || unit === 'MB' ? 2 : 1)}${unit && unit !== '×' ? ` ${unit}` : unit}`;
  console.log(`\nAgainst the previous run (${previous.date}, ${previous.browser}); timings move a few per cent from run to run:`);
  console.log('figure'.padEnd(64), 'before'.padStart(13), 'now'.padStart(13), 'now ÷ before'.padStart(13));
  for (const [group, label, value, unit] of rows) {
    const old = before.get(`${group}: ${label}`);
    const ratio = value / old;
    console.log(
      `${group}: ${label}`.slice(0, 64).padEnd(64),
      format(old, unit).padStart(13),
      format(value, unit).padStart(13),
      (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—').padStart(13),
    );
  }
}
