import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { EventKindName, EventOccurrence, MissingFile } from '@govtech-network/sdk';
import { feedClient } from '../base/client-registry.js';
import { FeedController } from '../base/feed-controller.js';
import { formControlStyles } from '../base/form-control-styles.js';
import { GovtechElement, partialNote } from '../base/govtech-element.js';
import { downloadFile } from '../internal/download.js';
import { parseList } from '../internal/list-attribute.js';
import {
  chosenOccurrences,
  dateKey,
  filterOptions,
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
import { DetailsDialog, dialogTemplate, loadEventExtras, type DetailsActions, type DetailsText } from './details.js';
import { calendarStyles } from './event-calendar.styles.js';
import { calendarMessages, type CalendarMessages } from './messages.js';
import type { CalendarTool, CalendarToolHost } from './tools.js';
import {
  agendaSkeletonTemplate,
  agendaTemplate,
  dayDate,
  filtersTemplate,
  headerTemplate,
  monthTemplate,
  type CalendarText,
  type MonthActions,
  type OpenEvent,
} from './templates.js';

type View = 'month' | 'list';

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
 * @csspart dialog - The details dialog.
 * @csspart error - The error state (the feed could not be read), with Retry.
 * @csspart retry - The Retry button of the error state or of the partial note.
 * @csspart partial-note - The note when some days (a failed shard), one of several feeds or the stream link could not be loaded.
 */
export class GovtechEventCalendar extends GovtechElement {
  static override styles = [...GovtechElement.styles, formControlStyles, calendarStyles];

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
    shownMonth: { state: true },
    focusedKey: { state: true },
    narrow: { state: true },
    choice: { state: true },
  };

  /** `month`, `list`, or absent to pick by the calendar's own width. */
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

  private shownMonth: CalendarDate | undefined;
  private focusedKey: string | undefined;
  private narrow = false;
  private choice: FilterChoice = { kind: '', topic: '' };
  readonly #details = new DetailsDialog(this);
  /** The tools loaded on first use, by attribute (undefined while loading). */
  readonly #tools = new Map<'search' | 'subscribe', CalendarTool | undefined>();

  // Deferred a frame: switching views changes the height, which would re-trigger the observer at once.
  #resize = new ResizeObserver(([entry]) => {
    const narrow = !!entry && entry.contentRect.width < NARROW_WIDTH;
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });
  #focusAfterRender = false;
  #grid: CalendarDay[][] = [];

  private feed = new FeedController(
    this,
    (client, signal) => {
      const { from, to } = gridRange(this.#grid);
      return client.events.list({
        from,
        to,
        kinds: parseList(this.kinds) as EventKindName[],
        topics: parseList(this.topics),
        country: this.country,
        network: this.network,
        signal,
      });
    },
    () => [this.shownMonth?.year, this.shownMonth?.month, this.displayTimeZone, this.firstDayNumber, this.kinds, this.topics, this.country, this.network],
    feedClient,
  );

  private get firstDayNumber(): number {
    const day = this.firstDay;
    if (day !== undefined && day >= 0 && day <= 7) return day === 0 ? 7 : day;
    return firstDayOfWeek(this.intlLocale);
  }

  private get m(): CalendarMessages {
    return calendarMessages[this.language];
  }

  private get effectiveView(): View {
    return this.view === 'month' || this.view === 'list' ? this.view : this.narrow ? 'list' : 'month';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeWidth();
  }

  protected override firstUpdated(): void {
    this.#observeWidth();
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
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.shownMonth || changed.has('date')) {
      const start = parseMonthAttribute(this.date) ?? todayIn(this.displayTimeZone, this.currentTime());
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
  }

  protected override renderContent(): TemplateResult {
    const feed = this.feed;
    const loading = feed.pending;
    return html`
      ${headerTemplate(this.#monthTitle(), this.m, this.#navigation, this.headingLevelAt())} ${this.#renderTools()}
      ${this.filters ? this.#renderFilters() : nothing}
      ${feed.state === 'error'
        ? this.renderError(() => void feed.run())
        : html`<div aria-busy=${loading ? 'true' : 'false'}>
            ${this.#tool('search')?.replacement?.() ??
            (this.effectiveView === 'month' ? this.#renderMonth(loading) : this.#renderList(loading))}
          </div>`}
      ${this.renderStaleNote(feed.stale)} ${partialNote(this.#missingText(), this.messages, () => void feed.run())}
      ${this.#renderDialog()}
    `;
  }

  /** The search box and the subscribe menu, with their attributes; each one's code loads on first use. */
  #renderTools(): TemplateResult | typeof nothing {
    const tools = [this.#tool('search'), this.#tool('subscribe')].filter(Boolean);
    return tools.length ? html`<div class="tools">${tools.map((tool) => tool!.control())}</div>` : nothing;
  }

  #tool(name: 'search' | 'subscribe'): CalendarTool | undefined {
    if (!this[name]) return undefined;
    if (!this.#tools.has(name)) {
      this.#tools.set(name, undefined);
      (name === 'search' ? import('./search.js') : import('./subscribe-menu.js')).then(
        ({ createTool }) => {
          this.#tools.set(name, createTool(this.#toolHost));
          this.requestUpdate();
        },
        (error: unknown) => this.reportError(error),
      );
    }
    return this.#tools.get(name);
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
      maxEventsPerDay: this.maxEventsPerDay,
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

  #renderDialog(): TemplateResult {
    const { content, extras } = this.#details;
    const dayEvents = content && 'day' in content ? (groupByDay(this.occurrences, [content.day]).get(content.day.key) ?? []) : [];
    const reader = { locale: this.intlLocale, displayZone: this.displayTimeZone, yourTime: this.m.yourTime };
    const text: DetailsText = { ...this.#text(), base: this.messages, reader };
    const retryExtras = () => content && 'occurrence' in content && void this.#loadExtras(content.occurrence);
    const note = partialNote(extras?.missing.length ? this.m.streamLinkMissing : undefined, this.messages, retryExtras);
    return dialogTemplate(content, { dayEvents, extras, note }, text, this.#dialogActions);
  }

  /** Words and times for the templates, in the widget's language and zone. */
  #text(): CalendarText {
    return { m: this.m, format: (options) => this.dateFormat(options), time: (date) => this.#time(date) };
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

  readonly #dialogActions: DetailsActions = {
    close: () => this.#details.element?.close(),
    closed: () => this.#details.closed(),
    openEvent: this.#openEvent,
    downloadIcs: () => this.#downloadIcs(),
  };

  /** Occurrences of the loaded range that pass the in-widget filters. */
  private get occurrences(): EventOccurrence[] {
    return chosenOccurrences(this.feed.value?.items ?? [], this.choice);
  }

  #monthTitle(): string {
    const { year, month } = this.shownMonth!;
    return this.dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, 15),
    );
  }

  #renderFilters(): TemplateResult {
    const options = filterOptions(this.feed.value?.items ?? [], this.intlLocale);
    return filtersTemplate({ ...options, choice: this.choice }, this.m, (choice) => (this.choice = choice));
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
    void this.#details.show({ day }, this.renderRoot.querySelector<HTMLElement>(`td[data-key="${day.key}"]`));
  }

  #openEventDetails(occurrence: EventOccurrence, opener: HTMLElement | null): void {
    void this.#details.show({ occurrence }, opener ?? undefined);
    this.emit('govtech-event-select', { event: occurrence.event, start: occurrence.start, end: occurrence.end });
    void this.#loadExtras(occurrence);
  }

  async #loadExtras(occurrence: EventOccurrence): Promise<void> {
    const src = this.src;
    try {
      const client = src ? async () => feedClient(src, this.clock, this.now) : undefined;
      const extras = await loadEventExtras(occurrence, client, () => this.currentTime());
      for (const file of extras.missing) this.reportError(file.error, true);
      this.#details.showExtras(occurrence, extras);
    } catch (error) {
      // The details stay useful without these extras; the webmaster still hears about it.
      this.reportError(error);
    }
  }

  #downloadIcs(): void {
    const { content, extras } = this.#details;
    if (!extras || !content || !('occurrence' in content)) return;
    downloadFile(`${content.occurrence.event.id}.ics`, extras.ics(), 'text/calendar;charset=utf-8');
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
