import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStrings, localeTag, resolveLocale, visitorTimeZone, type BaseMessages, type Locale, type LocaleStrings } from './i18n.js';
import { baseStyles } from './styles.js';
import { firstRenderTurn } from '../internal/first-render-turn.js';
// The zod-free subpath: the one bounded formatter cache the SDK uses too, without the SDK's feed code.
import { dateTimeFormat } from '@govtech-network/sdk/intl';
import type { Clock } from '@govtech-network/sdk/clock';

// Declared once in events/error.ts; every widget's module (and so every entry point's types) reaches it here.
export type { GovtechErrorDetail, GovtechErrorEvent } from '../events/error.js';

/** The widgets' own events (`govtech-…`), each declared once under src/events/. */
type GovtechEventName = keyof HTMLElementEventMap & `govtech-${string}`;
type DetailOf<K extends GovtechEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What every GovTech widget shares: language, time zone, theme, an injectable clock, and a render that
 * never throws into the host page (a failure becomes an accessible error state and a `govtech-error`
 * event). Feed loading lives in FeedController so widgets that need no feed do not load the SDK.
 *
 * @fires {CustomEvent<GovtechErrorDetail>} govtech-error - Something failed; `detail` says what and how to fix it.
 * @csspart error - The error state (an alert with Retry): the feed could not be read, or rendering failed.
 * @csspart retry - The error state's Retry button.
 * @csspart stale-note - "You are seeing the last saved information": the feed could not be refreshed.
 * @cssprop --govtech-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --govtech-color-accent - Links, buttons, today and focus accents.
 * @cssprop --govtech-color-text - Main text.
 * @cssprop --govtech-color-muted - Secondary text (times, places).
 * @cssprop --govtech-color-background - Widget background.
 * @cssprop --govtech-color-surface - Cards, cells and skeletons.
 * @cssprop --govtech-color-border - Borders and separators.
 * @cssprop --govtech-color-danger - Error text, cancelled events.
 * @cssprop --govtech-color-focus - Keyboard focus ring.
 * @cssprop --govtech-font-family - Font stack.
 * @cssprop --govtech-font-size - Base font size: `medium` (the visitor's own text size) unless set; every size inside follows it.
 * @cssprop --govtech-radius - Corner radius.
 * @cssprop --govtech-space - Base spacing unit.
 */
export abstract class GovtechElement extends LitElement {
  static override styles = [baseStyles];

  /** The strings the widget speaks (its own after the base's): those of its language are loaded before it renders in it. */
  static strings: ReadonlyArray<LocaleStrings<unknown>> = [baseStrings];

  static override properties: PropertyDeclarations = {
    src: {},
    locale: {},
    theme: { reflect: true },
    timeZone: { attribute: 'time-zone' },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    clock: { attribute: false },
    language: { state: true },
  };

  /** Feed folder (holding index.json) or manifest URL. */
  src: string | undefined;

  /** `es` (default), `pt` or `en`; otherwise the nearest `lang`, then the browser's language. */
  locale: string | undefined;

  /**
   * `light` or `dark` fixes the theme; `auto` follows the visitor's system (`prefers-color-scheme`);
   * when absent the widget follows the host page's own `color-scheme` (light on a page without one).
   */
  theme: 'light' | 'dark' | 'auto' | undefined;

  /** IANA zone to show times in; defaults to the visitor's own. */
  timeZone: string | undefined;

  /** Level (1–6) of the widget's headings, to fit the page's outline; default 2 (their sub-headings one below). */
  headingLevel = 2;

  /** The widget's clock (tests, stories, kiosks); defaults to the system clock. */
  now: (() => Date | number) | undefined;

  /**
   * The clock the widget waits on as well as reads (its ticks, its timers, its feed's retries): a
   * `Clock` of `@govtech-network/sdk`, such as its testing ManualClock, for tests and stories that move
   * time themselves. `now`, when set, still tells the time. Defaults to the system clock.
   */
  clock: Clock | undefined;

  protected language: Locale = 'es';

  /** A render failure, shown instead of the content until the next successful render. */
  #renderFailure: unknown;

  protected get messages(): BaseMessages {
    return baseStrings.in(this.language);
  }

  /** BCP 47 tag for Intl (keeps the visitor's region when it matches the language). */
  protected get intlLocale(): string {
    return localeTag(this.language);
  }

  #zone: { for: string | undefined; is: string } | undefined;
  protected get displayTimeZone(): string {
    if (!this.#zone || this.#zone.for !== this.timeZone) this.#zone = { for: this.timeZone, is: visitorTimeZone(this.timeZone) };
    return this.#zone.is;
  }

  /**
   * `aria-level` of a heading `depth` levels below the widget's own (`heading-level`, clamped to 1–6).
   * Headings are role="heading" elements: Lit cannot bind a tag name, and one level helper serves all.
   */
  protected headingLevelAt(depth = 0): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + depth);
  }

  /** A date formatter in the widget's language (from the shared cache); always give `timeZone`. */
  protected dateFormat(options: Intl.DateTimeFormatOptions & { timeZone: string }): Intl.DateTimeFormat {
    return dateTimeFormat(this.intlLocale, options);
  }

  /**
   * Now, in epoch ms: `now` when set, else the time of `clock`, else the system's. (A widget that waits
   * does so on `clock ?? systemClock`; the default is taken there, so a widget that never waits, such
   * as a video-id stream card, carries no clock code.)
   */
  protected currentTime(): number {
    return this.now ? +this.now() : (this.clock?.now() ?? Date.now());
  }

  /**
   * Also on every re-insertion (a framework, page builder or tab moving the widget): an update, so that
   * what disconnecting stopped resumes in one place for every widget. A feed load aborted in flight runs
   * again (FeedController), and each widget re-arms its timers in `updated()`.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    this.language = resolveLocale(this, this.locale);
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.language = resolveLocale(this, this.locale);
  }

  /** Whether the widget will format dates soon after it starts (the page builds a formatter ahead: first-render-turn.ts). */
  protected get formatsDates(): boolean {
    return Boolean(this.src);
  }

  /**
   * The first frame waits for the page's turn (internal/first-render-turn.ts); a frame in a language
   * other than Spanish, for its strings (the first time on the page). Every other frame is Lit's.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const turn = this.hasUpdated ? undefined : firstRenderTurn(this, this.formatsDates ? this.intlLocale : undefined);
    const language = resolveLocale(this, this.locale);
    const strings = (this.constructor as typeof GovtechElement).strings.map((strings) => strings.loaded(language)).filter(Boolean);
    return turn || strings.length ? Promise.all([turn, ...strings]).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The widget's own content; `render` wraps it so an exception never reaches the host page. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  protected override render(): TemplateResult | typeof nothing {
    let content: TemplateResult | typeof nothing;
    try {
      content = this.renderContent();
      this.#renderFailure = undefined;
    } catch (error) {
      if (this.#renderFailure === undefined) this.reportError(error);
      this.#renderFailure = error;
      content = this.renderError(() => this.requestUpdate());
    }
    // The content's language, for screen readers, when it differs from the page's.
    return html`<div class="root" lang=${this.language}>${content}</div>`;
  }

  /**
   * Shows nothing of the failure to visitors but a plain message; tells the webmaster the rest.
   * `partial`: the widget still shows what it could read, with a note (see partialNote).
   */
  reportError(error: unknown, partial = false): void {
    const { code = 'internal', url, status } = (error ?? {}) as { code?: string; url?: string; status?: number };
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[${this.localName}] ${message}`, error);
    this.emit('govtech-error', { code, message, url, status, error, partial });
  }

  /**
   * Dispatches one of the widgets' events: typed by its declaration in src/events/, and always
   * bubbling and composed, so a page hears it on the element or any ancestor, across shadow roots.
   */
  protected emit<K extends GovtechEventName>(name: K, detail: DetailOf<K>): CustomEvent<DetailOf<K>> {
    const event = new CustomEvent(name, { bubbles: true, composed: true, detail });
    this.dispatchEvent(event);
    return event;
  }

  protected renderError(retry: () => void): TemplateResult {
    const m = this.messages;
    return html`<div class="state" part="error" role="alert">
      <p class="error-title">${m.errorTitle}</p>
      <p>${m.errorBody}</p>
      <button class="button" type="button" part="retry" @click=${retry}>${m.retry}</button>
    </div>`;
  }

  /**
   * The one loading placeholder, which says "Loading…" to assistive technology and takes the size of
   * what is coming, so nothing on the page moves when it comes: a pulsing box sized by `className` in
   * the widget's styles, or, given a `shape`, that shape (the content's own layout, its text as `bone`s,
   * hidden from assistive technology).
   */
  protected renderLoading(className = 'placeholder', part?: string, shape?: TemplateResult): TemplateResult {
    return html`<div class="${shape ? className : `skeleton ${className}`}" part=${part ?? nothing} aria-busy="true"><span class="visually-hidden">${this.messages.loading}</span><div aria-hidden="true">${shape}</div></div>`;
  }

  protected renderStaleNote(stale: boolean): TemplateResult | typeof nothing {
    return stale ? html`<p class="note" part="stale-note">${this.messages.staleNote}</p>` : nothing;
  }

}

/**
 * The one note for content shown without a part that could not be read (a month of events, a stream
 * link): `text` says what is missing, or nothing is shown; Retry reads it again. A function beside the
 * class rather than a method, so widgets that never show it (directory, stream card) do not carry it.
 */
export function partialNote(text: string | undefined, m: BaseMessages, retry: () => void): TemplateResult | typeof nothing {
  return text
    ? html`<p class="note" part="partial-note" role="status">
        ${text} <button class="button" type="button" part="retry" @click=${retry}>${m.retry}</button>
      </p>`
    : nothing;
}
