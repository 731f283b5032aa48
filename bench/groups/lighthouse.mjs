// Lighthouse (issue 14): what a visitor's phone sees of a page with our widgets, scored by Lighthouse's
// mobile profile (a mid-range phone: simulated slow 4G and a 4× slower CPU) in Debian's Chromium. Two
// pages: the four widgets from the one-file CDN build (bench/pages/lighthouse-cdn.html) and the demo site
// (demo/, built by Vite as it would be deployed). Both are served gzipped from a small static server, as a
// CDN or static host would; the sample feed is the data. No Playwright: Lighthouse drives its own Chromium.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { ms } from '../shared/format.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const demoDir = join(root, '.cache/demo');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ics': 'text/calendar' };

/**
 * How long the feed's files take to come, as from a feed host elsewhere on a phone's network. On loopback
 * they would come before the first paint, and a widget whose skeleton is not its final size would shift
 * the page where no visitor can see it (Lighthouse measures layout shifts as they happen, not simulated).
 */
const FEED_LATENCY_MS = 300;

/** A static host for `folder` on a loopback port: gzip for text, as a CDN sends it; feed files late. */
async function staticServer(folder) {
  const base = resolve(folder);
  const server = createServer(async (req, res) => {
    if (req.url?.includes('/feeds/v1/')) await new Promise((done) => setTimeout(done, FEED_LATENCY_MS));
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const path = resolve(base, `.${sep}${decodeURIComponent(pathname)}`, pathname.endsWith('/') ? 'index.html' : '');
    if (!path.startsWith(base + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      const type = TYPES[extname(path)];
      const gzip = type !== undefined;
      res.writeHead(200, {
        'content-type': `${type ?? 'application/octet-stream'}${type?.startsWith('text/') || type === 'application/json' ? '; charset=utf-8' : ''}`,
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      res.end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The figures of one Lighthouse report: the score and metrics, and where the main thread's time went. */
function figuresOf(lhr) {
  const audit = (id) => lhr.audits[id];
  const longTasks = audit('long-tasks')?.details?.items ?? [];
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    tbtMs: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    lcpMs: audit('largest-contentful-paint').numericValue,
    fcpMs: audit('first-contentful-paint').numericValue,
    speedIndexMs: audit('speed-index').numericValue,
    // Lighthouse's long tasks, in simulated (throttled) time like the metrics above.
    longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)),
    longTasks: longTasks.length,
    mainThreadMs: audit('mainthread-work-breakdown').numericValue,
    mainThread: Object.fromEntries((audit('mainthread-work-breakdown').details?.items ?? []).map((item) => [item.group, Math.round(item.duration)])),
    bootupMs: audit('bootup-time').numericValue,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    bootup: (audit('bootup-time').details?.items ?? []).map((item) => ({ url: item.url.replace(/^https?:\/\/[^/]+/, ''), totalMs: Math.round(item.total), scriptMs: Math.round(item.scripting), parseMs: Math.round(item.scriptParseCompile) })),
  };
}

/** Each figure's median over the runs (taken figure by figure), the scores and TBTs of every run kept beside them. */
function medianOf(runs) {
  const numeric = ['score', 'tbtMs', 'cls', 'lcpMs', 'fcpMs', 'speedIndexMs', 'longestTaskMs', 'longTasks', 'mainThreadMs', 'bootupMs', 'benchmarkIndex'];
  const byScore = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)];
  return {
    ...Object.fromEntries(numeric.map((key) => [key, median(runs.map((run) => run[key]))])),
    scores: runs.map((run) => run.score),
    tbts: runs.map((run) => Math.round(run.tbtMs)),
    // Where the time went, from the median-scored run.
    mainThread: byScore.mainThread,
    bootup: byScore.bootup,
  };
}

/**
 * Builds the CDN files and the demo from today's sources, serves them, and runs Lighthouse's default
 * (mobile) performance audit `runs` times on each page in one Chromium; smoke runs score the CDN page once.
 * The machine's load average is kept with the figures: Lighthouse's simulated times scale with a busy CPU.
 */
export async function lighthouseBenchmarks({ smoke }) {
  const runs = smoke ? 1 : Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  execFileSync(process.execPath, [join(root, 'scripts/build-cdn.mjs')], { cwd: root, stdio: 'ignore' });
  if (!smoke) await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'demo'), logLevel: 'error' });
  const servers = { cdn: await staticServer(root), demo: smoke ? undefined : await staticServer(demoDir) };
  const pages = { cdn: `${servers.cdn.origin}/bench/pages/lighthouse-cdn.html`, ...(!smoke && { demo: `${servers.demo.origin}/` }) };
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs()] });
  const loadBefore = os.loadavg()[0];
  try {
    const results = {};
    for (const [id, url] of Object.entries(pages)) {
      const figures = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
        if (result.lhr.runtimeError) throw new Error(`lighthouse ${id}: ${result.lhr.runtimeError.message}`);
        figures.push(figuresOf(result.lhr));
      }
      results[id] = { url: url.replace(/^https?:\/\/[^/]+/, ''), ...medianOf(figures) };
    }
    return {
      runs,
      description:
        'Lighthouse 12 mobile profile (simulated slow 4G, 4× CPU slowdown), performance category, Debian Chromium headless; medians of each figure over the runs; ' +
        'longestTaskMs from the long-tasks audit (simulated); benchmarkIndex: Lighthouse\'s measure of the CPU (higher is faster); mainThread and bootup (ms, simulated) from the median-scored run. loadAverage: the machine\'s 1-minute load before and after.',
      loadAverage: { before: loadBefore, after: os.loadavg()[0], cpus: os.cpus().length },
      pages: results,
    };
  } finally {
    chrome.kill();
    await Promise.all(Object.values(servers).map((server) => server?.close()));
  }
}

export function printLighthouse(lighthouse) {
  const { loadAverage } = lighthouse;
  console.log(
    `\nLighthouse (mobile profile: simulated slow 4G and 4× slower CPU), medians of ${lighthouse.runs} run(s); load average ` +
      `${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)} on ${loadAverage.cpus} cores (a busy machine lowers the scores):`,
  );
  console.log('page'.padEnd(8), 'score'.padStart(6), 'scores'.padStart(12), 'TBT'.padStart(10), 'CLS'.padStart(7), 'LCP'.padStart(11), 'FCP'.padStart(11), 'longest task'.padStart(13), 'main thread'.padStart(12));
  for (const [id, page] of Object.entries(lighthouse.pages)) {
    console.log(
      id.padEnd(8),
      String(page.score).padStart(6),
      page.scores.join('/').padStart(12),
      ms(page.tbtMs).padStart(10),
      page.cls.toFixed(3).padStart(7),
      ms(page.lcpMs).padStart(11),
      ms(page.fcpMs).padStart(11),
      ms(page.longestTaskMs).padStart(13),
      ms(page.mainThreadMs).padStart(12),
    );
  }
  for (const [id, page] of Object.entries(lighthouse.pages)) {
    console.log(`  ${id}: main thread by kind: ${Object.entries(page.mainThread).map(([kind, time]) => `${kind} ${time}`).join(', ')}`);
    console.log(`  ${id}: scripts: ${page.bootup.map((item) => `${item.url} ${item.totalMs} (script ${item.scriptMs}, parse ${item.parseMs})`).join('; ')}`);
  }
}
