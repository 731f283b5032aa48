// Calendar: how long <govtech-event-calendar> takes to show a month once the data is available, i.e.
// the synthetic 10,000-event feed has already been downloaded and validated into the shared client
// (network excluded). Two feed layouts of the same events, both served by bench/groups/calendar.mjs:
// one events.json, and monthly shards. Compared with a plain DOM <table> of the same occurrences.
import type { EventOccurrence } from '../../packages/sdk/src/client.js';
import { clientFor } from '../../packages/widgets/src/base/client-registry.js';
import { gridRange, monthGrid } from '../../packages/widgets/src/event-calendar/calendar-model.js';
import '../../packages/widgets/src/event-calendar.js';
import type { GovtechEventCalendar } from '../../packages/widgets/src/event-calendar.js';
import { rounds, type Timing } from './measure.js';

const MONTH = { year: 2026, month: 3 };
const NEXT = { year: 2026, month: 4 };
const { warmup: WARMUP, runs: RUNS } = rounds(3, 15);
// The 10,000 events in one events.json (/bench-feed/single/, 9 MB) are over the SDK's per-file limits since
// issue 14 (docs/feeds.md, "Limits"): a widget shows its too-large error, so only the shards are timed.
const FEEDS = [{ id: 'monthly', name: 'monthly shards', src: '/bench-feed/monthly/' }] as const;

interface RenderTiming {
  /** Until the DOM is committed (Lit's update done, grid with chips). */
  renderMs: number;
  /** The same plus a forced style recalculation and layout of the result. */
  layoutMs: number;
  chips: number;
}

const monthAttribute = ({ year, month }: typeof MONTH) => `${year}-${String(month).padStart(2, '0')}`;
const root = (el: GovtechEventCalendar) => el.shadowRoot!;
/** The calendar's feed state is private; a benchmark may look (the DOM alone cannot tell old data from new). */
const feedState = (el: GovtechEventCalendar) => (el as unknown as { feed: { state: string } }).feed.state;
const chipCount = (scope: ParentNode) => scope.querySelectorAll('.chip').length;

let macrotaskWaits = 0;

/** Settles between runs: the previous run's frame is painted and its element gone. */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));

/** Month grid shown with the current query's data: no pending update, feed ready, not busy, chips present. */
function rendered(el: GovtechEventCalendar): boolean {
  return (
    !el.isUpdatePending &&
    feedState(el) === 'ready' &&
    root(el).querySelector('[aria-busy="false"] table.grid') !== null &&
    chipCount(root(el)) > 0
  );
}

/**
 * Waits (in microtasks: cached data needs no task) until the calendar has rendered. Falls back to a task
 * now and then so a query that did need the network cannot hang the page; such waits are counted and
 * reported, and should be 0.
 */
async function untilRendered(el: GovtechEventCalendar): Promise<void> {
  let spins = 0;
  while (!rendered(el)) {
    if (el.isUpdatePending) {
      await el.updateComplete;
    } else if (++spins % 10_000 === 0) {
      macrotaskWaits++;
      await new Promise((resolve) => setTimeout(resolve));
    } else {
      await Promise.resolve();
    }
  }
}

function calendarElement(src: string, date: typeof MONTH): GovtechEventCalendar {
  const el = document.createElement('govtech-event-calendar');
  el.setAttribute('src', src);
  el.setAttribute('date', monthAttribute(date));
  el.setAttribute('locale', 'es');
  el.setAttribute('first-day', '1');
  el.setAttribute('view', 'month');
  return el;
}

/** A fresh element for the month, from creation and connection to the grid rendered. */
async function renderMonth(stage: HTMLElement, src: string): Promise<RenderTiming> {
  const start = performance.now();
  const el = calendarElement(src, MONTH);
  stage.append(el);
  await untilRendered(el);
  const renderEnd = performance.now();
  el.getBoundingClientRect();
  root(el).querySelector('table')!.getBoundingClientRect(); // style + layout of the shadow tree
  const layoutEnd = performance.now();
  const chips = chipCount(root(el));
  el.remove();
  return { renderMs: renderEnd - start, layoutMs: layoutEnd - start, chips };
}

const navButton = (el: GovtechEventCalendar, which: 'previous' | 'next') =>
  root(el).querySelectorAll<HTMLButtonElement>('.nav button')[which === 'previous' ? 0 : 2]!;

/** "Next month" clicked on a calendar already showing the month, until the next month has rendered. */
async function nextMonth(stage: HTMLElement, src: string): Promise<RenderTiming> {
  const el = calendarElement(src, MONTH);
  stage.append(el);
  await untilRendered(el);
  el.getBoundingClientRect();
  await settle();
  const start = performance.now();
  navButton(el, 'next').click();
  await untilRendered(el);
  const renderEnd = performance.now();
  root(el).querySelector('table')!.getBoundingClientRect();
  const layoutEnd = performance.now();
  const title = root(el).querySelector('.title')!.textContent;
  if (!title?.includes('abril')) throw new Error(`next month shows "${title}", expected April`);
  const chips = chipCount(root(el));
  el.remove();
  return { renderMs: renderEnd - start, layoutMs: layoutEnd - start, chips };
}

/**
 * The baseline: the same occurrences as a plain <table> built with DOM APIs: a Monday-first six-week grid
 * in the browser's zone, each occurrence on the days its [start, end) overlaps, up to 3 chips a day
 * (button with time and title) and "+N más". No shadow DOM, no styles, no accessibility labels.
 */
function baselineTable(occurrences: readonly EventOccurrence[], { year, month }: typeof MONTH): HTMLTableElement {
  const lead = (new Date(year, month - 1, 1).getDay() + 6) % 7;
  const days = Array.from({ length: 42 }, (_, index) => ({
    date: new Date(year, month - 1, 1 - lead + index),
    start: new Date(year, month - 1, 1 - lead + index).getTime(),
    end: new Date(year, month - 1, 2 - lead + index).getTime(),
  }));
  const byDay = days.map((): EventOccurrence[] => []);
  for (const occurrence of occurrences) {
    const start = occurrence.start.getTime();
    const end = occurrence.end.getTime();
    days.forEach((day, index) => {
      if (start < day.end && (end > day.start || start >= day.start)) byDay[index]!.push(occurrence);
    });
  }
  const time = new Intl.DateTimeFormat('es', { hour: '2-digit', minute: '2-digit' });
  const weekday = new Intl.DateTimeFormat('es', { weekday: 'short' });
  const table = document.createElement('table');
  const headRow = table.createTHead().insertRow();
  for (const day of days.slice(0, 7)) {
    const th = document.createElement('th');
    th.textContent = weekday.format(day.date);
    headRow.append(th);
  }
  const body = table.createTBody();
  let row: HTMLTableRowElement | undefined;
  days.forEach((day, index) => {
    if (index % 7 === 0) row = body.insertRow();
    const cell = row!.insertCell();
    const number = document.createElement('span');
    number.textContent = String(day.date.getDate());
    const list = document.createElement('ul');
    const events = byDay[index]!;
    for (const occurrence of events.slice(0, 3)) {
      const button = document.createElement('button');
      button.className = 'chip';
      if (!occurrence.event.allDay) {
        const at = document.createElement('span');
        at.textContent = time.format(occurrence.start);
        button.append(at, ' ');
      }
      button.append(occurrence.event.title);
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    if (events.length > 3) {
      const more = document.createElement('button');
      more.textContent = `+${events.length - 3} más`;
      const item = document.createElement('li');
      item.append(more);
      list.append(item);
    }
    cell.append(number, list);
  });
  return table;
}

function renderBaseline(stage: HTMLElement, occurrences: readonly EventOccurrence[], month: typeof MONTH): RenderTiming {
  const start = performance.now();
  const table = baselineTable(occurrences, month);
  stage.append(table);
  const renderEnd = performance.now();
  table.getBoundingClientRect();
  const layoutEnd = performance.now();
  const chips = chipCount(table);
  table.remove();
  return { renderMs: renderEnd - start, layoutMs: layoutEnd - start, chips };
}

function summary(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, runs: sorted.length };
}

function summarize(runs: RenderTiming[]) {
  const chips = new Set(runs.map((run) => run.chips));
  if (chips.size !== 1) throw new Error(`chip count varied between runs: ${[...chips].join(', ')}`);
  return { renderMs: summary(runs.map((run) => run.renderMs)), layoutMs: summary(runs.map((run) => run.layoutMs)), chips: runs[0]!.chips };
}

/** The grid's instants, as the calendar computes them for its query. */
function gridQueryRange(month: typeof MONTH) {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return gridRange(monthGrid(month, { firstDay: 1, timeZone, now: Date.now() }));
}

export async function calendarBenchmarks() {
  const stage = document.createElement('div');
  stage.style.width = '1100px';
  document.body.append(stage);
  const everything = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2100, 0, 1) };

  // Data available: one full render per feed (download, validate, index), then every file of the feed
  // read into the shared client's cache, so no timed run touches the network.
  for (const feed of FEEDS) {
    const el = calendarElement(feed.src, MONTH);
    stage.append(el);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${feed.src}: the calendar did not load in 60 s`)), 60_000);
      const poll = () => (rendered(el) ? (clearTimeout(timer), resolve()) : setTimeout(poll, 10));
      poll();
    });
    el.remove();
    await clientFor(feed.src).events.list(everything);
  }
  const startMacrotaskWaits = macrotaskWaits;

  const occurrencesOf = async (month: typeof MONTH) => (await clientFor(FEEDS[0].src).events.list(gridQueryRange(month))).items;
  const baselineInput = { month: await occurrencesOf(MONTH), next: await occurrencesOf(NEXT) };

  const tasks = {
    baselineMonth: async () => renderBaseline(stage, baselineInput.month, MONTH),
    baselineNext: async () => renderBaseline(stage, baselineInput.next, NEXT),
    ...Object.fromEntries(
      FEEDS.flatMap((feed) => [
        [`${feed.id}:month`, () => renderMonth(stage, feed.src)],
        [`${feed.id}:next`, () => nextMonth(stage, feed.src)],
        [
          `${feed.id}:query`,
          async () => {
            const start = performance.now();
            const { items } = await clientFor(feed.src).events.list(gridQueryRange(MONTH));
            return { renderMs: performance.now() - start, layoutMs: NaN, chips: items.length };
          },
        ],
      ]),
    ),
  } as Record<string, () => Promise<RenderTiming>>;

  // Round-robin, so drift (GC, thermal, other load) spreads over every benchmark alike.
  const times = new Map<string, RenderTiming[]>(Object.keys(tasks).map((name) => [name, []]));
  // `npm run bench -- --profile` records a CPU profile of the timed rounds (bench/shared/profile.mjs collects it).
  const profile = new URLSearchParams(location.search).has('profile');
  for (let round = 0; round < WARMUP + RUNS; round++) {
    if (profile && round === WARMUP) console.profile('calendar');
    for (const [name, task] of Object.entries(tasks)) {
      await settle();
      const timing = await task();
      if (round >= WARMUP) times.get(name)!.push(timing);
    }
  }
  if (profile) console.profileEnd('calendar');
  stage.remove();

  const baseline = {
    description:
      'the same occurrences (from the SDK, not timed) as a plain <table> built with DOM APIs: Monday-first 6-week grid, ' +
      'up to 3 chips (button: time + title) a day and "+N más"; no shadow DOM, styles or ARIA',
    month: summarize(times.get('baselineMonth')!),
    nextMonth: summarize(times.get('baselineNext')!),
  };
  const against = (timing: ReturnType<typeof summarize>, base: ReturnType<typeof summarize>) => ({
    ...timing,
    ratioToBaseline: timing.layoutMs.median / base.layoutMs.median,
    renderRatioToBaseline: timing.renderMs.median / base.renderMs.median,
  });
  return {
    month: monthAttribute(MONTH),
    nextMonth: monthAttribute(NEXT),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    runs: RUNS,
    warmup: WARMUP,
    baseline,
    feeds: FEEDS.map((feed) => {
      const query = times.get(`${feed.id}:query`)!;
      return {
        ...feed,
        query: { ms: summary(query.map((run) => run.renderMs)), occurrences: query[0]!.chips },
        month: against(summarize(times.get(`${feed.id}:month`)!), baseline.month),
        nextMonth: against(summarize(times.get(`${feed.id}:next`)!), baseline.nextMonth),
      };
    }),
    macrotaskWaits: macrotaskWaits - startMacrotaskWaits,
  };
}
