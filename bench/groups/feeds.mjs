// Feeds: the publisher toolkit (@govtech-network/feeds) building a synthetic site in Node, against only
// reading and parsing the same files (issue 13: goal ≤ 2×, peak memory under 300 MB). The site is written
// by bench/feeds/synthetic-site.mjs; each build and each baseline runs in a fresh Node process
// (bench/feeds/build-child.mjs, baseline-child.mjs) so that its peak RSS is its own. No browser.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { mb, ms } from '../shared/format.mjs';
import { printProfile } from '../shared/profile.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
/** How the repository's scripts run the TypeScript sources. */
const TSX = ['--conditions=govtech-source', '--import', 'tsx'];

const FULL_SITE = { events: 10_000, labs: 5_000 };
/** Smoke runs check that everything still runs, not how fast: a tenth of the site, one run. */
const SMOKE_SITE = { events: 1_000, labs: 500 };

/** What each part builds (its config in the site) and what its baseline reads. */
const PARTS = {
  markdown: { label: 'Markdown events', config: 'markdown.config.json', markdown: 'eventos', csv: '-' },
  csv: { label: 'CSV labs', config: 'csv.config.json', markdown: '-', csv: 'laboratorios.csv' },
  whole: { label: 'whole site', config: 'feeds.config.json', markdown: 'eventos', csv: 'laboratorios.csv' },
};

/** Runs a child script of bench/feeds/ with tsx and returns the JSON line it prints last. */
async function child(script, args, nodeFlags = []) {
  const { stdout } = await run(process.execPath, [...nodeFlags, ...TSX, join(root, 'bench/feeds', script), ...args], {
    cwd: root,
    maxBuffer: 16 * 2 ** 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });

function bytesUnder(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path, { recursive: true }).reduce((total, name) => {
    const entry = statSync(join(path, name));
    return total + (entry.isFile() ? entry.size : 0);
  }, 0);
}

/**
 * Generates the site (not timed), then for each part a build and its baseline, alternated, `runs` times;
 * the figures are medians. `profiling`: one more build of the whole site under --cpu-prof, summarised.
 */
export async function feedsBenchmarks({ smoke, profiling }) {
  const site = smoke ? SMOKE_SITE : FULL_SITE;
  const runs = smoke || profiling ? 1 : 3;
  const dir = mkdtempSync(join(os.tmpdir(), 'govtech-feeds-bench-'));
  try {
    await run(process.execPath, ['--import', 'tsx', join(root, 'bench/feeds/synthetic-site.mjs'), dir, String(site.events), String(site.labs)], { cwd: root });
    if (profiling) return await profileBuild(dir, site);
    const samples = Object.fromEntries(Object.keys(PARTS).map((part) => [part, { build: [], baseline: [] }]));
    for (let round = 0; round < runs; round++) {
      for (const [part, { config, markdown, csv }] of Object.entries(PARTS)) {
        samples[part].build.push(await child('build-child.mjs', [join(dir, config), join(dir, `out-${part}`)]));
        samples[part].baseline.push(await child('baseline-child.mjs', [markdown === '-' ? '-' : join(dir, markdown), csv === '-' ? '-' : join(dir, csv)]));
      }
    }
    const parts = Object.fromEntries(
      Object.entries(samples).map(([part, { build, baseline }]) => {
        const figures = (rows) => ({ ms: spread(rows.map((row) => row.ms)), cpuMs: spread(rows.map((row) => row.cpuMs)), maxRssBytes: spread(rows.map((row) => row.maxRssBytes)) });
        const last = build.at(-1);
        return [
          part,
          {
            build: { ...figures(build), ok: build.every((row) => row.ok && row.written), events: last.events, labs: last.labs, problems: last.problems, firstProblems: last.firstProblems },
            baseline: { ...figures(baseline), events: baseline.at(-1).events, labs: baseline.at(-1).labs },
            ratioToBaseline: median(build.map((row) => row.ms)) / median(baseline.map((row) => row.ms)),
            cpuRatioToBaseline: median(build.map((row) => row.cpuMs)) / median(baseline.map((row) => row.cpuMs)),
          },
        ];
      }),
    );
    const feeds = {
      ...site,
      smallSite: smoke,
      runs,
      siteBytes: { markdown: bytesUnder(join(dir, 'eventos')), csv: bytesUnder(join(dir, 'laboratorios.csv')) },
      outputBytes: bytesUnder(join(dir, 'out-whole')),
      description:
        'buildFeed (sources read, every item checked by the SDK schema, index.json, events.json, monthly shards, labs.json, events.ics and one .ics per network, folder written) ' +
        'against only reading the same files and parsing them (front matter split at the --- fences + yaml parse; CSV decoded from Windows-1252 + csv-parse as the CSV source calls it); ' +
        'each run in a fresh Node process (tsx, TypeScript sources), time of the work alone (imports excluded; wall, and CPU of all the process\'s threads), peak RSS of the whole process; median of the runs.',
      parts,
    };
    printFeeds(feeds);
    return feeds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--profile`: the whole site built once under V8's sampling profiler; its hot functions, and the packages' (toolkit and SDK). */
async function profileBuild(dir, site) {
  const profileDir = join(dir, 'profile');
  await child('build-child.mjs', [join(dir, PARTS.whole.config), join(dir, 'out-whole')], ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  // Outside the repository: a profile is a one-off look, not a result to keep.
  const [file] = readdirSync(profileDir);
  const profilePath = join(os.tmpdir(), 'govtech-feeds-build.cpuprofile');
  copyFileSync(join(profileDir, file), profilePath);
  printProfile(JSON.parse(readFileSync(profilePath, 'utf8')), {
    heading: `CPU profile of a build of the synthetic site (${site.events.toLocaleString('en')} Markdown events, ${site.labs.toLocaleString('en')}-row CSV), module loading included`,
    inclusiveUnder: 'packages/',
  });
  console.log(`\nWrote ${profilePath} (open it in Chrome DevTools › Performance); bench/results.json was left as it was.`);
  return undefined;
}

export function printFeeds(feeds) {
  const count = (value) => value.toLocaleString('en');
  console.log(
    `\nFeeds: govtech-feeds building a synthetic site, ${count(feeds.events)} Markdown events (${mb(feeds.siteBytes.markdown)}) and a ` +
      `${count(feeds.labs)}-row Windows-1252 CSV (${mb(feeds.siteBytes.csv)}),` +
      `\nagainst only reading the same files and parsing them (front matter: fences + yaml; CSV: decode + csv-parse).` +
      `\nEach run in a fresh Node process: the work's time (imports excluded; wall, and CPU of all its threads, steadier on a busy` +
      `\nmachine) and the process's peak RSS; median of ${feeds.runs} run${feeds.runs > 1 ? 's' : ''}.` +
      `\nGoal: ≤ 2×, the build under 300 MB. The whole site's feed folder: ${mb(feeds.outputBytes)}.` +
      (feeds.smallSite ? `\nSmoke: a smaller site than the full run's (${count(FULL_SITE.events)} events, ${count(FULL_SITE.labs)} rows); its figures are not comparable.` : ''),
  );
  console.log(
    'part'.padEnd(16),
    'build'.padStart(10),
    'spread'.padStart(15),
    'read+parse'.padStart(11),
    'ratio'.padStart(7),
    'CPU: build'.padStart(11),
    'read+parse'.padStart(11),
    'ratio'.padStart(7),
    'build RSS'.padStart(10),
    'read+parse RSS'.padStart(15),
  );
  for (const part of Object.keys(PARTS)) {
    const { build, baseline, ratioToBaseline, cpuRatioToBaseline } = feeds.parts[part];
    console.log(
      PARTS[part].label.padEnd(16),
      ms(build.ms.median).padStart(10),
      `${build.ms.min.toFixed(0)}–${build.ms.max.toFixed(0)} ms`.padStart(15),
      ms(baseline.ms.median).padStart(11),
      `${ratioToBaseline.toFixed(2)}×`.padStart(7),
      ms(build.cpuMs.median).padStart(11),
      ms(baseline.cpuMs.median).padStart(11),
      `${cpuRatioToBaseline.toFixed(2)}×`.padStart(7),
      mb(build.maxRssBytes.median).padStart(10),
      mb(baseline.maxRssBytes.median).padStart(15),
    );
    if (build.problems || !build.ok) console.log(`  ! ${build.problems} problem(s), e.g. ${build.firstProblems.join(' | ')}`);
  }
}
