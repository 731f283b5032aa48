// Directory: how <govtech-lab-directory> keeps up with typing over the synthetic 5,000-lab feed, served by
// bench/groups/directory.mjs at /bench-feed/labs/. The feed is downloaded, validated and indexed into the
// shared client by one untimed render first, so no timed run touches the network. Two measurements:
//
//   initial render: a fresh element, from its creation and connection until the first page of results
//                   is rendered (data for its query in, no update pending, no [aria-busy="true"], cards);
//   keystroke:      one character typed into the search field (input.value set, one `input` event
//                   dispatched), until the directory has rendered the results for the new text.
//
// "Rendered" is exact, not guessed from the DOM: many keystrokes leave the same labs ("intel" and
// "inteligen" both match 1,863), so a changed count or list cannot be what we wait for. We wait until
// the element's own query is the typed text, its feed query for that text has answered (state `ready`,
// the state the directory renders results from) and Lit has no update pending: the DOM is then the
// directory's final render for that text. Each sample is then checked against the SDK (count text, number
// of cards and the names on the first page) so a wrong render cannot pass as a fast one. Times are taken
// twice: when Lit has committed the DOM (render), and after a forced style recalculation and layout
// (+layout), the work the browser must do before it can paint that frame (the paint itself is not
// included). The directory's query needs a few tasks on cached data too (the SDK imports its labs module
// with import(), which Chromium resolves in a task even when loaded): waited for, and counted.
//
// Baseline (1.0×), measured in the same run on the same labs: a naive search, `Array.filter` with
// `toLowerCase().includes` of every word on each lab's fields (no index, no accent folding), sorted by name
// with an Intl.Collator, and the first page rendered into a plain <ul> with DOM APIs. No shadow DOM,
// styles, facets, highlighting or ARIA.
import type { GovLab } from '../../packages/sdk/src/schema.js';
import { clientFor } from '../../packages/widgets/src/base/client-registry.js';
import '../../packages/widgets/src/lab-directory.js';
import type { GovtechLabDirectory } from '../../packages/widgets/src/lab-directory.js';
import { rounds } from './measure.js';

const SRC = '/bench-feed/labs/';
const PAGE_SIZE = 24;
/** What a visitor might type, each from an empty field; every character is one sample. */
const QUERIES = ['lab', 'cusco', 'inteligencia artificial'] as const;
const INITIAL = rounds(3, 15);
const TYPING = rounds(1, 8);

interface Sample {
  /** Until the DOM is committed (Lit's update done) for the typed text. */
  renderMs: number;
  /** The same plus a forced style recalculation and layout. */
  layoutMs: number;
}

interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  min: number;
  samples: number;
}

/** The parts of the directory a benchmark may look at (private: the DOM alone cannot tell old results from new). */
interface DirectoryInternals {
  query: string;
  feed: { state: 'idle' | 'loading' | 'ready' | 'error' };
}
const internals = (el: GovtechLabDirectory) => el as unknown as DirectoryInternals;
const root = (el: GovtechLabDirectory) => el.shadowRoot!;
const cards = (scope: ParentNode) => scope.querySelectorAll('[part="results"] > [part="lab"]').length;

let taskWaits = 0;

/** Settles between samples: the previous frame is painted (a visitor types far slower than this). */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));

/** A task without setTimeout's clamping, for when the element's work needs one. */
const channel = new MessageChannel();
const nextTask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** The directory's final render for the text `query`: its query, its data for it, and nothing pending. */
function rendered(el: GovtechLabDirectory, query: string): boolean {
  const { query: current, feed } = internals(el);
  return current === query && feed.state === 'ready' && !el.isUpdatePending && !root(el).querySelector('[aria-busy="true"]');
}

/**
 * Waits until the directory has rendered `query`: Lit's updates are awaited, and otherwise it spins on
 * microtasks (most of the work on cached data needs no more), taking a task after every 100 spins for
 * what does need one (a dynamic import). Tasks waited for are counted and reported.
 */
async function untilRendered(el: GovtechLabDirectory, query: string): Promise<void> {
  let spins = 0;
  while (!rendered(el, query)) {
    if (el.isUpdatePending) {
      await el.updateComplete;
    } else if (++spins % 100 === 0) {
      taskWaits++;
      await nextTask();
    } else {
      await Promise.resolve();
    }
  }
}

function directoryElement(): GovtechLabDirectory {
  const el = document.createElement('govtech-lab-directory');
  el.setAttribute('src', SRC);
  el.setAttribute('locale', 'es');
  el.setAttribute('page-size', String(PAGE_SIZE));
  return el;
}

/** Digits of the count text ("Mostrando 24 de 1.863 laboratorios" → [24, 1863]), separators dropped. */
const countNumbers = (text: string) => (text.replace(/(\d)[.,\u00a0\u202f ](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).map(Number);

/** Throws unless the count text and the cards say what the SDK says for `query` (and, given, the names on the first page). */
function check(scope: ParentNode, query: string, total: number, where: string, firstPage?: readonly string[]): void {
  const shown = Math.min(PAGE_SIZE, total);
  const countText = scope.querySelector('[part="count"]')?.textContent ?? '';
  const numbers = countNumbers(countText);
  const countOk = total === 0 ? numbers.length === 0 : numbers.at(-1) === total && (shown === total || numbers[0] === shown);
  if (!countOk || cards(scope) !== shown) {
    throw new Error(`${where}, "${query}": count "${countText.trim()}" and ${cards(scope)} cards, expected ${total} labs (${shown} shown)`);
  }
  if (firstPage) {
    const names = [...scope.querySelectorAll('[part="results"] > [part="lab"] h3')].map((name) => name.textContent?.trim());
    const wrong = names.findIndex((name, index) => name !== firstPage[index]);
    if (wrong !== -1) throw new Error(`${where}, "${query}": card ${wrong + 1} is "${names[wrong]}", expected "${firstPage[wrong]}"`);
  }
}

/** Typed one character at a time, as a browser reports typing: value set, then an `input` event. */
function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value.at(-1) ?? null }));
}

async function initialRender(stage: HTMLElement, { total, firstPage }: Expected): Promise<Sample> {
  const start = performance.now();
  const el = directoryElement();
  stage.append(el);
  await untilRendered(el, '');
  const renderEnd = performance.now();
  root(el).querySelector('[part="results"]')!.getBoundingClientRect(); // style + layout of the shadow tree
  const layoutEnd = performance.now();
  check(root(el), '', total, 'initial render', firstPage);
  el.remove();
  return { renderMs: renderEnd - start, layoutMs: layoutEnd - start };
}

/** What the directory must show for a typed text: the SDK's number of matches and the first page's names. */
interface Expected {
  readonly total: number;
  readonly firstPage: readonly string[];
}

/** Samples of one visitor session, by typed text. */
type Session = Array<{ text: string; query: string; sample: Sample }>;

/** What a typing session does with its subject, the directory or the baseline. */
interface Typist {
  /** Puts `text` in the search field; the results for it are rendered when this returns (or its promise settles). */
  type(text: string): Promise<void> | void;
  /** Forces style and layout of the results. */
  layout(): void;
  /** Checks the rendered results for `text` (untimed). */
  check(text: string): void;
  /** Empties the field after each query (untimed). */
  clear?(): Promise<void>;
}

/**
 * One visitor session: every query typed a character at a time, each keystroke timed the same way for the
 * directory and the baseline (from the keystroke until rendered, and until laid out).
 */
async function typeQueries(typist: Typist): Promise<Session> {
  const samples: Session = [];
  for (const query of QUERIES) {
    for (let length = 1; length <= query.length; length++) {
      const text = query.slice(0, length);
      await settle();
      const start = performance.now();
      const rendering = typist.type(text);
      if (rendering) await rendering;
      const renderEnd = performance.now();
      typist.layout();
      const layoutEnd = performance.now();
      typist.check(text);
      samples.push({ text, query, sample: { renderMs: renderEnd - start, layoutMs: layoutEnd - start } });
    }
    if (typist.clear) await typist.clear();
  }
  return samples;
}

/** A session on one directory, the field cleared between queries. */
async function directoryTyping(stage: HTMLElement, expected: Map<string, Expected>): Promise<Session> {
  const el = directoryElement();
  stage.append(el);
  await untilRendered(el, '');
  const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  const samples = await typeQueries({
    type: (text) => {
      type(input, text);
      return untilRendered(el, text);
    },
    layout: () => root(el).querySelector('[part="results"]')?.getBoundingClientRect(),
    check: (text) => {
      const { total, firstPage } = expected.get(text)!;
      check(root(el), text, total, 'directory', firstPage);
    },
    clear: () => {
      type(input, '');
      return untilRendered(el, '');
    },
  });
  el.remove();
  return samples;
}

// --- map view -------------------------------------------------------------------------------------------

/** Labs in the map view's list by region: the numbers in its regions' summaries ("Cusco (1.234)"), added. */
const regionTotal = (scope: ParentNode) =>
  [...scope.querySelectorAll('[part="regions"] summary')].reduce((sum, summary) => sum + (countNumbers(summary.textContent ?? '').at(-1) ?? 0), 0);

/**
 * The map view's list part (`tile-url="none"`: no tiles, no Leaflet; with tiles, the map's redraw follows
 * in its own task and is not timed): switching from the list to the map until the list by region is
 * rendered, and then each keystroke in the map view, timed as in the list.
 */
async function mapSession(stage: HTMLElement, expected: Map<string, Expected>): Promise<{ switches: Sample[]; session: Session }> {
  const el = directoryElement();
  el.setAttribute('tile-url', 'none');
  stage.append(el);
  await untilRendered(el, '');
  const switches: Sample[] = [];
  const regions = () => root(el).querySelector('[part="regions"]');
  for (let i = 0; i < 3; i++) {
    await settle();
    const start = performance.now();
    el.view = 'map';
    while (!regions() || el.isUpdatePending) await (el.isUpdatePending ? el.updateComplete : nextTask());
    const renderEnd = performance.now();
    regions()!.getBoundingClientRect();
    switches.push({ renderMs: renderEnd - start, layoutMs: performance.now() - start });
    const total = expected.get('')!.total;
    if (regionTotal(root(el)) !== total) throw new Error(`map view: ${regionTotal(root(el))} labs by region, expected ${total}`);
    el.view = 'list';
    await el.updateComplete;
  }
  el.view = 'map';
  await el.updateComplete;
  const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  const session = await typeQueries({
    type: (text) => {
      type(input, text);
      return untilRendered(el, text);
    },
    layout: () => regions()?.getBoundingClientRect(),
    check: (text) => {
      const { total } = expected.get(text)!;
      if (regionTotal(root(el)) !== total) throw new Error(`map view, "${text}": ${regionTotal(root(el))} labs by region, expected ${total}`);
    },
    clear: () => {
      type(input, '');
      return untilRendered(el, '');
    },
  });
  el.remove();
  return { switches, session };
}

// --- baseline -------------------------------------------------------------------------------------------

// Numbers in names as numbers ("ejemplo 2" before "ejemplo 10"), as the directory sorts.
const baselineCollator = new Intl.Collator('es', { numeric: true, sensitivity: 'base' });

/** Naive search: every word of the query in the lower-cased fields, recomputed for every lab on every keystroke. */
function naiveFilter(labs: readonly GovLab[], query: string): GovLab[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return labs.filter((lab) => {
    const text = [lab.name, lab.city, lab.region, lab.description, ...(lab.focusAreas ?? [])].join('\n').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

interface Baseline {
  readonly element: HTMLElement;
  readonly count: HTMLParagraphElement;
  readonly list: HTMLUListElement;
}

function baselineElement(): Baseline {
  const element = document.createElement('div');
  const input = document.createElement('input');
  input.type = 'search';
  const count = document.createElement('p');
  count.setAttribute('part', 'count');
  const list = document.createElement('ul');
  list.setAttribute('part', 'results');
  element.append(input, count, list);
  return { element, count, list };
}

/** Filter, sort by name, and the first page as plain list items: name, sector, place, topics, website. */
function renderBaseline({ count, list }: Baseline, labs: readonly GovLab[], query: string): void {
  const found = naiveFilter(labs, query).sort((a, b) => baselineCollator.compare(a.name, b.name));
  const shown = found.slice(0, PAGE_SIZE);
  count.textContent = found.length === 0 ? 'Ningún laboratorio coincide' : `Mostrando ${shown.length} de ${found.length} laboratorios`;
  const items = shown.map((lab) => {
    const item = document.createElement('li');
    item.setAttribute('part', 'lab');
    const name = document.createElement('h3');
    name.textContent = lab.name;
    const sector = document.createElement('p');
    sector.textContent = lab.sector;
    const place = document.createElement('p');
    place.textContent = [lab.city, lab.region, lab.country].filter(Boolean).join(', ');
    const topics = document.createElement('ul');
    for (const topic of lab.focusAreas ?? []) {
      const topicItem = document.createElement('li');
      topicItem.textContent = topic;
      topics.append(topicItem);
    }
    item.append(name, sector, place, topics);
    if (lab.website) {
      const link = document.createElement('a');
      link.href = lab.website;
      link.textContent = 'Sitio web';
      item.append(link);
    }
    return item;
  });
  list.replaceChildren(...items);
}

async function baselineInitial(stage: HTMLElement, labs: readonly GovLab[], total: number): Promise<Sample> {
  const start = performance.now();
  const baseline = baselineElement();
  renderBaseline(baseline, labs, '');
  stage.append(baseline.element);
  const renderEnd = performance.now();
  baseline.list.getBoundingClientRect();
  const layoutEnd = performance.now();
  check(baseline.element, '', total, 'baseline initial render');
  baseline.element.remove();
  return { renderMs: renderEnd - start, layoutMs: layoutEnd - start };
}

async function baselineTyping(stage: HTMLElement, labs: readonly GovLab[], naiveCounts: Map<string, number>): Promise<Session> {
  const baseline = baselineElement();
  renderBaseline(baseline, labs, '');
  stage.append(baseline.element);
  const input = baseline.element.querySelector('input')!;
  const samples = await typeQueries({
    type: (text) => {
      input.value = text;
      renderBaseline(baseline, labs, input.value);
    },
    layout: () => baseline.list.getBoundingClientRect(),
    check: (text) => check(baseline.element, text, naiveCounts.get(text)!, 'baseline'),
  });
  baseline.element.remove();
  return samples;
}

// --- statistics -----------------------------------------------------------------------------------------

/** Nearest-rank percentiles. */
function percentiles(times: readonly number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: rank(50), p95: rank(95), max: sorted.at(-1) ?? NaN, min: sorted[0] ?? NaN, samples: sorted.length };
}

const timings = (samples: readonly Sample[]) => ({
  renderMs: percentiles(samples.map((sample) => sample.renderMs)),
  layoutMs: percentiles(samples.map((sample) => sample.layoutMs)),
});

export async function directoryBenchmarks() {
  const stage = document.createElement('div');
  stage.style.width = '1100px';
  document.body.append(stage);

  // Data available: one full render (download, validate, index, networks), untimed.
  {
    const el = directoryElement();
    stage.append(el);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${SRC}: the directory did not load in 60 s`)), 60_000);
      const poll = () => {
        if (internals(el).feed.state === 'error') return reject(new Error(`${SRC}: the directory shows an error`));
        if (rendered(el, '') && cards(root(el)) > 0) return (clearTimeout(timer), resolve());
        setTimeout(poll, 10);
      };
      poll();
    });
    el.remove();
  }
  const client = clientFor(SRC);
  const { items: labs } = await client.labs.list();
  // What each typed text must show, from the SDK (the directory's own search) and from the naive baseline.
  const texts = ['', ...QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)))];
  // First pages by name, as the directory sorts them (a stable sort of the feed order, base sensitivity).
  const expected = new Map<string, Expected>();
  const naiveCounts = new Map<string, number>();
  for (const text of texts) {
    const { items } = await client.labs.list({ q: text });
    const firstPage = [...items].sort((a, b) => baselineCollator.compare(a.name, b.name)).slice(0, PAGE_SIZE);
    expected.set(text, { total: items.length, firstPage: firstPage.map((lab) => lab.name) });
    naiveCounts.set(text, naiveFilter(labs, text).length);
  }
  const startTaskWaits = taskWaits;

  // Round-robin, so drift (GC, thermal, other load) spreads over the element and the baseline alike.
  const initial = { directory: [] as Sample[], baseline: [] as Sample[] };
  for (let round = 0; round < INITIAL.warmup + INITIAL.runs; round++) {
    await settle();
    const directory = await initialRender(stage, expected.get('')!);
    await settle();
    const baseline = await baselineInitial(stage, labs, naiveCounts.get('')!);
    if (round >= INITIAL.warmup) {
      initial.directory.push(directory);
      initial.baseline.push(baseline);
    }
  }
  const typing = { directory: [] as Session, baseline: [] as Session };
  // `npm run bench -- --only directory --profile`: a CPU profile of the timed typing rounds.
  const profile = new URLSearchParams(location.search).has('profile') && new URLSearchParams(location.search).get('only') === 'directory';
  for (let round = 0; round < TYPING.warmup + TYPING.runs; round++) {
    if (profile && round === TYPING.warmup) console.profile('directory');
    await settle();
    const directory = await directoryTyping(stage, expected);
    await settle();
    const baseline = await baselineTyping(stage, labs, naiveCounts);
    if (round >= TYPING.warmup) {
      typing.directory.push(...directory);
      typing.baseline.push(...baseline);
    }
  }
  if (profile) console.profileEnd('directory');
  const map = { switches: [] as Sample[], session: [] as Session };
  for (let round = 0; round < TYPING.warmup + TYPING.runs; round++) {
    await settle();
    const { switches, session } = await mapSession(stage, expected);
    // The first switch of the first round loads the map view's code: a visitor's first switch, reported apart.
    if (round === 0) map.switches.push(...switches.slice(1));
    else map.switches.push(...switches);
    if (round >= TYPING.warmup) map.session.push(...session);
  }
  stage.remove();

  const initialTimings = { directory: timings(initial.directory), baseline: timings(initial.baseline) };
  const typingTimings = { directory: timings(typing.directory.map(({ sample }) => sample)), baseline: timings(typing.baseline.map(({ sample }) => sample)) };
  const byQuery = Object.fromEntries(
    QUERIES.map((query) => {
      const of = (session: Session) => timings(session.filter((entry) => entry.query === query).map(({ sample }) => sample));
      return [query, { directory: of(typing.directory), baseline: of(typing.baseline) }];
    }),
  );
  const ratio = (a: Percentiles, b: Percentiles) => ({ p50: a.p50 / b.p50, p95: a.p95 / b.p95, max: a.max / b.max });
  const differing = texts.filter((text) => expected.get(text)!.total !== naiveCounts.get(text));
  return {
    labs: labs.length,
    pageSize: PAGE_SIZE,
    locale: 'es',
    queries: QUERIES,
    /** Labs each typed text matches (the directory's search, i.e. the SDK's). */
    matches: Object.fromEntries([...expected].map(([text, { total }]) => [text, total])),
    baseline: {
      description:
        'naive search (Array.filter, every word in the lower-cased name/city/region/description/topics via includes; no index, ' +
        'no accent folding), sorted by name with Intl.Collator, first page of 24 as a plain <ul> built with DOM APIs; ' +
        'no shadow DOM, styles, facets, highlighting or ARIA',
      /** Typed texts where the naive search finds a different number of labs than the SDK's. */
      differingMatches: Object.fromEntries(differing.map((text) => [text, { sdk: expected.get(text)!.total, naive: naiveCounts.get(text) }])),
    },
    initial: {
      runs: INITIAL.runs,
      warmup: INITIAL.warmup,
      ...initialTimings,
      ratioToBaseline: ratio(initialTimings.directory.layoutMs, initialTimings.baseline.layoutMs),
      renderRatioToBaseline: ratio(initialTimings.directory.renderMs, initialTimings.baseline.renderMs),
    },
    keystroke: {
      runs: TYPING.runs,
      warmup: TYPING.warmup,
      keystrokesPerRun: texts.length - 1,
      ...typingTimings,
      ratioToBaseline: ratio(typingTimings.directory.layoutMs, typingTimings.baseline.layoutMs),
      renderRatioToBaseline: ratio(typingTimings.directory.renderMs, typingTimings.baseline.renderMs),
      /** The same, for the keystrokes of each query alone. */
      byQuery,
    },
    /** The map view's list part (list by region), without tiles: switching to it, and keystrokes in it. */
    map: {
      switch: timings(map.switches),
      keystroke: timings(map.session.map(({ sample }) => sample)),
    },
    taskWaits: taskWaits - startTaskWaits,
  };
}
