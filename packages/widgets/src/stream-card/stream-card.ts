import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FeedItemResult, GovStream, StreamWithStatus } from '@govtech-network/sdk';
import type { FeedController } from '../base/feed-controller.js';
import type * as FeedPathModule from './feed.js';
import { siteConsentAttribute } from '../internal/consent-attribute.js';
import type * as SiteConsentModule from '../internal/site-consent.js';
import { GovtechElement } from '../base/govtech-element.js';
import { printStyles } from '../base/print-styles.js';
import { bone } from '../internal/bone.js';
import { streamCardStrings, type StreamCardMessages, type StreamCardStatus } from './messages.js';
import { streamCardStyles } from './stream-card.styles.js';
import { embedUrl, httpUrl, posterUrls, VIDEO_ID, warmConnections } from './youtube.js';

/** The feed path (SDK included): only its types here; the code comes with import() when needed. */
type FeedPath = typeof FeedPathModule;

/** The feed path could not be imported: the feed's error state, whose Retry imports it again. */
interface FailedImport {
  readonly state: 'error';
  run(): void;
}

/** Hides a poster that failed to load (visibility, not display: a lazy image must keep its box to load a new src). */
const showIfLoaded = (event: Event) => ((event.target as HTMLElement).style.visibility = event.type === 'error' ? 'hidden' : '');

/**
 * How often a card reads its feed again while its stream is upcoming or live, so a publisher's change
 * (a new start, a `status`, an actual end) shows without a reload. The client's cache (5 minutes by
 * default) decides whether that asks the server.
 */
const REFRESH_MS = 60_000;
/** The longest wait a browser timer can make (about 24.8 days); a later change is looked for again then. */
const MAX_WAIT_MS = 2 ** 31 - 1;

/**
 * The visitor accepted YouTube's cookies in a card's consent notice: it holds for every card, until the
 * page unloads or the site's consent manager says no (internal/site-consent.ts).
 */
let consented = false;
/** Connected cards, so accepting in one shows the posters of the others. */
const cards = new Set<GovtechStreamCard>();

/** Renders every connected card again (an acceptance, the site's answer). */
const renderCards = () => cards.forEach((card) => card.requestUpdate());

/**
 * The site's consent answers (internal/site-consent.ts), off the card's first download: imported as this
 * module loads, so it is there by a card's first render in practice (the CDN build's site-consent chunk).
 * Until then a card without `consent` shows an empty media box, not YouTube's poster, as the site may have
 * said no. A failed import counts as a site that said nothing. The names are taken apart so the CDN build
 * keeps only what the widgets use in that chunk.
 */
let siteConsent: typeof SiteConsentModule.siteConsent | undefined;
void import('../internal/site-consent.js').then(
  ({ siteConsent: answer, onSiteConsentChange }) => {
    siteConsent = answer;
    onSiteConsentChange(() => {
      // Refused (or revoked): an acceptance given in a card lapses (willUpdate stops a playing player).
      if (answer('youtube') === false) consented = false;
      renderCards();
    });
    renderCards();
  },
  () => {
    siteConsent = () => undefined;
    renderCards();
  },
);

/**
 * A YouTube video or a network's live stream as a light facade: a poster, a play button, the title,
 * channel, date and status. Nothing loads from YouTube but the poster until the visitor presses play
 * (with a custom `poster`, nothing at all; with `consent`, nothing before they accept). The player is
 * youtube-nocookie.com's.
 *
 * A site with a consent manager answers for the card: `govtechConsent.push({ youtube: true })` shows
 * the poster and plays on the first press, even with `consent`; `{ youtube: false }` shows the consent
 * notice, even without `consent`, and puts a playing card back to it. Without an answer, `consent`
 * decides.
 *
 * The `title` attribute names the video, as in `<govtech-stream-card title="…">`. It stays the host's
 * own HTML attribute (so browsers show it as a tooltip over the card, as over any element); the card
 * reads it into the `heading` property and renders it itself: once, as a heading (level `heading-level`)
 * that describes the play and consent buttons, and as the player's name once it replaces them. The
 * `title` property is HTMLElement's, and sets the same attribute.
 *
 * With `src` and `stream-id` the card reads the stream from a GovTech feed (title, channel, start and
 * a live status that follows the clock). Only then does it load the SDK, with a dynamic import().
 *
 * Its light DOM (say, a link to the video) is what visitors without JavaScript see; the card shows it
 * again when it cannot show the video itself (no or invalid id, unknown stream, feed error).
 *
 * @element govtech-stream-card
 * @slot - Fallback content, usually `<a href="https://www.youtube.com/watch?v=…">`.
 * @fires {CustomEvent<StreamPlayDetail>} govtech-stream-play - The visitor pressed play; `detail` has the video id (and the stream id).
 * @fires {CustomEvent<GovtechErrorDetail>} govtech-error - The id is not a YouTube id, the stream is not in the feed (code `config`), or the feed could not be read.
 * @csspart media - The 16:9 box of the poster, the consent notice or the player.
 * @csspart poster - The poster image.
 * @csspart play - The play button over the poster.
 * @csspart consent - The consent notice (with `consent`, or when the site's consent manager refused YouTube).
 * @csspart iframe - The player.
 * @csspart title - The title.
 * @csspart channel - The channel name.
 * @csspart date - The start date, in the visitor's time zone.
 * @csspart badge - The status (upcoming, live, replay) and "example" badges.
 * @csspart note - Why the card shows its fallback content (invalid id, stream not found).
 * @csspart error - The feed error state, with Retry.
 * @csspart retry - The error state's Retry button.
 */
export class GovtechStreamCard extends GovtechElement {
  static override styles = [...GovtechElement.styles, streamCardStyles, printStyles];
  static override strings = [...GovtechElement.strings, streamCardStrings];

  static override properties: PropertyDeclarations = {
    videoId: { attribute: 'video-id' },
    heading: { attribute: 'title' },
    streamId: { attribute: 'stream-id' },
    poster: {},
    channel: {},
    date: {},
    status: {},
    start: { type: Number },
    playlist: {},
    consent: { type: Boolean },
    siteAnswer: { attribute: 'site-consent' },
    playing: { state: true },
  };

  /** YouTube video id (11 characters). Ignored when `src` and `stream-id` are set. */
  videoId: string | undefined;
  /** The `title` attribute: the video's title (with a feed, overrides the stream's). */
  heading: string | undefined;
  /** Id of a stream in the feed at `src`. */
  streamId: string | undefined;
  /** Poster image URL (http or https) instead of YouTube's thumbnail: nothing is then loaded from YouTube before play. */
  poster: string | undefined;
  /** Channel name (with a feed, overrides the stream's). */
  channel: string | undefined;
  /** Start, as a date-time with offset (`2026-12-10T16:00:00+01:00`); shown in the visitor's time zone. Without a feed only. */
  date: string | undefined;
  /** Status badge without a feed: `upcoming`, `live` or `ended` (shown as a replay). With a feed, the stream's status at `now`. */
  status: StreamCardStatus | undefined;
  /** Second to start playing at. */
  start: number | undefined;
  /** YouTube playlist id to play the video in. */
  playlist: string | undefined;
  /**
   * Asks before anything loads from YouTube (poster included); one acceptance counts for every card on
   * the page. The site's consent manager, when it answers (`govtechConsent.push({ youtube })`), decides instead.
   */
  consent = false;

  /**
   * The `site-consent` attribute: `granted` or `denied`, the site's consent manager's answer for YouTube
   * written into the page (a CMS template). The page API (`govtechConsent.push`) decides when it answers.
   */
  siteAnswer: string | undefined;

  private playing = false;

  #feedPath: FeedPath | undefined;
  /** The feed's controller, or the failure to load the feed path (which has no controller to hold it). */
  #feed: FeedController<FeedItemResult<StreamWithStatus>> | FailedImport | undefined;
  #feedImport: Promise<void> | undefined;
  /** What the last render showed: the valid video id, the feed's stream, a problem for the webmaster. */
  #shown: { id?: string; stream?: GovStream; problem?: string } = {};
  #reported: string | undefined;
  /** Cancels the waits for the feed's stream to change status and to be read again. */
  #stopWaits: Array<() => void> = [];

  private get m(): StreamCardMessages {
    return streamCardStrings.in(this.language);
  }

  private get fromFeed(): boolean {
    return !!(this.src && this.streamId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    cards.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cards.delete(this);
    this.#stopWaits.forEach((stop) => stop());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('videoId') || changed.has('streamId') || changed.has('src') || (siteConsentAttribute(siteConsent?.('youtube'), this.siteAnswer) === false && !consented)) this.playing = false;
    if (this.fromFeed && !this.#feedImport) this.#feedImport = this.#loadFeedPath();
  }

  async #loadFeedPath(): Promise<void> {
    try {
      const path = await import('./feed.js');
      this.#feedPath = path;
      this.#feed = new path.FeedController(
        this,
        (client, signal) => client.streams.get(this.streamId ?? '', { signal }),
        () => [this.streamId],
      );
    } catch (error) {
      // The chunk did not load (offline, a CDN hiccup): a failure of the feed like any other, reported
      // and shown as the error state, whose Retry imports it again (a browser that remembers the failed
      // import needs a reload; the light-DOM link is shown meanwhile).
      this.#feed = {
        state: 'error',
        run: () => {
          this.#feed = this.#feedImport = undefined;
          this.requestUpdate();
        },
      };
      this.reportError(error);
    }
    this.requestUpdate();
  }

  protected override updated(): void {
    const { problem, stream } = this.#shown;
    if (problem !== this.#reported && (this.#reported = problem)) {
      this.reportError(Object.assign(new Error(problem), { code: 'config' }));
    }
    // A feed's stream turns live, then ended, by the clock: render again when it next can. While it is
    // upcoming or live, the feed is read again now and then, as the publisher may change it.
    this.#stopWaits.forEach((stop) => stop());
    this.#stopWaits = [];
    const path = this.#feedPath;
    // A read under way re-arms them when it renders its outcome.
    if (!stream || !path || !this.isConnected || this.#feed?.state === 'loading') return;
    const ticker = path.tickerFor(this.clock ?? path.systemClock);
    const now = this.currentTime();
    const next = path.nextStreamStatusChange(stream, now);
    if (next) this.#stopWaits.push(ticker.after(Math.min(next - now, MAX_WAIT_MS), () => this.requestUpdate()));
    if (path.streamStatus(stream, now) !== 'ended') {
      this.#stopWaits.push(ticker.after(REFRESH_MS, () => void (this.#feed as FeedController<unknown>).run()));
    }
  }

  protected override renderContent(): TemplateResult {
    this.#shown = {};
    if (!this.fromFeed) return this.#renderCard(this.videoId);
    const feed = this.#feed;
    if (feed?.state === 'error') return html`${this.renderError(() => void feed.run())}<slot></slot>`;
    if (!feed || feed.state === 'idle' || feed.pending) {
      // The card of a stream, its title and its line of badge, channel and date as bones.
      return this.renderLoading(
        '',
        undefined,
        html`<div class="media skeleton" part="media"></div><p class="title">${bone(66)}</p><p class="meta"><span class="badge">${bone(10)}</span>${bone(18)}${bone(40)}</p>`,
      );
    }
    const stream = feed.value?.item?.stream;
    if (!stream) return this.#renderFallback(this.m.notFound, `the feed ${this.src} has no stream with id "${this.streamId}"`);
    return html`${this.#renderCard(stream.videoId, stream)}${this.renderStaleNote(feed.stale)}`;
  }

  /** The light DOM (the no-JS link) with a note saying why the video is not shown. */
  #renderFallback(note: string, problem: string): TemplateResult {
    this.#shown.problem = problem;
    return html`<div class="state"><p class="note" part="note">${note}</p><slot></slot></div>`;
  }

  #renderCard(videoId: string | undefined, stream?: GovStream): TemplateResult {
    const m = this.m;
    // An id that is not an id goes nowhere near a URL: the card shows its fallback content instead.
    if (!videoId || !VIDEO_ID.test(videoId)) {
      return this.#renderFallback(m.invalid, `"${videoId ?? ''}" is not a YouTube video id (11 of A-Z a-z 0-9 _ -)`);
    }
    this.#shown = { id: videoId, stream };
    const title = this.heading || stream?.title || '';
    // The heading says the title; the buttons say what they do and point at it for their description.
    const described = title ? 'title' : nothing;
    const status = stream
      ? this.#feedPath!.streamStatus(stream, this.currentTime())
      : this.status && Object.hasOwn(m.status, this.status)
        ? this.status
        : undefined;
    const channel = this.channel || stream?.channel?.name;
    const when = stream ? (stream.actualStart ?? stream.scheduledStart) : this.date;
    const time = Date.parse(when ?? '');
    // The start in the visitor's zone, named: "10 de diciembre de 2026, 12:00 GMT-3" (the base's formatter cache,
    // not the calendar's zoned-time.ts, which comes with the events' code).
    const date = Number.isNaN(time)
      ? ''
      : this.dateFormat({ day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: this.displayTimeZone }).format(time);
    const site = siteConsentAttribute(siteConsent?.('youtube'), this.siteAnswer);
    const waiting = site !== true && (site === false || this.consent) && !consented;
    const warm = () => waiting || warmConnections();

    let media: TemplateResult | typeof nothing;
    if (!siteConsent && site === undefined && !waiting) {
      // The site's answer is not known yet: nothing from YouTube until it is (a moment: see `siteConsent` above).
      media = nothing;
    } else if (waiting) {
      // A neutral box: not even the poster comes from YouTube before the visitor accepts.
      media = html`<div class="consent" part="consent"><p>${m.consent}</p><a href="https://policies.google.com/privacy?hl=${this.language}">${m.privacy}</a
        ><button class="button primary" type="button" aria-describedby=${described} @click=${this.#accept}>${m.accept}</button></div>`;
    } else if (this.playing) {
      // referrerpolicy: without a referrer YouTube refuses to play (error 153).
      media = html`<iframe
        part="iframe"
        src=${embedUrl(videoId, this.start, this.playlist)}
        title=${title || m.video}
        referrerpolicy="strict-origin-when-cross-origin"
        allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"
        allowfullscreen
      ></iframe>`;
    } else {
      const youtube = posterUrls(videoId);
      const src = this.poster ? httpUrl(this.poster) : youtube.jpg;
      // Empty alt: the title is text beside the image. A poster URL that is not http(s) shows no image;
      // one that fails (offline, blocked by a privacy extension) leaves the neutral box, not a broken icon.
      const img = src ? html`<img part="poster" src=${src} alt="" loading="lazy" decoding="async" @error=${showIfLoaded} @load=${showIfLoaded} />` : nothing;
      media = html`${this.poster ? img : html`<picture><source type="image/webp" srcset=${youtube.webp} />${img}</picture>`}<button
          class="play"
          part="play"
          type="button"
          aria-describedby=${described}
          @click=${this.#play}
        ><svg class="icon" viewBox="0 0 72 51" aria-hidden="true"><path d="M29 16v19l16-9.5z" fill="currentColor" /></svg><span class="visually-hidden">${m.play}</span></button>`;
    }

    return html`<div class="media" part="media" @pointerover=${warm} @focusin=${warm}>${media}</div>
      ${title ? html`<div class="title" part="title" id="title" role="heading" aria-level=${this.headingLevelAt()}>${title}</div>` : nothing}
      <ul class="meta">${status
          ? html`<li class="badge ${status}" part="badge">${m.status[status]}</li>`
          : nothing}${stream?.exampleData
          ? html`<li class="badge" part="badge">${this.messages.exampleData}</li>`
          : nothing}${channel ? html`<li part="channel">${channel}</li>` : nothing}${date
          ? html`<li><time part="date" datetime=${when!}>${status === 'upcoming' ? m.starts(date) : date}</time></li>`
          : nothing}</ul>`;
  }

  #accept(): void {
    consented = true;
    renderCards();
    this.#play();
  }

  #play(): void {
    const videoId = this.#shown.id;
    if (!videoId) return;
    // The player must exist before this click handler returns. Phones let a frame autoplay only with
    // the tap's user activation, which `allow="autoplay"` hands on to the frame; Safari keeps that
    // activation only briefly (older iOS: only during the handler itself), so awaiting anything first,
    // even Lit's render a microtask later, can cost the visitor a second tap (the iOS trap). Hence no
    // await here, and performUpdate() renders the iframe synchronously.
    this.playing = true;
    this.performUpdate();
    this.renderRoot.querySelector('iframe')?.focus();
    this.emit('govtech-stream-play', { videoId, streamId: this.fromFeed ? this.streamId : undefined });
  }
}
