// `page`: the benchmarks that run together in the benchmark page (bench/index.html, bench/browser/main.ts):
// SDK, calendar, directory and calendar against peers. The page times them; here: the page opened and its
// figures handed to each group for the sizes of its feeds (known only here), its heaps and its table.
import { addCalendarPeerHeaps } from './calendar-peers.mjs';
import { addCalendarFeedSizes, printCalendar } from './calendar.mjs';
import { addDirectoryFeedSize, printDirectory } from './directory.mjs';
import { printSdk } from './sdk.mjs';

export async function pageBenchmarks(bench, page, { directoryOnly = false } = {}) {
  const { origin, feeds, smoke, profiling } = bench;
  const query = new URLSearchParams([...(profiling ? [['profile', '']] : smoke ? [['smoke', '']] : []), ...(directoryOnly ? [['only', 'directory']] : [])]);
  await page.goto(`${origin}/bench/index.html${query.size ? `?${query}` : ''}`);
  await page.waitForFunction(() => window.benchResults || window.benchError, undefined, { timeout: 300_000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const results = await page.evaluate(() => window.benchResults);

  if (results.sdk) printSdk(results.sdk);
  if (results.calendar) {
    addCalendarFeedSizes(results.calendar, feeds);
    printCalendar(results.calendar);
  }
  addDirectoryFeedSize(results.directory, feeds);
  printDirectory(results.directory);
  if (results.calendarPeers) await addCalendarPeerHeaps(bench, results.calendarPeers);
  return results;
}
