import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { systemClock, type EventKindName, type EventOccurrence, type GovtechClient } from '@govtech-network/sdk';
import { FeedController, optionalPart } from '../base/feed-controller.js';
import { GovtechElement, partialNote } from '../base/govtech-element.js';
import { printStyles } from '../base/print-styles.js';
import { bone } from '../internal/bone.js';
import { tickerFor } from '../internal/ticker.js';
import { whenText } from '../internal/zoned-time.js';
import { nextTickDelay, phaseAt, remainingUntil, secondsLeft, summaryText, type Phase, type Remaining } from './countdown-model.js';
import { countdownStrings, type CountdownMessages } from './messages.js';
import { countdownStyles } from './panel-countdown.styles.js';

type Layout = 'badge' | 'card' | 'hero';

interface Target {
  readonly occurrence: EventOccurrence | undefined;
  /** YouTube watch URL of the linked stream, when the feed has one. */
  readonly streamUrl: string | undefined;
}

/** How far a visitor's clock may be corrected by the feed server's `Date` header (see `server-time`). */
const MIN_CORRECTION_MS = 5_000;
const MAX_CORRECTION_MS = 86_400_000;

/**
 * A countdown to a network's next panel that turns into "live now" and then into "ended".
 *
 * @element govtech-panel-countdown
 * @fires {CustomEvent<CountdownDetail>} govtech-countdown-live - The panel started (at its exact start instant).
 * @fires {CustomEvent<CountdownDetail>} govtech-countdown-ended - The panel ended.
 * @fires {CustomEvent<GovtechErrorDetail>} govtech-error - The feed could not be read; the countdown shows an error with Retry. With `partial: true`, a part could not (the stream link, a month that could hold an earlier panel): it counts down with a note.
 * @csspart status - The status badge (next, live, ended, cancelled…).
 * @csspart title - The panel's title.
 * @csspart when - Its date and time.
 * @csspart digits - The days / hours / minutes / seconds boxes.
 * @csspart summary - The sentence "Faltan 3 días y 4 horas".
 * @csspart action - The watch / replay / join link.
 * @csspart partial-note - The note when the stream link, or a month that could hold an earlier panel, could not be loaded (with Retry).
 */
export class GovtechPanelCountdown extends GovtechElement {
  static override styles = [...GovtechElement.styles, countdownStyles, printStyles];
  static override strings = [...GovtechElement.strings, countdownStrings];

  static override properties: PropertyDeclarations = {
    kind: {},
    eventId: { attribute: 'event-id' },
    follow: { type: Boolean },
    layout: { reflect: true },
    serverTime: { type: Boolean, attribute: 'server-time' },
    announced: { state: true },
  };

  /** Kind of event to count down to. */
  kind: EventKindName = 'panel';
  /** One event instead of the next of `kind`. */
  eventId: string | undefined;
  /** After a panel ends, move on to the next one. */
  follow = false;
  /** `badge` (inline), `card` (default) or `hero`. */
  layout: Layout = 'card';
  /**
   * Correct a wrong visitor clock with the feed server's `Date` header: applied when they differ by
   * 5 seconds to 24 hours (smaller gaps are within the header's precision; larger ones more likely a
   * misconfigured server than a visitor's clock).
   */
  serverTime = false;

  /** The last phase seen, to announce and dispatch changes once. */
  private announced = '';
  #phase: Phase | undefined;
  /** Cancels the tick waiting on the page's shared ticker (see internal/ticker.ts). */
  #cancelTick: (() => void) | undefined;
  /** The seconds digits: the template places this node, the tick writes into it (see #tick). */
  readonly #seconds = document.createTextNode('');
  /** When the last render showed the digits: the start and end it counted to, and the minutes left it showed. */
  #shown: { start: number; end: number; minutes: number } | undefined;
  /** The tick's callback: one function for every tick. */
  readonly #onTick = () => this.#tick();
  #visible = true;
  #client: GovtechClient | undefined;
  // Only a change of visibility resyncs: a notification that changes nothing must not cost a render.
  #intersection = new IntersectionObserver(([entry]) => {
    const visible = entry?.isIntersecting ?? true;
    if (visible === this.#visible) return;
    this.#visible = visible;
    this.sync();
  });
  #shownPage = document.visibilityState !== 'hidden';
  #onVisibility = () => {
    const shown = document.visibilityState !== 'hidden';
    if (shown === this.#shownPage) return;
    this.#shownPage = shown;
    this.sync();
  };

  private feed = new FeedController<Target>(
    this,
    async (client, signal) => {
      this.#client = client;
      const now = this.currentTime();
      const found = this.eventId
        ? await client.events.occurrence(this.eventId, { at: now, signal })
        : await client.events.next({ kind: this.kind, signal });
      const occurrence = found.item;
      const streamId = occurrence?.event.streamId;
      // Without streams.json the countdown still counts: only its link is left out (with a note).
      const stream = streamId ? await optionalPart('streams', client.streams.get(streamId, { signal })) : undefined;
      return {
        occurrence,
        streamUrl: stream?.item?.watchUrl,
        warnings: [...found.warnings, ...(stream?.warnings ?? [])],
        stale: found.stale || !!stream?.stale,
        missing: [...(found.missing ?? []), ...(stream?.missing ?? [])],
      };
    },
    () => [this.kind, this.eventId],
  );

  private get m(): CountdownMessages {
    return countdownStrings.in(this.language);
  }

  /** The element's clock, corrected by the server's when `server-time` is set. */
  protected override currentTime(): number {
    const local = super.currentTime();
    const offset = this.serverTime ? (this.#client?.serverClockOffsetMs() ?? 0) : 0;
    return Math.abs(offset) >= MIN_CORRECTION_MS && Math.abs(offset) <= MAX_CORRECTION_MS ? local + offset : local;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#intersection.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#intersection.disconnect();
    this.#schedule();
  }

  /** True while the countdown does not tick: the page or the element is hidden. */
  get paused(): boolean {
    return document.visibilityState === 'hidden' || !this.#visible;
  }

  /**
   * Recomputes from the clock now and schedules the next look. Called by the timer when more than the
   * seconds changed, and when the page or the element becomes visible again (the timer is paused while
   * they are hidden).
   */
  sync(): void {
    this.#schedule();
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated?.(changed);
    const occurrence = this.feed.value?.occurrence;
    if (!occurrence || this.feed.pending) return;
    const now = this.currentTime();
    const start = +occurrence.start;
    const end = +occurrence.end;
    this.#notePhase(phaseAt(now, start, end), occurrence);
    const running = !this.paused && this.isConnected;
    // Nothing to count once it ended, unless `follow` will look for the next panel.
    this.#schedule(running && (now < end || this.follow) ? (now < end ? nextTickDelay(now, start, end) : 60_000) : undefined);
  }

  /**
   * Within the minute the last render showed, only the seconds change: they are written in place.
   * Anything else (a new minute, and with it the summary; the start; a hidden page) takes a full
   * update. This runs every second, so it does as little as it can: a Lit update (the whole template
   * rebuilt and diffed to change two characters) cost more than all the rest of the page's work for a tick.
   */
  #tick(): void {
    this.#cancelTick = undefined;
    const shown = this.#shown;
    // Not the digits on screen (another phase, an error, a render that failed after them): a full update.
    if (!shown || !this.#seconds.isConnected || this.paused) return this.sync();
    const now = this.currentTime();
    const seconds = secondsLeft(shown.start, now);
    if (now >= shown.start || Math.floor(seconds / 60) !== shown.minutes) return this.sync();
    this.#showSeconds(seconds % 60);
    this.#schedule(nextTickDelay(now, shown.start, shown.end));
  }

  /** Replaces the pending tick by one `delay` ms from now on the widget's clock, or by none. */
  #schedule(delay?: number): void {
    this.#cancelTick?.();
    this.#cancelTick = delay === undefined ? undefined : tickerFor(this.clock ?? systemClock).after(delay, this.#onTick);
  }

  #showSeconds(seconds: number): void {
    const text = padded(seconds);
    if (this.#seconds.data !== text) this.#seconds.data = text;
  }

  #notePhase(phase: Phase, occurrence: EventOccurrence): void {
    const previous = this.#phase;
    this.#phase = phase;
    if (previous === undefined || previous === phase) return;
    const detail = { event: occurrence.event, start: occurrence.start, end: occurrence.end };
    if (phase === 'live') {
      this.announced = this.m.announceLive(occurrence.event.title);
      this.emit('govtech-countdown-live', detail);
    }
    if (phase === 'ended') {
      this.announced = this.m.announceEnded(occurrence.event.title);
      this.emit('govtech-countdown-ended', detail);
      if (this.follow && !this.eventId) {
        this.#phase = undefined;
        void this.feed.run();
      }
    }
  }

  protected override renderContent(): TemplateResult {
    const feed = this.feed;
    this.#shown = undefined; // until #renderDigits shows them again
    return html`${feed.state === 'error'
        ? this.renderError(() => void feed.run())
        : feed.pending || feed.state === 'idle'
          ? this.renderLoading('', undefined, this.#skeleton())
          : this.#renderTarget(feed.value?.occurrence)}
      ${this.renderStaleNote(feed.stale)} ${partialNote(this.#partialText(), this.messages, () => void feed.run())}
      <p class="visually-hidden" aria-live="polite">${this.announced}</p>`;
  }

  /** What the partial note says: the stream link is missing, or a shard that could hold an earlier panel. */
  #partialText(): string | undefined {
    const feed = this.feed;
    if (feed.state !== 'ready' || feed.pending) return undefined;
    const feeds = feed.missing.map((file) => file.feed);
    return feeds.includes('events') ? this.m.eventsMissing : feeds.includes('streams') ? this.m.streamLinkMissing : undefined;
  }

  /** The card of an upcoming panel, its texts as bones of their usual lengths: the size of what is coming. */
  #skeleton(): TemplateResult {
    const card = this.layout !== 'badge';
    // One line: a template's text ships as written.
    return this.#card('upcoming', bone(14), bone(card ? 86 : 84), bone(56), card && bone(84), this.#digits(['\u00a0', '\u00a0', '\u00a0', ''], bone(24)), card && html`<span class="button">${bone(20)}</span>`);
  }

  #renderTarget(occurrence: EventOccurrence | undefined): TemplateResult {
    const m = this.m;
    if (!occurrence) {
      return html`<p class="state">${this.eventId ? m.notFound(this.eventId) : m.noUpcoming}</p>`;
    }
    const { event } = occurrence;
    const now = this.currentTime();
    const phase = phaseAt(now, +occurrence.start, +occurrence.end);
    const halted = event.status === 'cancelled' || event.status === 'postponed';
    const status = halted ? (event.status as 'cancelled' | 'postponed') : phase;
    return this.#card(
      status,
      m.status[status],
      event.title,
      whenText({ event, start: occurrence.start }, { locale: this.intlLocale, displayZone: this.displayTimeZone, yourTime: m.yourTime }),
      this.layout !== 'badge' && event.speakers?.length && event.speakers.map((speaker) => speaker.name).join(' · '),
      !halted && phase === 'upcoming' && this.#renderDigits(occurrence, remainingUntil(+occurrence.start, now)),
      this.#renderAction(occurrence, phase, halted),
    );
  }

  /** The card, shared by the countdown and its skeleton. */
  #card(status: string, statusText: unknown, title: unknown, when: unknown, speakers: unknown, digits: unknown, action: unknown): TemplateResult {
    return html`<article class="countdown ${status}" aria-labelledby="title">
      <p class="status" part="status"><span class="dot" aria-hidden="true"></span>${statusText}</p>
      <div class="title" part="title" id="title" role="heading" aria-level=${this.headingLevelAt()}>${title}</div>
      <p class="when" part="when">${when}</p>
      ${speakers ? html`<p class="speakers">${speakers}</p>` : nothing}
      ${digits || nothing}
      ${action || nothing}
    </article>`;
  }

  #renderDigits(occurrence: EventOccurrence, left: Remaining): TemplateResult {
    // Until the minute changes, the ticks write the seconds (see #tick): they are our own text node.
    this.#shown = { start: +occurrence.start, end: +occurrence.end, minutes: (left.days * 24 + left.hours) * 60 + left.minutes };
    this.#showSeconds(left.seconds);
    return this.#digits([padded(left.days), padded(left.hours), padded(left.minutes), html`<span class="ticking">${this.#seconds}</span>`], summaryText(left, this.m.summary));
  }

  /** The boxes (days, hours, minutes, seconds: the last one ticks) and the summary; the skeleton's too. */
  #digits(values: unknown[], summary: unknown): TemplateResult {
    const units = Object.values(this.m.units);
    // The ticking digits are hidden from assistive technology; the summary says the same, to the minute.
    return html`<div class="digits" part="digits" aria-hidden="true">
        ${values.map((value, i) => html`<span class="box"><span class="value ${i > 2 ? 'seconds' : ''}">${value}</span><span class="unit">${units[i]}</span></span>`)}
      </div>
      <p class="summary" part="summary">${summary}</p>`;
  }

  #renderAction(occurrence: EventOccurrence, phase: Phase, halted: boolean): TemplateResult | typeof nothing {
    if (halted) return nothing;
    const m = this.m;
    const stream = this.feed.value?.streamUrl;
    const { onlineUrl } = occurrence.event;
    const link = (href: string, text: string, primary = false) =>
      html`<a class="button ${primary ? 'primary' : ''}" part="action" href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;
    if (phase === 'live') {
      const href = stream ?? onlineUrl;
      return href ? link(href, stream ? m.watch : m.join, true) : nothing;
    }
    if (phase === 'ended') return stream ? link(stream, m.replay) : nothing;
    return onlineUrl && this.layout !== 'badge' ? link(onlineUrl, m.join) : nothing;
  }

}

/** At least two digits: "07", "42", "123". */
const padded = (value: number) => String(value).padStart(2, '0');
