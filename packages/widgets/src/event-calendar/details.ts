/**
 * The calendar's details dialog, loaded when a visitor first opens a day or an event (and warmed before:
 * when the browser is idle after the events are shown, or as the pointer or focus reaches them), with
 * its styles: a day's events or one event's details, as templates, the dialog's state (what it shows,
 * where the focus goes back) and the extras an opened event gains once their code has loaded (the .ics
 * download, Google Calendar and Outlook links, the linked stream). The calendar keeps the `<dialog>`
 * element itself (closed and empty until then); what goes in it is rendered here.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Clock, EventDocumentKind, EventOccurrence, GovtechClient, MissingFile } from '@govtech-network/sdk';
import { feedClient } from '../base/client-registry.js';
import { optionalPart } from '../base/feed-controller.js';
import { partialNote } from '../base/govtech-element.js';
import type { BaseMessages, Locale } from '../base/i18n.js';
import { renderMarkdown } from '../base/markdown.js';
import { downloadFile } from '../internal/download.js';
import { dateText, whenText, type ZonedReader } from '../internal/zoned-time.js';
import type { CalendarDay } from './calendar-model.js';
import { agendaEventTemplate, dayDate, statusBadgeTemplate, type CalendarText, type OpenEvent } from './templates.js';

/** The details' words, in the three languages (this chunk's own: pages never download them before a first opening). */
export interface DetailsMessages {
  /** Marks a time converted to the visitor's zone, next to the event's own. */
  yourTime: string;
  speakers: string;
  location: string;
  outcomes: string;
  documents: string;
  documentKinds: Record<EventDocumentKind, string>;
  joinOnline: string;
  register: string;
  watchStream: string;
  downloadIcs: string;
  googleCalendar: string;
  /** Under a rescheduled event: where it was before; `dateText` is already formatted. */
  previouslyOn(dateText: string): string;
  /** The partial note when the link to the event's stream could not be loaded (streams.json failed). */
  streamLinkMissing: string;
}

export const messages: Record<Locale, DetailsMessages> = {
  es: {
    yourTime: 'tu hora',
    speakers: 'Expositores',
    location: 'Lugar',
    outcomes: 'Acuerdos',
    documents: 'Documentos',
    documentKinds: { minutes: 'Minuta', slides: 'Presentación', report: 'Informe', other: 'Documento' },
    joinOnline: 'Unirse en línea',
    register: 'Inscribirse',
    watchStream: 'Ver la transmisión',
    downloadIcs: 'Descargar archivo .ics',
    googleCalendar: 'Google Calendar',
    previouslyOn: (dateText) => `Fecha original: ${dateText}`,
    streamLinkMissing: 'No pudimos cargar el enlace a la transmisión.',
  },
  pt: {
    yourTime: 'seu horário',
    speakers: 'Palestrantes',
    location: 'Local',
    outcomes: 'Encaminhamentos',
    documents: 'Documentos',
    documentKinds: { minutes: 'Ata', slides: 'Apresentação', report: 'Relatório', other: 'Documento' },
    joinOnline: 'Participar on-line',
    register: 'Inscrever-se',
    watchStream: 'Assistir à transmissão',
    downloadIcs: 'Baixar arquivo .ics',
    googleCalendar: 'Google Agenda',
    previouslyOn: (dateText) => `Data original: ${dateText}`,
    streamLinkMissing: 'Não foi possível carregar o link da transmissão.',
  },
  en: {
    yourTime: 'your time',
    speakers: 'Speakers',
    location: 'Location',
    outcomes: 'Outcomes',
    documents: 'Documents',
    documentKinds: { minutes: 'Minutes', slides: 'Slides', report: 'Report', other: 'Document' },
    joinOnline: 'Join online',
    register: 'Register',
    watchStream: 'Watch the stream',
    downloadIcs: 'Download .ics file',
    googleCalendar: 'Google Calendar',
    previouslyOn: (dateText) => `Originally scheduled for ${dateText}`,
    streamLinkMissing: 'We couldn’t load the link to the stream.',
  },
};

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

/** What the details see of the calendar. */
export interface DetailsHost {
  readonly element: ReactiveControllerHost & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly src: string | undefined;
    readonly clock: Clock | undefined;
    readonly now: (() => Date | number) | undefined;
    reportError(error: unknown, partial?: boolean): void;
  };
  /** Words and times, and who reads them. */
  readonly text: () => CalendarText & DetailsReader;
  /** A day's events as the calendar shows them (its filters and legend applied). */
  readonly dayEvents: (day: CalendarDay) => EventOccurrence[];
  readonly openEvent: OpenEvent;
  readonly currentTime: () => number;
  /** With `sync-url`: "Compartir" and its status (share.ts), under an event's details. */
  readonly share: () => TemplateResult | typeof nothing;
  /** On paper only (print.ts): the feed's name, the zone of the times and the date printed, as under the calendar. */
  readonly printNote: () => TemplateResult | typeof nothing;
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
  readonly #host: DetailsHost;
  #openedFrom: HTMLElement | null = null;

  constructor(host: DetailsHost) {
    this.#host = host;
  }

  get element(): HTMLDialogElement | null {
    return this.#host.element.renderRoot.querySelector('dialog');
  }

  /** Shows `content` as a modal dialog, focusing its Close button; `opener`, when given, gets the focus back. */
  async show(content: DetailsContent, opener?: HTMLElement | null): Promise<void> {
    if (opener !== undefined) this.#openedFrom = opener;
    if ('occurrence' in content) this.extras = undefined;
    this.content = content;
    const host = this.#host.element;
    host.requestUpdate();
    await host.updateComplete;
    const dialog = this.element;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('.close')?.focus();
  }

  /** Shows an occurrence's details, and loads their extras. */
  open(occurrence: EventOccurrence, opener?: HTMLElement | null): void {
    void this.show({ occurrence }, opener);
    void this.#loadExtras(occurrence);
  }

  /** Closes the dialog (its `close` event then empties it). */
  close(): void {
    this.element?.close();
  }

  /** The dialog's `close` event (Close, Escape): it empties, and the focus goes back where the visitor was. */
  closed(): void {
    this.content = undefined;
    this.#host.element.requestUpdate();
    const opener = this.#openedFrom;
    this.#openedFrom = null;
    if (opener?.isConnected) opener.focus();
  }

  /** What the dialog holds now (nothing while it is closed). */
  render(): TemplateResult | typeof nothing {
    const { content, extras } = this;
    if (!content) return nothing;
    const host = this.#host;
    const { language, locale, displayZone, ...calendar } = host.text();
    const d = messages[language];
    const text: DetailsText = { ...calendar, d, reader: { locale, displayZone, yourTime: d.yourTime } };
    const actions = { close: () => this.close(), openEvent: host.openEvent, downloadIcs: () => this.#downloadIcs() };
    if ('day' in content) return html`${dayDetailsTemplate(content.day, host.dayEvents(content.day), text, actions)}${host.printNote()}`;
    const retry = () => void this.#loadExtras(content.occurrence);
    const note = partialNote(extras?.missing.length ? d.streamLinkMissing : undefined, text.base, retry);
    return html`${eventDetailsTemplate(content.occurrence, extras, text, actions)}${host.share()}${note}${host.printNote()}`;
  }

  async #loadExtras(occurrence: EventOccurrence): Promise<void> {
    const element = this.#host.element;
    const src = element.src;
    try {
      const client = src ? async () => feedClient(src, element.clock, element.now) : undefined;
      const extras = await loadEventExtras(occurrence, client, this.#host.currentTime);
      for (const file of extras.missing) element.reportError(file.error, true);
      // Kept only while it is still the occurrence shown.
      const content = this.content;
      if (!content || !('occurrence' in content) || content.occurrence !== occurrence) return;
      this.extras = extras;
      element.requestUpdate();
    } catch (error) {
      // The details stay useful without these extras; the webmaster still hears about it.
      element.reportError(error);
    }
  }

  #downloadIcs(): void {
    const { content, extras } = this;
    if (!extras || !content || !('occurrence' in content)) return;
    downloadFile(`${content.occurrence.event.id}.ics`, extras.ics(), 'text/calendar;charset=utf-8');
  }
}

/** Who reads the details: the calendar's language, its locale and the zone it shows. */
export interface DetailsReader {
  /** The base's strings ("Close", "Example"). */
  readonly base: BaseMessages;
  readonly language: Locale;
  readonly locale: string;
  readonly displayZone: string;
}

interface DetailsText extends CalendarText {
  readonly base: BaseMessages;
  readonly d: DetailsMessages;
  /** Who reads the times: "17:00 Santiago · 15:00 tu hora" (internal/zoned-time.ts). */
  readonly reader: ZonedReader;
}

interface DetailsActions {
  readonly close: () => void;
  readonly openEvent: OpenEvent;
  readonly downloadIcs: () => void;
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
  const { m, d } = text;
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
      ? html`<p class="note">${d.previouslyOn(dateText(new Date(event.previousStart), event.timeZone, text.reader.locale))}</p>`
      : nothing}
    ${event.description ? html`<div class="description">${renderMarkdown(event.description)}</div>` : nothing}
    ${event.speakers?.length
      ? html`<h3>${d.speakers}</h3>
          <ul>
            ${event.speakers.map(
              (speaker) => html`<li>${speaker.name}${[speaker.role, speaker.affiliation].filter(Boolean).map((extra) => html` · ${extra}`)}</li>`,
            )}
          </ul>`
      : nothing}
    ${address ? html`<h3>${d.location}</h3><p>${address}</p>` : nothing}
    ${event.outcomes ? html`<h3>${d.outcomes}</h3><p>${event.outcomes}</p>` : nothing}
    ${event.documents?.length
      ? html`<h3>${d.documents}</h3>
          <ul>
            ${event.documents.map(
              (doc) => html`<li><a href=${doc.url} target="_blank" rel="noopener noreferrer">${doc.title}</a> (${d.documentKinds[doc.kind]})</li>`,
            )}
          </ul>`
      : nothing}
    <div class="actions">
      ${event.onlineUrl && active ? external(event.onlineUrl, d.joinOnline, true) : nothing}
      ${event.registrationUrl && active ? external(event.registrationUrl, d.register) : nothing}
      ${extras?.streamUrl ? external(extras.streamUrl, d.watchStream) : nothing}
      ${extras && active
        ? html`<button class="button" type="button" @click=${on.downloadIcs}>${d.downloadIcs}</button>
            ${external(extras.google, d.googleCalendar)}
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

/** The dialog's look, adopted when its code arrives (a closed dialog is not shown before). */
export const styles = css`
  .day-events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  dialog {
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1em;
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.25em;
  }
  dialog h3 {
    font-size: 1em;
    margin: 1em 0 0.25em;
  }
  .when {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }
`;
