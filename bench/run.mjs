// `npm run bench`: runs the benchmarks in headless Chromium (the browser our users have) and the publisher
// toolkit's build in Node, prints a table, and writes bench/results.json with the machine, browser version
// and date. Speed is reported as ratios against a baseline measured in the same run, never as absolute
// pass/fail timings.
// `npm run bench -- --profile` also records a CPU profile of the calendar benchmark and of a feeds build,
// and names their hot functions.
// `npm run bench -- --smoke` (CI) runs every benchmark once, checks that each produced its figures, and
// writes nothing: it keeps the benchmarks working between full runs.
// `npm run bench -- --only weight,requests,countdown` (or `page`: the SDK, calendar, directory and
// calendar-peer benchmarks; `directory`: the directory's alone; `heap`: only the calendar peers' JS heap; `feeds`: the publisher toolkit's
// build, in Node; `lighthouse`: Lighthouse's mobile scores of the CDN page and the demo) runs those groups alone and merges their figures into bench/results.json: to re-measure
// one thing. It combines with --smoke and --profile; a run of Node groups alone starts no browser.
//
// This file reads the flags and runs the groups in order; each group is a module of bench/groups/ (the
// weight's is bench/weight.mjs, which also runs on its own), and bench/shared/ holds the server and its
// feeds, the units of the tables, the headline figures, the results file and the profile.
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { addCalendarPeerHeaps, writeCalendarPeerFeeds } from './groups/calendar-peers.mjs';
import { writeCalendarFeeds } from './groups/calendar.mjs';
import { countdownBenchmarks, printCountdown } from './groups/countdown.mjs';
import { writeDirectoryFeed } from './groups/directory.mjs';
import { feedsBenchmarks } from './groups/feeds.mjs';
import { lighthouseBenchmarks, printLighthouse } from './groups/lighthouse.mjs';
import { pageBenchmarks } from './groups/page.mjs';
import { streamRequestBenchmarks } from './groups/stream-requests.mjs';
import { printChanges, smokeProblems } from './shared/figures.mjs';
import { recordConsoleProfile, reportProfile } from './shared/profile.mjs';
import { readLastRun, writeResults } from './shared/results.mjs';
import { createBenchServer } from './shared/server.mjs';

const profiling = process.argv.includes('--profile');
const smoke = process.argv.includes('--smoke');
const onlyArgument = process.argv.find((arg) => arg.startsWith('--only'));
const only = onlyArgument
  ? new Set((onlyArgument.includes('=') ? onlyArgument.split('=')[1] : process.argv[process.argv.indexOf(onlyArgument) + 1]).split(','))
  : undefined;
const runs = (group) => !only || only.has(group);
const lastRun = readLastRun();

/** Groups that need the bench's server and Chromium; the others (feeds) run in Node alone. */
const needsBrowser = ['page', 'directory', 'heap', 'weight', 'requests', 'countdown'].some(runs);
/** The calendar, directory and calendar-peer feed folders, written below and served from memory at /bench-feed/. */
const feeds = new Map();
let server;
let browser;
if (needsBrowser) {
  server = await createBenchServer(feeds);
  await writeCalendarFeeds(server, feeds);
  await writeDirectoryFeed(server, feeds);
  await writeCalendarPeerFeeds(server, feeds);
  await server.listen();
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs(), headless: true });
}
/** What every group may need: the server, its feeds and address, the browser, and how this run was asked for. */
const bench = { server, feeds, origin: server && `http://127.0.0.1:${server.httpServer.address().port}`, browser, smoke, profiling };
try {
  let results = {};
  let profile;
  if (needsBrowser) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('[page]', error.message));
    profile = profiling ? await recordConsoleProfile(page) : undefined;
    if (runs('page')) results = await pageBenchmarks(bench, page);
    else if (runs('directory')) results = await pageBenchmarks(bench, page, { directoryOnly: true });
  }
  if (!runs('page') && runs('heap')) results.calendarPeers = await addCalendarPeerHeaps(bench, lastRun.results.calendarPeers);
  // What embedding costs a page (issue 7): weight and requests against peers, the countdown's idle cost.
  if (!profiling) {
    if (runs('weight')) {
      const { weightBenchmarks, printWeight } = await import('./weight.mjs');
      results.weight = await weightBenchmarks();
      printWeight(results.weight);
    }
    if (runs('requests')) results.requests = await streamRequestBenchmarks(bench);
    if (runs('countdown')) {
      results.countdown = await countdownBenchmarks(bench);
      printCountdown(results.countdown);
    }
  }
  // What a phone sees of a page with the widgets (issue 14): Lighthouse, with its own Chromium.
  if (runs('lighthouse') && !profiling) {
    results.lighthouse = await lighthouseBenchmarks(bench);
    printLighthouse(results.lighthouse);
  }
  // What building a feed costs a publisher (issue 13); with --profile, where its time goes.
  if (runs('feeds')) {
    const feedFigures = await feedsBenchmarks(bench);
    if (feedFigures) results.feeds = feedFigures;
  }

  if (profiling) {
    if (runs('page')) reportProfile(profile());
    else if (runs('directory')) reportProfile(profile(), 'directory');
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
    writeResults(browser, results, only ? lastRun.results : {}, lastRun?.browser);
  }
} finally {
  await browser?.close();
  await server?.close();
}
