/**
 * `view="upcoming"`, loaded when a calendar shows it: the next events from now as a compact list, for
 * home pages and sidebars. No month and no navigation; it moves on by itself when one of them ends,
 * waiting on the shared ticker (internal/ticker.ts), never a timer of its own.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { systemClock, type EventOccurrence } from '@govtech-network/sdk';
import type { Clock } from '@govtech-network/sdk/clock';
import type { Locale } from '../base/i18n.js';
import { tickerFor } from '../internal/ticker.js';
import { agendaEventTemplate, type CalendarText, type OpenEvent } from './templates.js';

export const messages: Record<Locale, { upcoming: string; noUpcoming: string; fullAgenda: string }> = {
  es: { upcoming: 'Próximos eventos', noUpcoming: 'No hay eventos próximos.', fullAgenda: 'Ver agenda completa' },
  pt: { upcoming: 'Próximos eventos', noUpcoming: 'Não há eventos próximos.', fullAgenda: 'Ver agenda completa' },
  en: { upcoming: 'Upcoming events', noUpcoming: 'No upcoming events.', fullAgenda: 'See the full agenda' },
};

const DAY_MS = 86_400_000;

/**
 * The first `limit` occurrences not over at `now` and starting before `until` (occurrences in start
 * order); five when `limit` is not a positive number.
 */
export function upcomingOccurrences<T extends { start: Date; end: Date }>(occurrences: readonly T[], now: number, until: number, limit: number): T[] {
  return occurrences.filter((o) => +o.end > now && +o.start < until).slice(0, limit >= 1 ? limit : 5);
}

/** When the list shown changes next: the earliest end among `shown` (a later event then takes its place). */
export function nextUpcomingChange(shown: readonly { end: Date }[], now: number): number | undefined {
  const ends = shown.map((o) => +o.end).filter((end) => end > now);
  return ends.length ? Math.min(...ends) : undefined;
}

/**
 * Calls `change` at `at` on the widget's clock, through the ticker its widgets share; a day at most (a
 * longer wait would overflow the timer, and the list's days ahead move on too). Returns what cancels it.
 */
export function waitUntilChange(clock: Clock | undefined, at: number, now: number, change: () => void): () => void {
  return tickerFor(clock ?? systemClock).after(Math.min(at - now, DAY_MS), change);
}

/** A link the list may point to: http(s) only, else none. */
export function safeHref(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function upcomingTemplate(
  input: {
    occurrences: readonly EventOccurrence[];
    /** "jue, 3 dic": the date an occurrence starts on. */
    day: (occurrence: EventOccurrence) => string;
    moreHref: string | undefined;
    level: number;
  },
  legend: TemplateResult | typeof nothing,
  text: CalendarText & { readonly upcoming: (typeof messages)[Locale] },
  openEvent: OpenEvent,
): TemplateResult {
  const { occurrences, moreHref } = input;
  const words = text.upcoming;
  return html`<div class="title" part="title" role="heading" aria-level=${input.level}>${words.upcoming}</div>
    ${legend}
    ${occurrences.length
      ? html`<ol class="agenda upcoming" part="list">
          ${occurrences.map(
            (occurrence) => html`<li>
              <span class="upcoming-date">${input.day(occurrence)}</span>
              ${agendaEventTemplate(occurrence, text, openEvent, 'event')}
            </li>`,
          )}
        </ol>`
      : html`<p class="state">${words.noUpcoming}</p>`}
    ${moreHref ? html`<p class="more-link"><a href=${moreHref} part="more-link">${words.fullAgenda}</a></p>` : nothing}`;
}

export const styles = css`
  .upcoming > li {
    display: grid;
    gap: 0.125em;
  }
  .upcoming > li + li {
    margin-block-start: 0.5em;
  }
  .upcoming-date {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .upcoming-date::first-letter {
    text-transform: uppercase;
  }
  .upcoming .agenda-event {
    margin: 0;
  }
  .more-link {
    margin: 0.75em 0 0;
  }
`;
