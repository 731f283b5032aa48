/**
 * The calendar on paper (A4, black and white), loaded when the browser is idle once the events are
 * shown (the browser lays the page out for print at once after `beforeprint`, too soon to load code
 * then), on top of the base's
 * print rules (base/print-styles.ts: black on white, no buttons; in the calendar's own styles, so that
 * a page printed before this module arrives still prints them): no navigation, tools (search box,
 * subscribe menu), filters or legend (its colours are gone on paper); every event of a day, "+N more"
 * ones included, with its full title; borders instead of fills; weeks and agenda days not cut across
 * pages; a line with the feed's name, the zone of the times and the date printed. With an event's
 * details open, only they print (from the top of the page, without the modal's backdrop), with that line.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css, html, type TemplateResult } from 'lit';
import type { Locale } from '../base/i18n.js';

/** The zone the times are in, and when the page was printed, both already formatted (after the feed's name). */
const messages: Record<Locale, (timeZone: string, date: string) => string> = {
  es: (timeZone, date) => `Horarios en ${timeZone}. Impreso el ${date}.`,
  pt: (timeZone, date) => `Horários em ${timeZone}. Impresso em ${date}.`,
  en: (timeZone, date) => `Times in ${timeZone}. Printed on ${date}.`,
};

/** The line printed under the calendar (hidden on screen): the feed's name, the zone of the times, the date printed. */
export function printNoteTemplate(locale: Locale, feedName: string | undefined, timeZone: string, date: string): TemplateResult {
  const name = feedName ? `${feedName.replace(/[.\s]+$/, '')}. ` : '';
  return html`<p class="print-note">${name}${messages[locale](timeZone, date)}</p>`;
}

export const styles = css`
  .print-note {
    display: none;
  }
  @media print {
    :host {
      min-height: 0;
      --_surface: #fff;
      --_border: #000;
      --_accent: #000;
      --_on-accent: #000;
      --_danger: #000;
      --_series-1: #000;
      --_series-2: #000;
      --_series-3: #000;
      --_series-4: #000;
      --_series-5: #000;
      --_series-6: #000;
      --_series-7: #000;
      --_series-8: #000;
    }
    .nav,
    .tools,
    .filters,
    .legend,
    .more {
      display: none !important;
    }
    .print-note {
      display: block;
    }
    td {
      height: auto;
      min-height: 4em;
    }
    tr,
    .agenda > li,
    .upcoming > li {
      break-inside: avoid;
    }
    td.today .day-number {
      background: none;
      border: 1px solid #000;
    }
    .chip,
    .chip-title,
    .agenda-title {
      white-space: normal;
      overflow: visible;
      text-overflow: clip;
      overflow-wrap: anywhere;
    }
    .chip-title {
      flex-basis: 100%;
    }
    .chips {
      display: grid;
    }
    .chip {
      width: 100%;
      height: auto;
      padding: 0.125em 0.25em;
      border-radius: 0;
      border-inline-start: 2px solid #000;
      background: none;
    }
    .agenda-event {
      border-color: #000;
      border-inline-start-width: 2px;
    }
    .root:has(dialog[open]) > :not(dialog) {
      display: none !important;
    }
    dialog[open] {
      position: static;
      margin: 0;
      width: auto;
      max-width: none;
      max-height: none;
      border: 0;
      padding: 0;
    }
    dialog::backdrop {
      display: none;
    }
    dialog .actions,
    dialog .share-status {
      display: none;
    }
  }
`;
