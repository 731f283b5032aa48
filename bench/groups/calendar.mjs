// Calendar: <govtech-event-calendar>'s month grid from the synthetic 10,000-event feed, timed in the
// benchmark page (bench/browser/calendar.ts) against a plain <table>; here: its two feed folders and its table.
import { feedFolderSize } from '../shared/server.mjs';
import { mb, ms } from '../shared/format.mjs';

/**
 * The synthetic 10,000-event feed as two feed folders, generated once per run with the SDK's own code:
 *   /bench-feed/single/   index.json + events.json (every event in one file)
 *   /bench-feed/monthly/  index.json + events-YYYY-MM.json (one shard per UTC month, as a publisher would
 *                         shard it: each event in every month its occurrences overlap)
 */
export async function writeCalendarFeeds(server, feeds) {
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
  feeds.set('/single/index.json', JSON.stringify(manifest({ url: 'events.json' })));
  feeds.set('/single/events.json', JSON.stringify(feed));

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
      feeds.set(`/monthly/${url}`, JSON.stringify({ ...feed, events: byMonth.get(month) }));
      return { url, from: iso(month), to: iso(month + 1) };
    });
  feeds.set('/monthly/index.json', JSON.stringify(manifest({ shards })));
}

/** Each feed's data files, how many and their bytes, beside its timings. */
export function addCalendarFeedSizes(calendar, feeds) {
  for (const feed of calendar.feeds) Object.assign(feed, feedFolderSize(feeds, `/${feed.id}/`));
}

export function printCalendar(calendar) {
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
      `calendar, ${feed.name} (${feed.files} file${feed.files === 1 ? '' : 's'}, ${mb(feed.bytes)}): ` +
        `of which the SDK query on cached data (events.list of the ${calendar.month} grid, ${feed.query.occurrences} occurrences) ` +
        `takes ${ms(feed.query.ms.median)} (${spread(feed.query.ms)})`,
    );
  }
  if (calendar.macrotaskWaits) console.log(`! ${calendar.macrotaskWaits} wait(s) for a task during timed runs: some data was not cached`);
}
