import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { EventKindName, EventOccurrence, MissingFile } from '@govtech-network/sdk';
import { feedClient } from '../base/client-registry.js';
import { FeedController } from '../base/feed-controller.js';
import { formControlStyles } from '../base/form-control-styles.js';
import { GovtechElement, partialNote } from '../base/govtech-element.js';
import { printStyles } from '../base/print-styles.js';
import { parseList } from '../internal/list-attribute.js';
import { adoptLazyStyles } from '../internal/lazy-styles.js';
import {
  chosenOccurrences,
  dateKey,
  firstDayOfWeek,
  gridRange,
  groupByDay,
  dayRuns,
  inGridMonth,
  missingDays,
  monthGrid,
  moveDate,
  parseDateKey,
  parseMonthAttribute,
  shiftMonth,
  todayIn,
  type CalendarDate,
  type CalendarDay,
  type FilterChoice,
} from './calendar-model.js';
import { calendarStyles } from './event-calendar.styles.js';
import type { ColorBy, NetworkNames, Series } from './legend.js';
import { calendarStrings, type CalendarMessages } from './messages.js';
import type { CalendarTool, CalendarToolHost } from './tools.js';
import {
  agendaSkeletonTemplate,
  agendaTemplate,
  dayDate,
  headerTemplate,
  monthTemplate,
  type CalendarText,
  type MonthActions,
  type OpenEvent,
} from './templates.js';
import type * as Details from './details.js';
import type * as Filters from './filters.js';
import type * as Legend from './legend.js';
import type * as Print from './print.js';
import type * as Search from './search.js';
import type * as Share from './share.js';
import type * as SubscribeMenu from './subscribe-menu.js';
import type * as Upcoming from './upcoming.js';
import type { CalendarUrlState, CalendarView } from './url-state.js';
import type * as UrlState from './url-state.js';

type View = CalendarView;

/**
 * What not every calendar shows, loaded on first use so that it does not weigh on every page's first
 * download: the details dialog (on first opening; warmed when the browser is idle after the events are
 * shown, or when the pointer or focus reaches them), the filter form (`filters`: asked for on connecting,
 * the first frame waits for it), the legend (`color-by`), the upcoming list, the URL
 * state (`sync-url`), "Compartir", the print rules (loaded when the browser is idle after the events are
 * shown), and the tools (`search`, `subscribe`: see tools.ts).
 * The one way the calendar loads a part of itself: a module's `styles`, if it has any, are adopted once
 * when it arrives (`#load`).
 */
interface Features {
  details: typeof Details;
  filters: typeof Filters;
  legend: typeof Legend;
  upcoming: typeof Upcoming;
  url: typeof UrlState;
  share: typeof Share;
  print: typeof Print;
  search: typeof Search;
  subscribe: typeof SubscribeMenu;
}
const FEATURES: { [K in keyof Features]: () => Promise<Features[K]> } = {
  details: () => import('./details.js'),
  filters: () => import('./filters.js'),
  legend: () => import('./legend.js'),
  upcoming: () => import('./upcoming.js'),
  url: () => import('./url-state.js'),
  share: () => import('./share.js'),
  print: () => import('./print.js'),
  search: () => import('./search.js'),
  subscribe: () => import('./subscribe-menu.js'),
};

/** The features that are tools: a control in the tool bar, made once per calendar from the module. */
type ToolName = 'search' | 'subscribe';

const DAY_MS = 86_400_000;

/** Below this width (in CSS px) the calendar shows the list view by itself. */
const NARROW_WIDTH = 560;

/**
 * A network's events as a month grid or an agenda list, read from a GovTech feed.
 *
 * @element govtech-event-calendar
 * @fires {CustomEvent<EventSelectDetail>} govtech-event-select - The visitor opened an event; `detail` has the event and the occurrence.
 * @fires {CustomEvent<GovtechErrorDetail>} govtech-error - The feed could not be read; the calendar shows an error with Retry. With `partial: true`, a part could not (a month's shard, the stream link): the calendar shows the rest, marks the days concerned and adds a note with Retry.
 * @csspart header - Title and navigation bar.
 * @csspart title - The month title.
 * @csspart nav - Previous / today / next buttons.
 * @csspart grid - The month grid (a table).
 * @csspart day - A day cell.
 * @csspart event - An event in the grid or the list.
 * @csspart list - The agenda list.
 * @csspart filters - The filter form (with `filters`).
 * @csspart legend - The legend of the colours (with `color-by`), a group of toggle buttons that filter.
 * @csspart more-link - "Ver agenda completa" under the upcoming list (`view="upcoming"` with `more-href`).
 * @cssprop --govtech-color-series-1 - First colour of `color-by`: the kinds in the order meeting, panel, workshop, conference, webinar, other; the networks in the feed's order (a ninth takes the first again).
 * @cssprop --govtech-color-series-2 - Colour 2 of `color-by`.
 * @cssprop --govtech-color-series-3 - Colour 3 of `color-by`.
 * @cssprop --govtech-color-series-4 - Colour 4 of `color-by`.
 * @cssprop --govtech-color-series-5 - Colour 5 of `color-by`.
 * @cssprop --govtech-color-series-6 - Colour 6 of `color-by`.
 * @cssprop --govtech-color-series-7 - Colour 7 of `color-by`.
 * @cssprop --govtech-color-series-8 - Colour 8 of `color-by`.
 * @csspart dialog - The details dialog.
 * @csspart error - The error state (the feed could not be read), with Retry.
 * @csspart retry - The Retry button of the error state or of the partial note.
 * @csspart partial-note - The note when some days (a failed shard), one of several feeds or the stream link could not be loaded.
 */
export class GovtechEventCalendar extends GovtechElement {
  // The base's print rules (black on white, no buttons) from the start, as every widget has them; the
  // calendar's own (print.ts) come once its events are shown, when the browser is idle.
  static override styles = [...GovtechElement.styles, formControlStyles, calendarStyles, printStyles];
  static override strings = [...GovtechElement.strings, calendarStrings];

  static override properties: PropertyDeclarations = {
    view: {},
    date: {},
    firstDay: { attribute: 'first-day', type: Number },
    kinds: {},
    topics: {},
    country: {},
    network: {},
    filters: { type: Boolean },
    maxEventsPerDay: { attribute: 'max-events-per-day', type: Number },
    seo: { type: Boolean },
    search: { type: Boolean },
    subscribe: { type: Boolean },
    limit: { type: Number },
    days: { type: Number },
    moreHref: { attribute: 'more-href' },
    colorBy: { attribute: 'color-by' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    upcomingFrom: { state: true },
    legendPressed: { state: true },
    searchText: { state: true },
    urlView: { state: true },
    shareStatus: { state: true },
    printing: { state: true },
    shownMonth: { state: true },
    focusedKey: { state: true },
    narrow: { state: true },
    choice: { state: true },
  };

  /** `month`, `list`, `upcoming` (the next events, a compact list), or absent to pick month or list by the calendar's own width. */
  view: View | undefined;
  /** The month shown first: `YYYY-MM` or `YYYY-MM-DD`; defaults to the current month. */
  date: string | undefined;
  /** First day of the week, 1 (Monday) to 7 (Sunday); defaults to the locale's. */
  firstDay: number | undefined;
  /** Comma-separated event kinds to show, e.g. `panel,webinar`. */
  kinds: string | undefined;
  /** Comma-separated topics to show. */
  topics: string | undefined;
  /** ISO country code of the events' location. */
  country: string | undefined;
  /** Network id. */
  network: string | undefined;
  /** Shows a filter form (kind and topic) above the calendar. */
  filters = false;
  /** Events listed per day in the grid before "+N more". */
  maxEventsPerDay = 3;
  /** Writes schema.org Event JSON-LD for the events shown into the light DOM, for search engines. */
  seo = false;
  /** Shows a search box over every event of the feed; its code loads only then. */
  search = false;
  /** Shows a "Suscribirse" menu for calendar apps, from the feed's .ics (the network's when narrowed to one); its code loads only then. */
  subscribe = false;
  /** `view="upcoming"`: how many events it lists. */
  limit = 5;
  /** `view="upcoming"`: how many days ahead it looks. */
  days = 365;
  /** `view="upcoming"`: the page of the full agenda, linked as "Ver agenda completa" (http(s) only). */
  moreHref: string | undefined;
  /** `kind` or `network`: a colour per event kind or per network, with a legend that also filters. */
  colorBy: ColorBy | undefined;
  /** Keeps the month, view, filters, legend, search and open event in the page URL (`cal-` parameters). */
  syncUrl = false;

  /** `view="upcoming"`: the instant its list was read from (moved on when a listed event ends). */
  private upcomingFrom: number | undefined;
  /** The legend's pressed entries (kinds or network ids): only their events show; none pressed, all. */
  private legendPressed: string[] = [];
  /** The search text (`cal-q` with `sync-url`), for the search box. */
  private searchText = '';
  /** The view a shared link asks for (`cal-view`), over the `view` attribute. */
  private urlView: View | undefined;
  /** Between `beforeprint` and `afterprint`: every event of a day is drawn ("+N more" cannot be opened on paper). */
  private printing = false;
  /** "Enlace copiado": what sharing the open event did, said politely in its details. */
  private shareStatus = '';
  /** The occurrence (key) a shared link opens once its month is loaded. */
  #eventToOpen: string | undefined;
  /** The month a shared link asks for (`cal-month`), taken by the next update over `date`. */
  #monthFromUrl: CalendarDate | undefined;
  /** With `sync-url`, once its code has loaded: the calendar's state in the page URL. */
  #urlSync: UrlState.UrlSync | undefined;
  /** The upcoming occurrences shown, whose ends the ticker waits for. */
  #upcomingShown: EventOccurrence[] = [];
  /** Cancels the wait for the next upcoming event's end. */
  #stopUpcomingWait: (() => void) | undefined;
  #upcomingWaitAt: number | undefined;
  /** The upcoming list shown, kept while it is read again (no skeleton each time an event ends). */
  #heldUpcoming: EventOccurrence[] | undefined;
  /** The features loaded (FEATURES), and those asked for. */
  #features: Partial<Features> = {};
  #asked = new Set<keyof Features>();
  /** With `sync-url`, until the URL's state is applied: the first query waits for it (no month read in vain). */
  #urlApplied: Promise<void> | undefined;

  private shownMonth: CalendarDate | undefined;
  private focusedKey: string | undefined;
  private narrow = false;
  private choice: FilterChoice = { kind: '', topic: '' };
  /** The details dialog's state, once its code has loaded (features.details). */
  #details: Details.DetailsDialog | undefined;
  /** The details' code and the print rules are asked for when the browser is idle after the events are shown (once). */
  #idleWarm = false;
  /** The tools made from their loaded modules, by attribute. */
  readonly #tools = new Map<ToolName, CalendarTool>();

  // Deferred a frame: switching views changes the height, which would re-trigger the observer at once.
  #resize = new ResizeObserver(([entry]) => {
    const narrow = !!entry && entry.contentRect.width < NARROW_WIDTH;
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });
  #focusAfterRender = false;
  #grid: CalendarDay[][] = [];

  private feed = new FeedController(
    this,
    async (client, signal) => {
      if (this.#urlApplied) {
        await this.#urlApplied;
        // The state applied from the URL reruns the query (aborting this run) when it changes the range.
        await this.updateComplete;
        signal.throwIfAborted();
      }
      const { from, to } = this.#range();
      const [events, networks, { title }] = await Promise.all([
        client.events.list({
          from,
          to,
          kinds: parseList(this.kinds) as EventKindName[],
          topics: parseList(this.topics),
          country: this.country,
          network: this.network,
          signal,
        }),
        // The manifest (read for the events anyway) names the legend's colours, and the feed on paper.
        this.colorBy === 'network' ? client.networks.list({ signal }).then(({ items }) => items) : [],
        client.networks.calendars({ signal }),
      ]);
      return { ...events, networks: networks as NetworkNames, title };
    },
    () => [this.shownMonth?.year, this.shownMonth?.month, this.displayTimeZone, this.firstDayNumber, this.kinds, this.topics, this.country, this.network, ...this.#upcomingArgs(), this.colorBy === 'network'],
    feedClient,
  );

  /** The instants the query reads: the month's grid, or the upcoming list's days ahead. */
  #range(): { from: number; to: number } {
    if (this.effectiveView !== 'upcoming') return gridRange(this.#grid);
    const from = this.upcomingFrom ?? this.currentTime();
    return { from, to: from + this.#daysAhead * DAY_MS };
  }

  /** `days`, or its default when it is not a positive number. */
  get #daysAhead(): number {
    return this.days > 0 ? this.days : 365;
  }

  #upcomingArgs(): unknown[] {
    return this.effectiveView === 'upcoming' ? ['upcoming', this.upcomingFrom, this.#daysAhead] : [];
  }

  private get firstDayNumber(): number {
    const day = this.firstDay;
    if (day !== undefined && day >= 0 && day <= 7) return day === 0 ? 7 : day;
    return firstDayOfWeek(this.intlLocale);
  }

  private get m(): CalendarMessages {
    return calendarStrings.in(this.language);
  }

  private get effectiveView(): View {
    const view = this.urlView ?? this.view;
    return view === 'month' || view === 'list' || view === 'upcoming' ? view : this.narrow ? 'list' : 'month';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeWidth();
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    if (this.syncUrl) {
      this.#urlApplied = this.#load('url').then((url) => {
        this.#urlApplied = undefined;
        if (this.isConnected) (this.#urlSync ??= new url.UrlSync({ state: () => this.#urlState(), apply: (state) => this.#applyUrlState(state) })).start();
      });
    }
  }

  /**
   * With `filters`, the first frame waits for the form's code, asked for here as the calendar connects
   * (the feed's first request is on its way meanwhile: FeedController.hostConnected), as a frame in another
   * language waits for its strings: the form is drawn with the skeleton, so nothing moves when it comes.
   * If it cannot load, the calendar shows without it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.filters) return super.scheduleUpdate();
    // Another language's strings, which the base waits for too, are asked for at the same time, not after.
    void calendarStrings.loaded(this.language);
    return this.#load('filters')
      .catch((error: unknown) => this.reportError(error))
      .then(() => super.scheduleUpdate());
  }

  protected override firstUpdated(): void {
    this.#observeWidth();
  }

  /** A feature's module once loaded, else undefined (loading it, then rendering again). */
  #feature<K extends keyof Features>(name: K): Features[K] | undefined {
    if (!this.#asked.has(name)) void this.#load(name).catch((error: unknown) => this.reportError(error));
    return this.#features[name];
  }

  async #load<K extends keyof Features>(name: K): Promise<Features[K]> {
    this.#asked.add(name);
    const module = await FEATURES[name]();
    if (!this.#features[name]) {
      this.#features[name] = module;
      if ('styles' in module) adoptLazyStyles(this.renderRoot as ShadowRoot, module.styles);
      this.requestUpdate();
    }
    return module;
  }

  /**
   * The width is read on the rendered `.root` (once rendered: on first update, and when re-inserted), a
   * block even where a page reset makes the host inline, which has no width to observe.
   */
  #observeWidth(): void {
    const root = this.renderRoot.querySelector('.root');
    if (root) this.#resize.observe(root);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#structuredDataScript()?.remove();
    this.#urlSync?.stop();
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#stopUpcomingWait?.();
    this.#stopUpcomingWait = this.#upcomingWaitAt = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The legend's choice names kinds or networks: another `color-by` starts it afresh.
    if (changed.has('colorBy') && this.hasUpdated) this.legendPressed = [];
    if (this.effectiveView === 'upcoming') this.upcomingFrom ??= this.currentTime();
    else this.#heldUpcoming = undefined;
    if (!this.shownMonth || changed.has('date') || this.#monthFromUrl) {
      const start = this.#monthFromUrl ?? parseMonthAttribute(this.date) ?? todayIn(this.displayTimeZone, this.currentTime());
      this.#monthFromUrl = undefined;
      this.shownMonth = { year: start.year, month: start.month, day: 1 };
      this.focusedKey = dateKey(start);
    }
    this.#grid = monthGrid(this.shownMonth, {
      firstDay: this.firstDayNumber,
      timeZone: this.displayTimeZone,
      now: this.currentTime(),
    });
  }

  protected override updated(): void {
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
    void this.#writeStructuredData().catch((error: unknown) => this.reportError(error));
    this.#waitForUpcomingChange();
    if (this.syncUrl && !this.#urlApplied && this.isConnected) this.#urlSync?.write();
    // After this update (opening the dialog updates again).
    if (this.#eventToOpen) queueMicrotask(() => this.#openEventFromUrl());
    this.#warmWhenIdle();
  }

  /**
   * Once the events are shown, what the calendar does not need to show them is loaded when the browser is
   * idle: the details' code (a first opening is then instant) and the print rules (there before anyone
   * prints the events; a page printed before has the base's print rules).
   */
  #warmWhenIdle(): void {
    const feed = this.feed;
    if (this.#idleWarm || feed.state !== 'ready' || feed.pending) return;
    this.#idleWarm = true;
    const warm = () => {
      this.#warmDetails();
      this.#feature('print');
    };
    // A second at most: a page that is never idle (a background tab) gets them all the same.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
    else setTimeout(warm);
  }

  protected override renderContent(): TemplateResult {
    const feed = this.feed;
    const loading = feed.pending;
    const view = this.effectiveView;
    if (view === 'upcoming') return this.#renderUpcoming();
    return html`
      ${headerTemplate(this.#monthTitle(), this.m, this.#navigation, this.headingLevelAt())} ${this.#renderTools()}
      ${this.#renderFilters()}
      ${this.#renderLegend()}
      ${feed.state === 'error'
        ? this.renderError(() => void feed.run())
        : html`<div aria-busy=${loading ? 'true' : 'false'} @pointerover=${this.#warmDetails} @focusin=${this.#warmDetails}>
            ${this.#tool('search')?.replacement?.() ?? (view === 'month' ? this.#renderMonth(loading) : this.#renderList(loading))}
          </div>`}
      ${this.#printNote()}
      ${this.renderStaleNote(feed.stale)} ${partialNote(this.#missingText(), this.messages, () => void feed.run())}
      ${this.#renderDialog()}
    `;
  }

  /** The search box and the subscribe menu, with their attributes; each one's code loads on first use. */
  #renderTools(): TemplateResult | typeof nothing {
    const tools = [this.#tool('search'), this.#tool('subscribe')].filter(Boolean);
    return tools.length ? html`<div class="tools">${tools.map((tool) => tool!.control())}</div>` : nothing;
  }

  #tool(name: ToolName): CalendarTool | undefined {
    if (!this[name]) return undefined;
    let tool = this.#tools.get(name);
    if (!tool) {
      tool = this.#feature(name)?.createTool(this.#toolHost);
      if (tool) this.#tools.set(name, tool);
    }
    return tool;
  }

  readonly #toolHost: CalendarToolHost = {
    element: this,
    language: () => this.language,
    text: () => this.#text(),
    openEvent: (occurrence, opener) => this.#openEvent(occurrence, opener),
    headingLevel: () => this.headingLevelAt(1),
    chosen: (occurrences) => chosenOccurrences(occurrences, this.choice),
    displayZone: () => this.displayTimeZone,
    currentTime: () => this.currentTime(),
    searchText: () => this.searchText,
    searched: (text) => {
      this.searchText = text;
    },
  };

  /** The days of the grid whose events could not be loaded (a shard failed), once the feed answered. */
  #missingDays(): Set<string> {
    return missingDays(this.#grid.flat(), this.#missing().filter((file) => file.from));
  }

  /** What the feed could not read, once it answered; a file without a range is one of several feeds in `src`. */
  #missing(): readonly MissingFile[] {
    const feed = this.feed;
    return feed.state === 'ready' && !feed.pending ? feed.missing : [];
  }

  /** The partial note: which dates' events could not be loaded ("1–31 de diciembre"), and whether a whole feed could not. */
  #missingText(): string | undefined {
    const runs = dayRuns(this.#grid.flat(), this.#missingDays());
    const format = () => this.dateFormat({ day: 'numeric', month: 'long', timeZone: 'UTC' });
    const days = runs.length ? this.m.daysMissing(runs.map(([first, last]) => format().formatRange(dayDate(first), dayDate(last))).join(', ')) : '';
    return [days, this.#missing().some((file) => !file.from) ? this.m.feedMissing : ''].filter(Boolean).join(' ') || undefined;
  }

  #renderMonth(loading: boolean): TemplateResult {
    const grid = this.#grid;
    const month = {
      grid,
      byDay: groupByDay(this.occurrences, grid.flat()),
      focusedKey: this.focusedKey,
      loading,
      maxEventsPerDay: this.printing ? 0 : this.maxEventsPerDay,
      empty: !this.occurrences.some((o) => inGridMonth(grid, o)),
      missing: this.#missingDays(),
    };
    return monthTemplate(month, this.#text(), this.#monthActions);
  }

  #renderList(loading: boolean): TemplateResult {
    if (loading) return this.renderLoading('', undefined, agendaSkeletonTemplate());
    const days = this.#grid.flat().filter((day) => day.inMonth);
    return agendaTemplate(days, groupByDay(this.occurrences, days), this.#text(), this.#openEvent, this.headingLevelAt(1));
  }

  /**
   * The dialog element is the calendar's from the first render (closed and empty); its content is the
   * details' code, loaded on first opening.
   */
  #renderDialog(): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this.#details?.closed()}>${this.#details?.render() ?? nothing}</dialog>`;
  }

  readonly #detailsHost: Details.DetailsHost = {
    element: this,
    text: () => ({ ...this.#text(), base: this.messages, language: this.language, locale: this.intlLocale, displayZone: this.displayTimeZone }),
    dayEvents: (day) => groupByDay(this.occurrences, [day]).get(day.key) ?? [],
    openEvent: (occurrence, opener) => this.#openEvent(occurrence, opener),
    currentTime: () => this.currentTime(),
    share: () => {
      const share = this.syncUrl && this.#feature('share');
      return share ? share.shareTemplate(this.shareStatus, this.language, () => void this.#share(share)) : nothing;
    },
    printNote: () => this.#printNote(),
  };

  /** The details dialog, its code loaded first if it has not been (errors reported, never thrown). */
  async #withDetails(use: (details: Details.DetailsDialog) => unknown): Promise<void> {
    try {
      const { DetailsDialog } = await this.#load('details');
      use((this.#details ??= new DetailsDialog(this.#detailsHost)));
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Loads the details' code ahead of a first opening (idle, or the pointer or focus on the events). */
  readonly #warmDetails = () => void this.#feature('details');

  /** Words and times for the templates, in the widget's language and zone. */
  #text(): CalendarText {
    return { m: this.m, format: (options) => this.dateFormat(options), time: (date) => this.#time(date), series: this.#legend && this.#series };
  }

  readonly #navigation = {
    previous: () => this.#changeMonth(-1),
    today: () => this.#goToday(),
    next: () => this.#changeMonth(1),
  };

  readonly #openEvent: OpenEvent = (occurrence, opener) => this.#openEventDetails(occurrence, opener);

  readonly #monthActions: MonthActions = {
    selectDay: (day) => {
      this.focusedKey = day.key;
      this.#openDay(day);
    },
    openDay: (day) => this.#openDay(day),
    openEvent: this.#openEvent,
    keydown: (e) => this.#onGridKey(e),
  };

  /** Occurrences of the loaded range that pass the in-widget filters. */
  private get occurrences(): EventOccurrence[] {
    return this.#chosen(this.feed.value?.items ?? []);
  }

  /** Those of `occurrences` that pass the filter form and the legend. */
  #chosen(occurrences: readonly EventOccurrence[]): EventOccurrence[] {
    const chosen = chosenOccurrences(occurrences, this.choice);
    return this.#legend?.legendChosen(chosen, this.legendPressed, this.#series) ?? chosen;
  }

  /** The legend's code, with `color-by`. */
  get #legend(): Features['legend'] | undefined {
    return this.colorBy === 'kind' || this.colorBy === 'network' ? this.#feature('legend') : undefined;
  }

  /** An occurrence's colour with `color-by` (legend.ts). */
  readonly #series = (occurrence: EventOccurrence): Series | undefined =>
    this.#legend?.seriesOf(occurrence, this.colorBy, this.m, this.feed.value?.networks ?? []);

  #renderLegend(): TemplateResult | typeof nothing {
    const legend = this.#legend;
    const colorBy = this.colorBy as ColorBy;
    // Kept while another month loads (entries of the month before), so the page does not shift.
    if (!legend || !this.feed.value || this.feed.state === 'error') return nothing;
    const all = legend.allSeries(colorBy, this.m, this.feed.value.networks);
    const entries = legend.legendEntries(this.feed.value.items, this.legendPressed, this.#series, all);
    return legend.legendTemplate(entries, this.legendPressed, legend.messages[this.language][colorBy], (key) => {
      const pressed = this.legendPressed;
      this.legendPressed = pressed.includes(key) ? pressed.filter((one) => one !== key) : [...pressed, key];
    });
  }

  /** On paper only: the feed's name, the zone of the times and the date printed. */
  #printNote(): TemplateResult | typeof nothing {
    const print = this.#features.print;
    const zone = this.displayTimeZone;
    return print
      ? print.printNoteTemplate(this.language, this.feed.value?.title, zone, this.dateFormat({ dateStyle: 'long', timeZone: zone }).format(this.currentTime()))
      : nothing;
  }

  #renderUpcoming(): TemplateResult {
    const feed = this.feed;
    const upcoming = this.#feature('upcoming');
    if (!feed.pending && feed.value) this.#heldUpcoming = feed.value.items;
    const items = upcoming && this.#heldUpcoming;
    const now = this.currentTime();
    const until = (this.upcomingFrom ?? now) + this.#daysAhead * DAY_MS;
    this.#upcomingShown = items ? upcoming.upcomingOccurrences(this.#chosen(items), now, until, this.limit) : [];
    const dayOf = (occurrence: EventOccurrence) =>
      this.dateFormat({ weekday: 'short', day: 'numeric', month: 'short', timeZone: occurrence.event.allDay ? occurrence.event.timeZone : this.displayTimeZone }).format(occurrence.start);
    const input = { occurrences: this.#upcomingShown, day: dayOf, moreHref: upcoming?.safeHref(this.moreHref, location.href), level: this.headingLevelAt() };
    return html`${feed.state === 'error'
        ? this.renderError(() => void feed.run())
        : html`<div aria-busy=${items ? 'false' : 'true'} @pointerover=${this.#warmDetails} @focusin=${this.#warmDetails}>
            ${items
              ? upcoming.upcomingTemplate(input, this.#renderLegend(), { ...this.#text(), upcoming: upcoming.messages[this.language] }, this.#openEvent)
              : this.renderLoading('', undefined, agendaSkeletonTemplate())}
          </div>`}
      ${this.renderStaleNote(feed.stale)} ${this.#renderDialog()}`;
  }

  /** Renders the upcoming list again when the first of its events ends (on the shared ticker: no timer of its own). */
  #waitForUpcomingChange(): void {
    const now = this.currentTime();
    const upcoming = this.#features.upcoming;
    const at = upcoming && this.effectiveView === 'upcoming' && this.isConnected ? upcoming.nextUpcomingChange(this.#upcomingShown, now) : undefined;
    if (at === this.#upcomingWaitAt) return;
    this.#stopUpcomingWait?.();
    this.#upcomingWaitAt = at;
    this.#stopUpcomingWait = upcoming?.waitUntilChange(this.clock, at!, now, () => {
      this.#stopUpcomingWait = this.#upcomingWaitAt = undefined;
      this.upcomingFrom = this.currentTime();
    });
    if (at === undefined) this.#stopUpcomingWait = undefined;
  }

  /** What a shared link of the calendar says now. */
  #urlState(): CalendarUrlState {
    const content = this.#details?.content;
    return {
      month: this.effectiveView === 'upcoming' || !this.shownMonth ? undefined : dateKey(this.shownMonth).slice(0, 7),
      view: this.urlView,
      kind: this.choice.kind,
      topic: this.choice.topic,
      legend: this.legendPressed,
      q: this.searchText,
      event: content && 'occurrence' in content ? content.occurrence.key : undefined,
    };
  }

  #applyUrlState(state: CalendarUrlState): void {
    const month = parseMonthAttribute(state.month);
    this.#monthFromUrl = month;
    if (!month && this.hasUpdated) this.shownMonth = undefined;
    this.urlView = state.view;
    this.choice = { kind: state.kind, topic: state.topic };
    this.legendPressed = state.legend;
    this.searchText = state.q;
    this.#eventToOpen = state.event;
    const details = this.#details;
    const content = details?.content;
    if (content && !(state.event && 'occurrence' in content && content.occurrence.key === state.event)) {
      // Emptied now, not on the dialog's (later) close event: the URL written next must not name it.
      details!.content = undefined;
      details!.close();
    }
    this.requestUpdate();
  }

  /** Drawn at once (not in the next microtask): the browser lays the page out for print right after. */
  readonly #onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    if (this.isUpdatePending) this.performUpdate();
  };

  /** Opens the event a shared link names, once the query that holds it has answered. */
  #openEventFromUrl(): void {
    const key = this.#eventToOpen;
    const feed = this.feed;
    if (!key || feed.state !== 'ready' || feed.pending) return;
    this.#eventToOpen = undefined;
    const content = this.#details?.content;
    if (content && 'occurrence' in content && content.occurrence.key === key) return;
    const occurrence = feed.value?.items.find((one) => one.key === key);
    if (occurrence) this.#openEventDetails(occurrence, null);
  }

  async #share(share: Features['share']): Promise<void> {
    const content = this.#details?.content;
    const sync = this.#urlSync;
    if (!content || !('occurrence' in content) || !sync) return;
    this.shareStatus = '';
    const link = sync.link();
    this.shareStatus = share.statusText(await share.shareLink({ url: link, title: content.occurrence.event.title }), this.language);
  }

  #monthTitle(): string {
    const { year, month } = this.shownMonth!;
    return this.dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, 15),
    );
  }

  /** The filter form, with `filters`, once its code is here. */
  #renderFilters(): TemplateResult | typeof nothing {
    const filters = this.filters ? this.#feature('filters') : undefined;
    if (!filters) return nothing;
    const options = filters.filterOptions(this.feed.value?.items ?? [], this.intlLocale);
    return filters.filtersTemplate({ ...options, choice: this.choice }, filters.messages[this.language], this.m.kinds, (choice) => (this.choice = choice));
  }

  #time(date: Date): string {
    return this.dateFormat({ hour: '2-digit', minute: '2-digit', timeZone: this.displayTimeZone }).format(date);
  }

  #changeMonth(delta: number): void {
    const { month, focusedKey } = shiftMonth(this.shownMonth!, delta, this.focusedKey);
    this.shownMonth = month;
    this.focusedKey = focusedKey;
  }

  #goToday(): void {
    const today = todayIn(this.displayTimeZone, this.currentTime());
    this.shownMonth = { ...today, day: 1 };
    this.focusedKey = dateKey(today);
  }

  #focusDay(key: string): void {
    this.focusedKey = key;
    const target = parseDateKey(key);
    if (target && (target.year !== this.shownMonth?.year || target.month !== this.shownMonth.month)) {
      this.shownMonth = { year: target.year, month: target.month, day: 1 };
    }
    this.#focusAfterRender = true;
  }

  #onGridKey(e: KeyboardEvent): void {
    if (!this.focusedKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const day = this.#grid.flat().find((d) => d.key === this.focusedKey);
      if (day) this.#openDay(day);
      return;
    }
    const next = moveDate(this.focusedKey, e.key, { firstDay: this.firstDayNumber, shiftKey: e.shiftKey });
    if (!next) return;
    e.preventDefault();
    this.#focusDay(next);
  }

  #openDay(day: CalendarDay): void {
    const cell = this.renderRoot.querySelector<HTMLElement>(`td[data-key="${day.key}"]`);
    void this.#withDetails((details) => details.show({ day }, cell));
  }

  #openEventDetails(occurrence: EventOccurrence, opener: HTMLElement | null): void {
    if (this.shareStatus) this.shareStatus = '';
    this.emit('govtech-event-select', { event: occurrence.event, start: occurrence.start, end: occurrence.end });
    void this.#withDetails((details) => details.open(occurrence, opener ?? undefined));
  }

  /** JSON-LD for the month shown; its code loads only on pages that ask for it with `seo`. */
  async #writeStructuredData(): Promise<void> {
    if (!this.seo) return this.#structuredDataScript()?.remove();
    if (this.feed.state !== 'ready') return;
    const { writeStructuredData } = await import('./seo.js');
    // Everything below runs in one go after the import, reading the state as it is now, so writes
    // started by several updates cannot interleave into several scripts.
    if (!this.seo || !this.isConnected || this.feed.state !== 'ready') return;
    const occurrences = this.occurrences.filter((o) => inGridMonth(this.#grid, o));
    writeStructuredData(this, this.#structuredDataScript(), occurrences, location.href);
  }

  #structuredDataScript(): HTMLScriptElement | null {
    return this.querySelector(':scope > script[data-govtech-seo]');
  }
}
