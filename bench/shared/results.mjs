// bench/results.json: where a full run keeps its figures, with the machine, the browser and the date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const resultsFile = new URL('../results.json', import.meta.url);

/** The last run's report, read once: `--only` merges into it, the heap-only run re-measures its peers, a run compares with it. */
export function readLastRun() {
  return existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
}

/**
 * Writes this run's figures (over `previous`, the last run's, for `--only`) with the machine and the
 * browser: `browser` is undefined when only Node benchmarks ran (`--only feeds`), and the browser the
 * merged figures came from is kept.
 */
export function writeResults(browser, results, previous, previousBrowser) {
  const report = {
    date: new Date().toISOString(),
    machine: { platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    browser: browser ? `Chromium ${browser.version()}` : previousBrowser,
    results: { ...previous, ...results },
  };
  writeFileSync(resultsFile, JSON.stringify(report, null, 2) + '\n');
  console.log('\nWrote bench/results.json');
}
