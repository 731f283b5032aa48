/**
 * The calendar's details dialog: a day's events or one event's details, as pure templates, and the extras
 * an opened event gains once their code has loaded (the .ics download, Google Calendar, the linked stream).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EventOccurrence, GovtechClient, MissingFile } from '@govtech-network/sdk';
import { optionalPart } from '../base/feed-controller.js';
import type { BaseMessages } from '../base/i18n.js';
import { renderMarkdown } from '../base/markdown.js';
import { dateText, whenText, type ZonedReader } from '../internal/zoned-time.js';
import type { CalendarDay } from './calendar-model.js';
import { agendaEventTemplate, dayDate, statusBadgeTemplate, type CalendarText, type OpenEvent } from './templates.js';

/** What the dialog shows: a day (from the grid) or an occurrence. */
export type DetailsContent = { readonly day: CalendarDay } | { readonly occurrence: EventOccurrence };

/** Loaded on demand when an event opens (see loadEventExtras). */
export interface EventExtras {
  readonly google: string;
  /** "Add to Outlook": Outlook.com (personal accounts) and Outlook 365 (work or school). */
  readonly outlook: string;
  readonly office: string;
  readonly ics: () => string;
  /** YouTube watch URL of the event's stream, when the feed links one. */
  readonly streamUrl: string | undefined;
  /** The streams file, when it could not be read: the rest of the extras are there all the same. */
  readonly missing: readonly MissingFile[];
}

/**
 * The dialog's state: what it shows, the extras loaded for it, and where the focus goes back when it
 * closes (the day cell or the event the visitor opened it from).
 */
export class DetailsDialog {
  /** What the dialog shows; undefined while it is closed. */
  content: DetailsContent | undefined;
  /** The extras of the occurrence shown, once loaded. */
  extras: EventExtras | undefined;
  readonly #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  #openedFrom: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
  }

  get element(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Shows `content` as a modal dialog, focusing its Close button; `opener`, when given, gets the focus back. */
  async show(content: DetailsContent, opener?: HTMLElement | null): Promise<void> {
    if (opener !== undefined) this.#openedFrom = opener;
    if ('occurrence' in content) this.extras = undefined;
    this.content = content;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.element;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('.close')?.focus();
  }

  /** Extras loaded for `occurrence`: kept only while it is still the one shown. */
  showExtras(occurrence: EventOccurrence, extras: EventExtras): void {
    const content = this.content;
    if (!content || !('occurrence' in content) || content.occurrence !== occurrence) return;
    this.extras = extras;
    this.#host.requestUpdate();
  }

  /** The dialog's `close` event (Close, Escape): it empties, and the focus goes back where the visitor was. */
  closed(): void {
    this.content = undefined;
    this.#host.requestUpdate();
    const opener = this.#openedFrom;
    this.#openedFrom = null;
    if (opener?.isConnected) opener.focus();
  }

}

export interface DetailsText extends CalendarText {
  /** The base's strings ("Close", "Example"). */
  readonly base: BaseMessages;
  /** Who reads the times: "17:00 Santiago · 15:00 tu hora" (internal/zoned-time.ts). */
  readonly reader: ZonedReader;
}

export interface DetailsActions {
  readonly close: () => void;
  readonly closed: () => void;
  readonly openEvent: OpenEvent;
  readonly downloadIcs: () => void;
}

export function dialogTemplate(
  content: DetailsContent | undefined,
  details: {
    dayEvents: readonly EventOccurrence[];
    extras: EventExtras | undefined;
    /** The base's partial note when the extras miss the stream link. */
    note: TemplateResult | typeof nothing;
    /** With `sync-url`: "Compartir" and its status (share.ts), under an event's details. */
    share?: TemplateResult | typeof nothing;
    /** On paper only (print.ts): the feed's name, the zone of the times and the date printed, as under the calendar. */
    printNote?: TemplateResult | typeof nothing;
  },
  text: DetailsText,
  on: DetailsActions,
): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${on.closed}>
    ${content === undefined
      ? nothing
      : 'day' in content
        ? dayDetailsTemplate(content.day, details.dayEvents, text, on)
        : html`${eventDetailsTemplate(content.occurrence, details.extras, text, on)}${details.share ?? nothing}${details.note}`}
    ${content === undefined ? nothing : (details.printNote ?? nothing)}
  </dialog>`;
}

function dialogHead(title: string, text: DetailsText, on: DetailsActions): TemplateResult {
  return html`<div class="dialog-head">
    <h2 id="dialog-title">${title}</h2>
    <button class="button close" type="button" aria-label=${text.base.close} @click=${on.close}>
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

function dayDetailsTemplate(day: CalendarDay, events: readonly EventOccurrence[], text: DetailsText, on: DetailsActions): TemplateResult {
  const title = text.format({ dateStyle: 'full', timeZone: 'UTC' }).format(dayDate(day));
  return html`${dialogHead(title, text, on)}
    ${events.length
      ? html`<ul class="day-events">
          ${events.map((occurrence) => html`<li>${agendaEventTemplate(occurrence, text, on.openEvent)}</li>`)}
        </ul>`
      : html`<p>${text.m.dayLabel(0)}</p>`}`;
}

function eventDetailsTemplate(
  occurrence: EventOccurrence,
  extras: EventExtras | undefined,
  text: DetailsText,
  on: DetailsActions,
): TemplateResult {
  const { event } = occurrence;
  const m = text.m;
  const place = event.location;
  const address = [place?.name, place?.address, place?.city, place?.region, place?.country].filter(Boolean).join(', ');
  const active = event.status !== 'cancelled';
  const external = (href: string, label: string, primary = false) =>
    html`<a class=${primary ? 'button primary' : 'button'} href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`;
  return html`${dialogHead(event.title, text, on)}
    <p class="meta">
      <span class="badge">${m.kinds[event.kind]}</span> ${statusBadgeTemplate(event, m)}
      ${event.exampleData ? html`<span class="badge">${text.base.exampleData}</span>` : nothing}
    </p>
    <p class="when">${whenText(occurrence, text.reader)}</p>
    ${event.status === 'rescheduled' && event.previousStart
      ? html`<p class="note">${m.previouslyOn(dateText(new Date(event.previousStart), event.timeZone, text.reader.locale))}</p>`
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
      ${event.onlineUrl && active ? external(event.onlineUrl, m.joinOnline, true) : nothing}
      ${event.registrationUrl && active ? external(event.registrationUrl, m.register) : nothing}
      ${extras?.streamUrl ? external(extras.streamUrl, m.watchStream) : nothing}
      ${extras && active
        ? html`<button class="button" type="button" @click=${on.downloadIcs}>${m.downloadIcs}</button>
            ${external(extras.google, m.googleCalendar)}
            ${OUTLOOK.map(([host, name]) => external(extras[host], name))}`
        : nothing}
    </div>`;
}

/** Outlook's links, by their names (product names: the same in every language). */
const OUTLOOK = [
  ['outlook', 'Outlook.com'],
  ['office', 'Outlook 365'],
] as const;

/**
 * "Add to calendar" and the linked stream: their code (the iCalendar writer, the streams path of the
 * client) loads only when a visitor opens an event.
 */
export async function loadEventExtras(
  occurrence: EventOccurrence,
  client: (() => Promise<GovtechClient>) | undefined,
  now: () => number,
): Promise<EventExtras> {
  const streamId = occurrence.event.streamId;
  const [{ toICS, googleCalendarUrl, outlookCalendarUrl }, stream] = await Promise.all([
    import('@govtech-network/sdk/ics'),
    // Without streams.json only the stream link is left out: "add to calendar" does not need it.
    streamId && client ? client().then((feed) => optionalPart('streams', feed.streams.get(streamId))) : undefined,
  ]);
  const span = { start: +occurrence.start, end: +occurrence.end };
  return {
    google: googleCalendarUrl(occurrence.event, span),
    outlook: outlookCalendarUrl(occurrence.event, 'live', span),
    office: outlookCalendarUrl(occurrence.event, 'office', span),
    ics: () => toICS(occurrence.event, { now: now() }),
    streamUrl: stream?.item?.watchUrl,
    missing: stream?.missing ?? [],
  };
}
