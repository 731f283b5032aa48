/// <reference types="vite/client" />
// Calendar peers: <govtech-event-calendar> side by side with FullCalendar 6 (the standard bundle,
// `fullcalendar`, dayGridMonth view) and @event-calendar/core 5 (DayGrid), both dev dependencies used only
// here. Each is fed the same data, in the same 1000×800 px container, in the same page, in turns.
//
// Data: the synthetic feed (examples/synthetic/generate.ts) with 100, 1,000 and 10,000 events, which
// bench/groups/calendar-peers.mjs serves from memory at /bench-feed/calendar-peers/<size>/ twice over:
//   • as a feed folder (index.json + events.json), for ours, read through the shared client as a page
//     would: downloaded and validated before any timing ("data available": the client's cache is warm);
//   • as occurrences.json: the same feed expanded once by our SDK in Node (client.events.list over the
//     whole feed, recurrences and exceptions applied), for the peers: id, title, start, end, allDay. The
//     page turns each into the peers' event input ({ id, title, start: Date, end: Date, allDay }) before
//     any timing, one array per peer. All-day events as UTC midnights of their dates.
// Why expanded: FullCalendar's standard bundle has no RRULE support (that is the separate @fullcalendar/
// rrule plugin, not part of it) and @event-calendar/core has no recurrence at all, so given the raw event
// list they would show different events. Every peer gets every
// occurrence of the whole feed, not just the month's: like ours, each picks the month out of all of it.
//
// Settings, the same where the libraries have them: month 2026-03 (then 2026-04), locale es, weeks from
// Monday, time zone UTC (ours: time-zone="UTC"; the peers: timeZone: 'UTC'). Events a day: ours shows 3
// and "+N más" (its default); FullCalendar the same (dayMaxEvents: 3); @event-calendar/core can only fit
// them to the cell height (dayMaxEvents: true). Heights: the peers fill the 800 px (height: '100%'), ours
// takes the height of its grid.
//
// Timed, each run on a fresh calendar:
//   month: from creating the calendar until the month grid with its events is in the DOM; +layout adds a
//          forced style recalculation and layout (the figure compared);
//   next:  on that calendar, settled, from "next month" (ours: its button clicked; peers: next()) until
//          April is rendered likewise.
// "Rendered", per library (checked by this file, not assumed):
//   ours:          Lit has no update pending, its feed query for the shown month has answered ("ready",
//                  aria-busy="false") and the title is the month's; waited for in microtasks, as the data
//                  is cached (waits for a task are counted and reported: should be 0);
//   FullCalendar:  render() / next() return with the grid and the events placed (it renders synchronously,
//                  measuring as it goes); checked: title and grid present;
//   EventCalendar: it renders in Svelte effects (microtasks), then hides what does not fit in a
//                  ResizeObserver callback, i.e. at the next frame; done when its eventAllUpdated callback
//                  (a timer it sets once its events are updated) has fired and the title is the month's.
// After each timed step the page waits two frames and a task and checks that the number of visible events
// and "+N" links has not changed since "done" (a later change would mean "done" came early; reported).
//
// Order: 3 warm-up rounds, then 10 timed rounds (1 and 5 for runs slower than SLOW_RUN_MS). In each round every size, and for
// each size the three libraries in turn, the first one rotating from round to round so that none always
// runs right after another's garbage. Median and min–max of the timed rounds.
//
// JS heap is not measured here but by bench/groups/calendar-peers.mjs (calendarPeerHeaps), in a fresh page
// (and browser context, so a renderer process of its own) per library and size, with this file built for
// production, through the `calendarPeersHeap` steps at the end.
import type { Calendar as EventCalendarApi, createCalendar as CreateEventCalendar } from '@event-calendar/core';
import type { Calendar as FullCalendarClass, EventInput } from 'fullcalendar';
import type { LocaleInput } from 'fullcalendar';
import type { clientFor as ClientFor } from '../../packages/widgets/src/base/client-registry.js';
import type { GovtechEventCalendar } from '../../packages/widgets/src/event-calendar.js';
import { rounds, SMOKE, type Timing } from './measure.js';

export const SIZES = [100, 1_000, 10_000] as const;
export type Size = (typeof SIZES)[number];
export type LibraryId = 'ours' | 'fullcalendar' | 'eventcalendar';

const MONTH = { year: 2026, month: 3 };
const NEXT = { year: 2026, month: 4 };
const WIDTH = 1000;
const HEIGHT = 800;
const { warmup: WARMUP, runs: RUNS } = rounds(3, 10);
/** The feed sizes timed in this page: the smallest alone in a smoke run. */
const sizes = SMOKE ? SIZES.slice(0, 1) : SIZES;
/**
 * A library and size whose first warm-up run (month + next) takes longer than this gets no more warm-up
 * runs: such a run already executes its code thousands of times (and the library has just run with the
 * smaller feeds), while two more would add some 17 s to `npm run bench` (EventCalendar, 10,000 events).
 */
const SLOW_RUN_MS = 2_000;
/** Timed runs of those slow ones: their spread is far smaller than the gaps they show (~10 s a run saved each). */
const SLOW_RUNS = 5;
/** The whole feed, for warming ours' cache. */
const EVERYTHING = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2100, 0, 1) };

const feedFolder = (size: Size) => `/bench-feed/calendar-peers/${size}/`;
const monthAttribute = ({ year, month }: typeof MONTH) => `${year}-${String(month).padStart(2, '0')}`;
const titleOf = ({ year, month }: typeof MONTH) =>
  new Intl.DateTimeFormat('es', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15)).toLowerCase();
const hasTitle = (element: Element | null | undefined, month: typeof MONTH) => !!element?.textContent?.toLowerCase().includes(titleOf(month));

/** Settles between timed steps: a frame painted, then a task. */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));

let taskWaits = 0;

/**
 * Waits until `done()`: in microtasks (and Lit's updateComplete when given), with a task now and then so
 * that something that needs one cannot hang the page; those waits are counted.
 */
async function until(done: () => boolean, el?: GovtechEventCalendar): Promise<void> {
  const deadline = performance.now() + 60_000;
  let spins = 0;
  while (!done()) {
    if (el?.isUpdatePending) {
      await el.updateComplete;
    } else if (++spins % 10_000 === 0) {
      taskWaits++;
      if (performance.now() > deadline) throw new Error('calendar peers: a calendar did not render in 60 s');
      await new Promise((resolve) => setTimeout(resolve));
    } else {
      await Promise.resolve();
    }
  }
}

/** What a rendered calendar shows, counted after the timing. */
interface Shown {
  /** Event elements visible (ours: a chip per event and day; the peers: one per event and week row). */
  events: number;
  /** "+N more" links. */
  more: number;
}

interface Mounted {
  /** Timed: "next month" until the next month is rendered. */
  next(): Promise<void>;
  /** An element inside the calendar whose box is read to force style and layout. */
  layoutProbe(): Element;
  shown(): Shown;
  /** Events the calendar holds (peers) or the feed holds (ours), to check that all got the same data. */
  loaded(): Promise<number>;
  destroy(): Promise<void>;
}

interface Library {
  readonly id: LibraryId;
  readonly name: string;
  /** Untimed: the library's code. */
  load(): Promise<void>;
  /** Untimed: the data in memory, ready to give to the calendar; returns the number of occurrences. */
  data(size: Size): Promise<number>;
  /** Timed: a new calendar for MONTH in `host`, resolved once rendered. */
  mount(host: HTMLElement, size: Size): Promise<Mounted>;
}

const visible = (elements: Iterable<Element>) => [...elements].filter((el) => el.checkVisibility({ visibilityProperty: true })).length;

interface PeerOccurrence {
  id: string;
  title: string;
  start: number;
  end: number;
  allDay: boolean;
}

async function peerInput(size: Size): Promise<EventInput[]> {
  const response = await fetch(`${feedFolder(size)}occurrences.json`);
  if (!response.ok) throw new Error(`calendar peers: ${response.status} for the occurrences of ${size} events`);
  const occurrences = (await response.json()) as PeerOccurrence[];
  return occurrences.map(({ id, title, start, end, allDay }) => ({ id, title, start: new Date(start), end: new Date(end), allDay }));
}

// ---------------------------------------------------------------------------------------------------------
// Ours

function ours(): Library {
  let clientFor: typeof ClientFor;
  const root = (el: GovtechEventCalendar) => el.shadowRoot!;
  // The feed state is private; a benchmark may look (the DOM alone cannot tell old data from new).
  const feedState = (el: GovtechEventCalendar) => (el as unknown as { feed: { state: string } }).feed.state;
  const rendered = (el: GovtechEventCalendar, month: typeof MONTH) =>
    !el.isUpdatePending &&
    feedState(el) === 'ready' &&
    root(el).querySelector('[aria-busy="false"] table.grid') !== null &&
    hasTitle(root(el).querySelector('.title'), month);
  return {
    id: 'ours',
    name: '<govtech-event-calendar>',
    async load() {
      await import('../../packages/widgets/src/event-calendar.js');
      ({ clientFor } = await import('../../packages/widgets/src/base/client-registry.js'));
    },
    async data(size) {
      // Downloaded, validated and cached; run again before every round so the cache never expires mid-run.
      return (await clientFor(feedFolder(size)).events.list(EVERYTHING)).items.length;
    },
    async mount(host, size) {
      const el = document.createElement('govtech-event-calendar');
      el.setAttribute('src', feedFolder(size));
      el.setAttribute('date', monthAttribute(MONTH));
      el.setAttribute('locale', 'es');
      el.setAttribute('first-day', '1');
      el.setAttribute('time-zone', 'UTC');
      el.setAttribute('view', 'month');
      host.append(el);
      await until(() => rendered(el, MONTH), el);
      return {
        async next() {
          root(el).querySelectorAll<HTMLButtonElement>('.nav button')[2]!.click();
          await until(() => rendered(el, NEXT), el);
        },
        layoutProbe: () => root(el).querySelector('table.grid')!,
        shown: () => ({ events: visible(root(el).querySelectorAll('.chip')), more: visible(root(el).querySelectorAll('.more')) }),
        loaded: async () => (await clientFor(feedFolder(size)).events.list(EVERYTHING)).items.length,
        async destroy() {
          el.remove();
        },
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// FullCalendar

function fullCalendar(): Library {
  let Calendar: typeof FullCalendarClass;
  let es: LocaleInput;
  const inputs = new Map<Size, EventInput[]>();
  return {
    id: 'fullcalendar',
    name: 'FullCalendar',
    async load() {
      [{ Calendar }, { default: es }] = await Promise.all([import('fullcalendar'), import('@fullcalendar/core/locales/es')]);
    },
    async data(size) {
      inputs.set(size, await peerInput(size));
      return inputs.get(size)!.length;
    },
    async mount(host, size) {
      const calendar = new Calendar(host, {
        initialView: 'dayGridMonth',
        initialDate: `${monthAttribute(MONTH)}-01`,
        timeZone: 'UTC',
        locale: es,
        firstDay: 1,
        height: '100%',
        dayMaxEvents: 3,
        events: inputs.get(size)!,
      });
      const rendered = (month: typeof MONTH) => hasTitle(host.querySelector('.fc-toolbar-title'), month) && host.querySelector('.fc-daygrid-body') !== null;
      calendar.render(); // synchronous: it returns with the grid laid out and the events placed
      await until(() => rendered(MONTH));
      return {
        async next() {
          calendar.next();
          await until(() => rendered(NEXT));
        },
        layoutProbe: () => host.querySelector('.fc-daygrid-body')!,
        shown: () => ({ events: visible(host.querySelectorAll('.fc-daygrid-event')), more: visible(host.querySelectorAll('.fc-daygrid-more-link')) }),
        loaded: async () => calendar.getEvents().length,
        async destroy() {
          calendar.destroy();
        },
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// EventCalendar

function eventCalendar(): Library {
  let createCalendar: typeof CreateEventCalendar;
  let destroyCalendar: (calendar: EventCalendarApi) => Promise<void>;
  let plugins: object[];
  const inputs = new Map<Size, EventInput[]>();
  let style: HTMLStyleElement | undefined;
  return {
    id: 'eventcalendar',
    name: 'EventCalendar',
    async load() {
      const [core, css] = await Promise.all([import('@event-calendar/core'), import('@event-calendar/core/index.css?inline')]);
      ({ createCalendar, destroyCalendar } = core);
      plugins = [core.DayGrid];
      // Its stylesheet, which it needs for its grid: in the document, as a page would link it.
      style = document.createElement('style');
      style.dataset.calendarPeers = '';
      style.textContent = css.default;
      document.head.append(style);
    },
    async data(size) {
      inputs.set(size, await peerInput(size));
      return inputs.get(size)!.length;
    },
    async mount(host, size) {
      let updated: (() => void) | undefined;
      const allUpdated = () =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('calendar peers: EventCalendar did not call eventAllUpdated in 60 s')), 60_000);
          updated = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      const rendered = (month: typeof MONTH) => hasTitle(host.querySelector('.ec-title'), month) && host.querySelector('.ec-body') !== null;
      let done = allUpdated();
      const calendar = createCalendar(host, plugins, {
        view: 'dayGridMonth',
        date: `${monthAttribute(MONTH)}-01`,
        timeZone: 'UTC',
        locale: 'es',
        firstDay: 1,
        height: '100%',
        dayMaxEvents: true,
        events: inputs.get(size)! as EventCalendarApi.EventInput[],
        eventAllUpdated: () => updated?.(),
      });
      await done;
      await until(() => rendered(MONTH));
      return {
        async next() {
          done = allUpdated();
          calendar.next();
          await done;
          await until(() => rendered(NEXT));
        },
        layoutProbe: () => host.querySelector('.ec-body')!,
        shown: () => ({ events: visible(host.querySelectorAll('.ec-event')), more: visible(host.querySelectorAll('.ec-day-foot a')) }),
        loaded: async () => calendar.getEvents().length,
        async destroy() {
          await destroyCalendar(calendar);
        },
      };
    },
  };
}

export const LIBRARIES: readonly (() => Library)[] = [ours, fullCalendar, eventCalendar];

// ---------------------------------------------------------------------------------------------------------
// Timings

interface StepTiming {
  renderMs: number;
  layoutMs: number;
  shown: Shown;
}

function container(): HTMLElement {
  const host = document.createElement('div');
  host.style.cssText = `width: ${WIDTH}px; height: ${HEIGHT}px; position: relative;`;
  return host;
}

const sameShown = (a: Shown, b: Shown) => a.events === b.events && a.more === b.more;

/** One run: a fresh calendar for the month (timed), then its next month (timed); `check`: count what it holds. */
async function run(stage: HTMLElement, library: Library, size: Size, late: Map<LibraryId, number>, check: boolean) {
  const host = container();
  stage.append(host);
  await settle();
  const step = async (action: () => Promise<Mounted | void>, mounted?: Mounted) => {
    const start = performance.now();
    const result = (await action()) ?? mounted!;
    const renderEnd = performance.now();
    result.layoutProbe().getBoundingClientRect();
    const layoutEnd = performance.now();
    const shown = result.shown();
    await settle();
    if (!sameShown(shown, result.shown())) late.set(library.id, (late.get(library.id) ?? 0) + 1);
    return { mounted: result, timing: { renderMs: renderEnd - start, layoutMs: layoutEnd - start, shown } satisfies StepTiming };
  };
  const month = await step(() => library.mount(host, size));
  const next = await step(() => month.mounted.next(), month.mounted);
  const loaded = check ? await month.mounted.loaded() : undefined;
  await month.mounted.destroy();
  host.remove();
  return { month: month.timing, next: next.timing, loaded };
}

function summary(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, runs: sorted.length };
}

function summarize(steps: StepTiming[]) {
  const shown = new Set(steps.map(({ shown }) => `${shown.events}/${shown.more}`));
  if (shown.size !== 1) throw new Error(`calendar peers: what a calendar showed varied between runs: ${[...shown].join(', ')}`);
  return { renderMs: summary(steps.map((s) => s.renderMs)), layoutMs: summary(steps.map((s) => s.layoutMs)), shown: steps[0]!.shown };
}

export async function calendarPeersBenchmarks() {
  // A profiled run (`npm run bench -- --profile`) is about the calendar's own profile: skipped there.
  if (new URLSearchParams(location.search).has('profile')) return undefined;
  const benchStarted = performance.now();
  const libraries = LIBRARIES.map((make) => make());
  for (const library of libraries) await library.load();
  const stage = document.createElement('div');
  document.body.append(stage);
  const startTaskWaits = taskWaits;
  const late = new Map<LibraryId, number>();
  const occurrences = new Map<Size, number>();
  const times = new Map<string, { month: StepTiming[]; next: StepTiming[] }>();
  for (const size of sizes) {
    for (const library of libraries) {
      const count = await library.data(size);
      if (occurrences.has(size) && occurrences.get(size) !== count) {
        throw new Error(`calendar peers: ${library.name} got ${count} occurrences of the ${size}-event feed, ours ${occurrences.get(size)}`);
      }
      occurrences.set(size, count);
      times.set(`${library.id}:${size}`, { month: [], next: [] });
    }
  }
  const taskWaitsBefore = taskWaits;
  const warmups = new Map<string, number>();
  const slow = new Set<string>();
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const size of sizes) {
      // Untimed: keeps ours' cache fresh (a no-op while it is).
      await libraries[0]!.data(size);
      for (let turn = 0; turn < libraries.length; turn++) {
        const library = libraries[(round + turn) % libraries.length]!;
        const key = `${library.id}:${size}`;
        if (slow.has(key) && ((round > 0 && round < WARMUP) || round >= WARMUP + SLOW_RUNS)) continue;
        const started = performance.now();
        const { month, next, loaded } = await run(stage, library, size, late, round === 0);
        if (round === 0 && performance.now() - started > SLOW_RUN_MS) slow.add(key);
        if (loaded !== undefined && loaded !== occurrences.get(size)) {
          throw new Error(`calendar peers: ${library.name} holds ${loaded} of the ${occurrences.get(size)} occurrences it was given (${size} events)`);
        }
        if (round < WARMUP) {
          warmups.set(key, (warmups.get(key) ?? 0) + 1);
        } else {
          times.get(key)!.month.push(month);
          times.get(key)!.next.push(next);
        }
      }
    }
  }
  stage.remove();
  document.querySelectorAll('style[data-calendar-peers]').forEach((style) => style.remove());

  const ratio = (own: ReturnType<typeof summarize>, peer: ReturnType<typeof summarize>) => ({
    layout: own.layoutMs.median / peer.layoutMs.median,
    render: own.renderMs.median / peer.renderMs.median,
  });
  return {
    month: monthAttribute(MONTH),
    nextMonth: monthAttribute(NEXT),
    timeZone: 'UTC',
    locale: 'es',
    firstDay: 1,
    container: { width: WIDTH, height: HEIGHT },
    warmup: WARMUP,
    runs: RUNS,
    /** Warm-up runs per library and size: WARMUP, or 1 for those slower than SLOW_RUN_MS. */
    warmupRuns: Object.fromEntries(warmups),
    /** Timed runs of the libraries and sizes slower than SLOW_RUN_MS (the others: RUNS). */
    slowRuns: Object.fromEntries([...slow].map((key) => [key, SLOW_RUNS])),
    elapsedMs: performance.now() - benchStarted,
    libraries: libraries.map(({ id, name }) => ({ id, name })),
    sizes: sizes.map((size) => {
      const results = Object.fromEntries(
        libraries.map(({ id }) => {
          const { month, next } = times.get(`${id}:${size}`)!;
          return [id, { month: summarize(month), next: summarize(next) }];
        }),
      ) as Record<LibraryId, { month: ReturnType<typeof summarize>; next: ReturnType<typeof summarize> }>;
      return {
        events: size,
        occurrences: occurrences.get(size)!,
        results,
        /** Ours / peer, from the medians: above 1 means ours took longer. */
        ratios: Object.fromEntries(
          libraries
            .filter(({ id }) => id !== 'ours')
            .map(({ id }) => [id, { month: ratio(results.ours.month, results[id].month), next: ratio(results.ours.next, results[id].next) }]),
        ),
      };
    }),
    /** Runs where what a calendar showed changed after "done" (should be 0). */
    lateChanges: Object.fromEntries(libraries.map(({ id }) => [id, late.get(id) ?? 0])),
    /** Waits for a task in ours' timed renders (should be 0: the data is cached). */
    taskWaits: taskWaits - taskWaitsBefore,
    setupTaskWaits: taskWaitsBefore - startTaskWaits,
  };
}

// ---------------------------------------------------------------------------------------------------------
// JS heap: the steps bench/groups/calendar-peers.mjs takes in a fresh page, measuring (after a forced GC) between them.

let heapSubject: { library: Library; host: HTMLElement; mounted?: Mounted } | undefined;

/**
 * `load`: the library's code; `data`: the data in memory (ours: the feed downloaded, validated and cached by
 * the client; the peers: their event input arrays); `render`: the month rendered (and laid out) in a
 * 1000×800 px container. Returns what is shown once rendered.
 */
export async function calendarPeersHeap(step: 'load' | 'data' | 'render', id: LibraryId, size: Size): Promise<Shown & { occurrences?: number }> {
  if (step === 'load') {
    const library = LIBRARIES.map((make) => make()).find((candidate) => candidate.id === id);
    if (!library) throw new Error(`calendar peers: no library "${id}"`);
    heapSubject = { library, host: container() };
    document.body.append(heapSubject.host);
    await library.load();
    return { events: 0, more: 0 };
  }
  const subject = heapSubject;
  if (!subject || subject.library.id !== id) throw new Error(`calendar peers: "${step}" before "load" for ${id}`);
  if (step === 'data') return { events: 0, more: 0, occurrences: await subject.library.data(size) };
  subject.mounted = await subject.library.mount(subject.host, size);
  subject.mounted.layoutProbe().getBoundingClientRect();
  await settle();
  return subject.mounted.shown();
}
