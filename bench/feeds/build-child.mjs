// One timed build of the synthetic site, alone in its process so that its peak memory is its own. Run by
// bench/groups/feeds.mjs with the TypeScript sources, as the repository's scripts run them:
//   node --conditions=govtech-source --import tsx bench/feeds/build-child.mjs <config file> <out folder>
// Prints one JSON line: the build's time (wall and CPU), the process's peak RSS, and what was built.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildFeed } from '@govtech-network/feeds';
import { peakRssBytes } from './peak-rss.mjs';

const [configFile, outDir] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configFile, 'utf8'));
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await buildFeed(config, { outDir, configDir: dirname(configFile), env: { SOURCE_DATE_EPOCH: '1700000000' } });
const ms = performance.now() - started;
// CPU time of every thread of the process (GC helpers too): steadier than wall time on a busy machine.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  JSON.stringify({
    ms,
    cpuMs,
    maxRssBytes: peakRssBytes(),
    // getrusage's figure, which on Linux also counts the parent's memory at fork (see peak-rss.mjs).
    resourceUsageMaxRssBytes: process.resourceUsage().maxRSS * 1024,
    ok: result.ok,
    written: result.written,
    events: result.events,
    labs: result.labs,
    problems: result.problems.length,
    firstProblems: result.problems.slice(0, 3).map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.message}`),
  }),
);
