import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { EventKindName, EventOccurrence, GovEvent } from '@govtech-network/sdk';
import { FeedController } from '../base/feed-controller.js';
import { GovtechElement } from '../base/govtech-element.js';
import { renderMarkdown } from '../base/markdown.js';
import {
  dateKey,
  firstDayOfWeek,
  gridRange,
  groupByDay,
  monthGrid,
  moveDate,
  parseDateKey,
  parseMonthAttribute,
  splitVisible,
  todayIn,
  type CalendarDate,
  type CalendarDay,
} from './calendar-model.js';
import { calendarStyles } from './event-calendar.styles.js';
import { calendarMessages, type CalendarMessages } from './messages.js';

/** Detail of `govtech-event-select`: the event the visitor opened, and which occurrence of it. */
export interface EventSelectDetail {
  readonly event: GovEvent;
  readonly start: Date;
  readonly end: Date;
}
export type EventSelectEvent = CustomEvent<EventSelectDetail>;

type View = 'month' | 'list';

/** Below this width (in CSS px) the calendar shows the list view by itself. */
const NARROW_WIDTH = 560;

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean) ?? [];

/**
 * A network's events as a month grid or an agenda list, read from a GovTech feed.
 *
 * @element govtech-event-calendar
 * @fires {CustomEvent<EventSelectDetail>} govtech-event-select - The visitor opened an event; `detail` has the event and the occurrence.
 * @fires {CustomEvent<GovtechErrorDetail>} govtech-error - The feed could not be read; the calendar shows an error with Retry.
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
 * @csspart retry - The error state's Retry button.
 */
export class GovtechEventCalendar extends GovtechElement {
  static override styles = [...GovtechElement.styles, calendarStyles];

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
    shownMonth: { state: true },
    focusedKey: { state: true },
    narrow: { state: true },
    kindChoice: { state: true },
    topicChoice: { state: true },
    dialogContent: { state: true },
    calendarLinks: { state: true },
    streamUrl: { state: true },
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

  private shownMonth: CalendarDate | undefined;
  private focusedKey: string | undefined;
  private narrow = false;
  private kindChoice = '';
  private topicChoice = '';
  private dialogContent: { day: CalendarDay } | { occurrence: EventOccurrence } | undefined;
  private calendarLinks: { google: string; ics: () => string } | undefined;
  private streamUrl: string | undefined;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  // Deferred a frame: switching views changes the height, which would re-trigger the observer at once.
  #resize = new ResizeObserver(([entry]) => {
    const narrow = !!entry && entry.contentRect.width < NARROW_WIDTH;
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });
  #focusAfterRender = false;
  #openedFrom: HTMLElement | null = null;
  #grid: CalendarDay[][] = [];

  private feed = new FeedController(
    this,
    (client, signal) => {
      const { from, to } = gridRange(this.#grid);
      return client.events.list({
        from,
        to,
        kinds: list(this.kinds) as EventKindName[],
        topics: list(this.topics),
        country: this.country,
        network: this.network,
        signal,
      });
    },
    () => [this.shownMonth?.year, this.shownMonth?.month, this.displayTimeZone, this.firstDayNumber, this.kinds, this.topics, this.country, this.network],
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
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.querySelector(':scope > script[data-govtech-seo]')?.remove();
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
      ${this.#renderHeader()} ${this.filters ? this.#renderFilters() : nothing}
      ${feed.state === 'error'
        ? this.renderError(() => void feed.run())
        : html`<div aria-busy=${loading ? 'true' : 'false'}>
            ${this.effectiveView === 'month' ? this.#renderMonth(loading) : this.#renderList(loading)}
          </div>`}
      ${this.renderStaleNote(feed.stale)} ${this.#renderDialog()}
    `;
  }

  /** Occurrences of the loaded range that pass the in-widget filters. */
  private get occurrences(): EventOccurrence[] {
    const items = this.feed.value?.items ?? [];
    return items.filter(
      ({ event }) =>
        (!this.kindChoice || event.kind === this.kindChoice) &&
        (!this.topicChoice || (event.topics ?? []).includes(this.topicChoice)),
    );
  }

  #monthTitle(): string {
    const { year, month } = this.shownMonth!;
    return this.dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, 15),
    );
  }

  #renderHeader(): TemplateResult {
    const m = this.m;
    return html`<div class="header" part="header">
      <h2 class="title" part="title" id="title" aria-live="polite">${this.#monthTitle()}</h2>
      <div class="nav" part="nav">
        <button class="button" type="button" aria-label=${m.previousMonth} @click=${() => this.#changeMonth(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button class="button" type="button" @click=${this.#goToday}>${m.today}</button>
        <button class="button" type="button" aria-label=${m.nextMonth} @click=${() => this.#changeMonth(1)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const m = this.m;
    const items = this.feed.value?.items ?? [];
    const kinds = [...new Set(items.map(({ event }) => event.kind))];
    const topics = [...new Set(items.flatMap(({ event }) => event.topics ?? []))].sort((a, b) => a.localeCompare(b, this.intlLocale));
    return html`<form class="filters" part="filters" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
      <label>
        ${m.kindFilter}
        <select @change=${(e: Event) => (this.kindChoice = (e.target as HTMLSelectElement).value)} .value=${this.kindChoice}>
          <option value="">${m.allKinds}</option>
          ${kinds.map((kind) => html`<option value=${kind} ?selected=${kind === this.kindChoice}>${m.kinds[kind]}</option>`)}
        </select>
      </label>
      <label>
        ${m.topicFilter}
        <select @change=${(e: Event) => (this.topicChoice = (e.target as HTMLSelectElement).value)} .value=${this.topicChoice}>
          <option value="">${m.allTopics}</option>
          ${topics.map((topic) => html`<option value=${topic} ?selected=${topic === this.topicChoice}>${topic}</option>`)}
        </select>
      </label>
      <button class="button" type="button" ?disabled=${!this.kindChoice && !this.topicChoice} @click=${() => {
        this.kindChoice = '';
        this.topicChoice = '';
      }}>${m.clearFilters}</button>
    </form>`;
  }

  #renderMonth(loading: boolean): TemplateResult {
    const days = this.#grid.flat();
    const byDay = groupByDay(this.occurrences, days);
    const weekdayFormat = this.dateFormat({ weekday: 'short', timeZone: 'UTC' });
    const weekdayLong = this.dateFormat({ weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: ISO weekday n is that date plus n - 1 days.
    const headerDate = (isoWeekday: number) => Date.UTC(2024, 0, isoWeekday);
    const dayLabel = this.dateFormat({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const focused = days.some((day) => day.key === this.focusedKey && day.inMonth) ? this.focusedKey : days.find((d) => d.inMonth)?.key;
    return html`<table class="grid" part="grid" role="grid" aria-labelledby="title" @keydown=${this.#onGridKey}>
        <thead>
          <tr>
            ${this.#grid[0]!.map(
              (day) => html`<th scope="col" abbr=${weekdayLong.format(headerDate(day.weekday))}>
                ${weekdayFormat.format(headerDate(day.weekday))}
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${this.#grid.map(
            (week) => html`<tr>
              ${week.map((day) => {
                const events = byDay.get(day.key) ?? [];
                const { visible, hidden } = splitVisible(events, this.maxEventsPerDay);
                const date = dayLabel.format(Date.UTC(day.year, day.month - 1, day.day));
                const label = loading ? date : `${date}, ${this.m.dayLabel(events.length)}`;
                return html`<td
                  role="gridcell"
                  part="day"
                  class=${[day.inMonth ? '' : 'outside', day.isToday ? 'today' : ''].join(' ')}
                  tabindex=${day.key === focused ? 0 : -1}
                  aria-current=${day.isToday ? 'date' : nothing}
                  data-key=${day.key}
                  @click=${() => {
                    this.focusedKey = day.key;
                    this.#openDay(day);
                  }}
                >
                  <span class="visually-hidden">${label}</span>
                  <span class="day-number" aria-hidden="true">${day.day}</span>
                  ${loading
                    ? html`<span class="skeleton chip-skeleton"></span>`
                    : html`<ul class="chips" aria-hidden="true">
                        ${visible.map(
                          (occurrence) => html`<li>
                            <button
                              class="chip ${occurrence.event.status}"
                              part="event"
                              title=${occurrence.event.title}
                              tabindex="-1"
                              @click=${(e: Event) => {
                                e.stopPropagation();
                                this.#openEvent(occurrence, e.currentTarget as HTMLElement);
                              }}
                            >
                              ${occurrence.event.allDay ? nothing : html`<span class="chip-time">${this.#time(occurrence.start)}</span>`}
                              ${occurrence.event.title}
                            </button>
                          </li>`,
                        )}
                        ${hidden
                          ? html`<li>
                              <button class="more" tabindex="-1" @click=${(e: Event) => {
                                e.stopPropagation();
                                this.#openDay(day);
                              }}>${this.m.moreEvents(hidden)}</button>
                            </li>`
                          : nothing}
                      </ul>`}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      ${!loading && !this.occurrences.some((o) => this.#inShownMonth(o)) ? html`<p class="note">${this.m.noEventsInMonth}</p>` : nothing}`;
  }

  #renderList(loading: boolean): TemplateResult {
    if (loading) {
      return html`<ol class="agenda" part="list">
        ${[1, 2, 3].map(() => html`<li class="skeleton agenda-skeleton"></li>`)}
      </ol>`;
    }
    const days = this.#grid.flat().filter((day) => day.inMonth);
    const byDay = groupByDay(this.occurrences, days);
    const heading = this.dateFormat({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const withEvents = days.filter((day) => byDay.get(day.key)?.length);
    if (!withEvents.length) return html`<p class="state">${this.m.noEventsInMonth}</p>`;
    return html`<ol class="agenda" part="list">
      ${withEvents.map(
        (day) => html`<li>
          <h3 class="agenda-day">${heading.format(Date.UTC(day.year, day.month - 1, day.day))}</h3>
          <ul>
            ${byDay.get(day.key)!.map(
              (occurrence) => html`<li>
                <button class="agenda-event ${occurrence.event.status}" part="event" @click=${(e: Event) =>
                  this.#openEvent(occurrence, e.currentTarget as HTMLElement)}>
                  <span class="agenda-time">${occurrence.event.allDay ? this.m.allDay : this.#time(occurrence.start)}</span>
                  <span class="agenda-title">${occurrence.event.title}</span>
                  ${this.#statusBadge(occurrence.event)}
                </button>
              </li>`,
            )}
          </ul>
        </li>`,
      )}
    </ol>`;
  }

  #statusBadge(event: GovEvent): TemplateResult | typeof nothing {
    return event.status === 'scheduled' ? nothing : html`<span class="badge ${event.status}">${this.m.status[event.status]}</span>`;
  }

  #renderDialog(): TemplateResult {
    const content = this.dialogContent;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClosed}>
      ${content === undefined ? nothing : 'day' in content ? this.#renderDayDetails(content.day) : this.#renderEventDetails(content.occurrence)}
    </dialog>`;
  }

  #renderDayDetails(day: CalendarDay): TemplateResult {
    const events = groupByDay(this.occurrences, [day]).get(day.key) ?? [];
    const title = this.dateFormat({ dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(day.year, day.month - 1, day.day));
    return html`<div class="dialog-head">
        <h2 id="dialog-title">${title}</h2>
        ${this.#closeButton()}
      </div>
      ${events.length
        ? html`<ul class="day-events">
            ${events.map(
              (occurrence) => html`<li>
                <button class="agenda-event ${occurrence.event.status}" @click=${() => this.#openEvent(occurrence, null)}>
                  <span class="agenda-time">${occurrence.event.allDay ? this.m.allDay : this.#time(occurrence.start)}</span>
                  <span class="agenda-title">${occurrence.event.title}</span>
                  ${this.#statusBadge(occurrence.event)}
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p>${this.m.dayLabel(0)}</p>`}`;
  }

  #renderEventDetails(occurrence: EventOccurrence): TemplateResult {
    const { event } = occurrence;
    const m = this.m;
    const place = event.location;
    const address = [place?.name, place?.address, place?.city, place?.region, place?.country].filter(Boolean).join(', ');
    return html`<div class="dialog-head">
        <h2 id="dialog-title">${event.title}</h2>
        ${this.#closeButton()}
      </div>
      <p class="meta">
        <span class="badge">${m.kinds[event.kind]}</span> ${this.#statusBadge(event)}
        ${event.exampleData ? html`<span class="badge">${this.messages.exampleData}</span>` : nothing}
      </p>
      <p class="when">${this.#whenText(occurrence)}</p>
      ${event.status === 'rescheduled' && event.previousStart
        ? html`<p class="note">${m.previouslyOn(this.#dateText(new Date(event.previousStart), event))}</p>`
        : nothing}
      ${event.description ? html`<div class="description">${renderMarkdown(event.description)}</div>` : nothing}
      ${event.speakers?.length
        ? html`<h3>${m.speakers}</h3>
            <ul>
              ${event.speakers.map(
                (speaker) => html`<li>${speaker.name}${[speaker.role, speaker.affiliation].filter(Boolean).map((extra) => html` · ${extra}`)}</li>`,
              )}
            </ul>`
        : nothing}
      ${address ? html`<h3>${m.location}</h3><p>${address}</p>` : nothing}
      ${event.outcomes ? html`<h3>${m.outcomes}</h3><p>${event.outcomes}</p>` : nothing}
      ${event.documents?.length
        ? html`<h3>${m.documents}</h3>
            <ul>
              ${event.documents.map(
                (doc) => html`<li><a href=${doc.url} target="_blank" rel="noopener noreferrer">${doc.title}</a> (${m.documentKinds[doc.kind]})</li>`,
              )}
            </ul>`
        : nothing}
      <div class="actions">
        ${event.onlineUrl && event.status !== 'cancelled'
          ? html`<a class="button primary" href=${event.onlineUrl} target="_blank" rel="noopener noreferrer">${m.joinOnline}</a>`
          : nothing}
        ${event.registrationUrl && event.status !== 'cancelled'
          ? html`<a class="button" href=${event.registrationUrl} target="_blank" rel="noopener noreferrer">${m.register}</a>`
          : nothing}
        ${this.streamUrl ? html`<a class="button" href=${this.streamUrl} target="_blank" rel="noopener noreferrer">${m.watchStream}</a>` : nothing}
        ${this.calendarLinks && event.status !== 'cancelled'
          ? html`<button class="button" type="button" @click=${this.#downloadIcs}>${m.downloadIcs}</button>
              <a class="button" href=${this.calendarLinks.google} target="_blank" rel="noopener noreferrer">${m.googleCalendar}</a>`
          : nothing}
      </div>`;
  }

  #closeButton(): TemplateResult {
    return html`<button class="button close" type="button" aria-label=${this.messages.close} @click=${() => this.dialog?.close()}>
      <span aria-hidden="true">×</span>
    </button>`;
  }

  /** "17:00 Santiago · 15:00 tu hora", or the date alone for all-day events. */
  #whenText({ event, start, end }: EventOccurrence): string {
    if (event.allDay) {
      const last = new Date(+end - 1);
      const first = this.#dateText(start, event);
      const lastText = this.#dateText(last, event);
      return first === lastText ? first : `${first} – ${lastText}`;
    }
    const visitorZone = this.displayTimeZone;
    const format = (timeZone: string) =>
      this.dateFormat({ dateStyle: 'full', timeStyle: 'short', timeZone }).format(start);
    const zoneTime = (timeZone: string) =>
      this.dateFormat({ hour: '2-digit', minute: '2-digit', timeZone }).format(start);
    if (sameWallClock(start, event.timeZone, visitorZone)) return format(visitorZone);
    return `${format(event.timeZone)} ${cityOf(event.timeZone)} · ${zoneTime(visitorZone)} ${this.m.yourTime}`;
  }

  #dateText(date: Date, event: GovEvent): string {
    // All-day dates are calendar dates of the event's own zone.
    return this.dateFormat({ dateStyle: 'full', timeZone: event.timeZone }).format(date);
  }

  #time(date: Date): string {
    return this.dateFormat({ hour: '2-digit', minute: '2-digit', timeZone: this.displayTimeZone }).format(date);
  }

  #inShownMonth(occurrence: EventOccurrence): boolean {
    const days = this.#grid.flat().filter((day) => day.inMonth);
    const first = days[0]!;
    const last = days.at(-1)!;
    return +occurrence.start < last.end && +occurrence.end > first.start;
  }

  #changeMonth(delta: number): void {
    const { year, month } = this.shownMonth!;
    const next = new Date(Date.UTC(year, month - 1 + delta, 1));
    this.shownMonth = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: 1 };
    const focused = this.focusedKey ? parseDateKey(this.focusedKey) : undefined;
    const lastDay = new Date(Date.UTC(this.shownMonth.year, this.shownMonth.month, 0)).getUTCDate();
    this.focusedKey = dateKey({ ...this.shownMonth, day: Math.min(focused?.day ?? 1, lastDay) });
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
    this.#openedFrom = this.renderRoot.querySelector<HTMLElement>(`td[data-key="${day.key}"]`);
    this.#showDialog({ day });
  }

  #openEvent(occurrence: EventOccurrence, opener: HTMLElement | null): void {
    if (opener) this.#openedFrom = opener;
    this.calendarLinks = undefined;
    this.streamUrl = undefined;
    this.#showDialog({ occurrence });
    this.dispatchEvent(
      new CustomEvent<EventSelectDetail>('govtech-event-select', {
        bubbles: true,
        composed: true,
        detail: { event: occurrence.event, start: occurrence.start, end: occurrence.end },
      }),
    );
    void this.#loadEventExtras(occurrence);
  }

  /** "Add to calendar" and the linked stream load only when a visitor opens an event. */
  async #loadEventExtras(occurrence: EventOccurrence): Promise<void> {
    try {
      const [{ toICS, googleCalendarUrl }, stream] = await Promise.all([
        import('@govtech-network/sdk/ics'),
        occurrence.event.streamId && this.src
          ? import('../base/client-registry.js').then(({ clientFor }) =>
              clientFor(this.src!, this.now).streams.get(occurrence.event.streamId!),
            )
          : undefined,
      ]);
      const current = this.dialogContent;
      if (!current || !('occurrence' in current) || current.occurrence !== occurrence) return;
      this.calendarLinks = {
        google: googleCalendarUrl(occurrence.event, { start: +occurrence.start, end: +occurrence.end }),
        ics: () => toICS(occurrence.event, { now: this.currentTime() }),
      };
      const videoId = stream?.item?.stream.videoId;
      this.streamUrl = videoId ? `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}` : undefined;
    } catch (error) {
      // The details stay useful without these extras; the webmaster still hears about it.
      this.reportError(error);
    }
  }

  #downloadIcs(): void {
    const content = this.dialogContent;
    if (!this.calendarLinks || !content || !('occurrence' in content)) return;
    const url = URL.createObjectURL(new Blob([this.calendarLinks.ics()], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${content.occurrence.event.id}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url));
  }

  async #showDialog(content: { day: CalendarDay } | { occurrence: EventOccurrence }): Promise<void> {
    this.dialogContent = content;
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('.close')?.focus();
  }

  #onDialogClosed(): void {
    this.dialogContent = undefined;
    const opener = this.#openedFrom;
    this.#openedFrom = null;
    // Focus goes back where the visitor was (the day cell or the event they opened).
    if (opener?.isConnected) opener.focus();
  }

  /** JSON-LD for the month shown; its code loads only on pages that ask for it with `seo`. */
  async #writeStructuredData(): Promise<void> {
    if (!this.seo) {
      this.querySelector(':scope > script[data-govtech-seo]')?.remove();
      return;
    }
    if (this.feed.state !== 'ready') return;
    const { eventJsonLd, jsonLdScriptText } = await import('./seo.js');
    // Everything below runs in one go after the import, reading the state as it is now, so writes
    // started by several updates cannot interleave into several scripts.
    if (!this.seo || !this.isConnected || this.feed.state !== 'ready') return;
    const occurrences = this.occurrences.filter((o) => this.#inShownMonth(o));
    const text = jsonLdScriptText(occurrences.map((o) => eventJsonLd(o, { pageUrl: location.href })));
    const existing = this.querySelector<HTMLScriptElement>(':scope > script[data-govtech-seo]');
    if (existing?.textContent === text) return;
    const script = existing ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.govtechSeo = '';
    script.textContent = text;
    if (!existing) this.append(script);
  }
}

function sameWallClock(date: Date, zoneA: string, zoneB: string): boolean {
  if (zoneA === zoneB) return true;
  const format = (timeZone: string) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: 'numeric', day: 'numeric', timeZone }).format(date);
  return format(zoneA) === format(zoneB);
}

/** "America/Santiago" → "Santiago", "America/Mexico_City" → "Mexico City". */
function cityOf(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ');
}
