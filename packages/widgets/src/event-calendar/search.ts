/**
 * The calendar's search box (`search`), loaded on first use. It searches every event the feed holds, not
 * only the month shown: the client's `events.all()` reads events.json when the feed gives it (one request),
 * else each monthly shard once, and the client's cache serves every later search and keystroke (no new
 * request). The SDK's `q` matching (`eventMatcher`: every word, case- and accent-insensitively, in title,
 * description, topics, speakers, organizers and place) picks the events, with the calendar's own
 * narrowing (kinds, topics, country, network, the filter form); each result is the event's next date (else
 * its last), listed with its date: upcoming first, then past ones from the most recent. The count is
 * announced politely; Escape clears the search and the month comes back.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { eventMatcher, occurrenceAt, type EventKindName, type EventOccurrence } from '@govtech-network/sdk';
import { feedClient } from '../base/client-registry.js';
import type { Locale } from '../base/i18n.js';
import { parseList } from '../internal/list-attribute.js';
import { agendaEventTemplate } from './templates.js';
import type { CalendarTool, CalendarToolFactory, CalendarToolHost } from './tools.js';

/** Results listed at most; the count says how many matched. */
const RESULT_LIMIT = 50;

interface SearchMessages {
  label: string;
  searching: string;
  /** The count announced and shown: "3 eventos encontrados". */
  found(count: number): string;
  /** Under a list cut at RESULT_LIMIT. */
  firstOnly(shown: number): string;
  failed: string;
}

const messages: Record<Locale, SearchMessages> = {
  es: {
    label: 'Buscar eventos',
    searching: 'Buscando…',
    found: (count) => (count === 0 ? 'Ningún evento coincide con la búsqueda.' : count === 1 ? '1 evento encontrado.' : `${count} eventos encontrados.`),
    firstOnly: (shown) => `Se muestran los primeros ${shown}; escriba más palabras para acotar.`,
    failed: 'No pudimos buscar en la agenda. Inténtelo de nuevo más tarde.',
  },
  pt: {
    label: 'Pesquisar eventos',
    searching: 'Pesquisando…',
    found: (count) => (count === 0 ? 'Nenhum evento corresponde à pesquisa.' : count === 1 ? '1 evento encontrado.' : `${count} eventos encontrados.`),
    firstOnly: (shown) => `Mostrando os primeiros ${shown}; escreva mais palavras para restringir.`,
    failed: 'Não foi possível pesquisar na agenda. Tente novamente mais tarde.',
  },
  en: {
    label: 'Search events',
    searching: 'Searching…',
    found: (count) => (count === 0 ? 'No event matches the search.' : count === 1 ? '1 event found.' : `${count} events found.`),
    firstOnly: (shown) => `Showing the first ${shown}; type more words to narrow it down.`,
    failed: 'We couldn’t search the calendar. Please try again later.',
  },
};

export const styles = css`
  .search {
    margin-block-end: 0.75em;
    flex: 1 1 16em;
  }
  .search input {
    width: 100%;
  }
  .search-results .agenda-day::first-letter {
    text-transform: uppercase;
  }
`;

class CalendarSearch implements CalendarTool {
  #query = '';
  /** The results of `#query` (all matches, in order), once found; undefined while searching. */
  #results: EventOccurrence[] | undefined;
  #failed = false;
  #run: AbortController | undefined;
  readonly #host: CalendarToolHost;

  constructor(host: CalendarToolHost) {
    this.#host = host;
  }

  control(): TemplateResult {
    // The calendar's text changed without typing (a shared link's `cal-q`, Back or Forward): search it.
    const held = this.#host.searchText();
    if (held !== this.#query) queueMicrotask(() => this.#search(held));
    const m = messages[this.#host.language()];
    return html`<form class="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label class="field">
        ${m.label}
        <input
          type="search"
          autocomplete="off"
          .value=${this.#query}
          @input=${(e: Event) => this.#search((e.target as HTMLInputElement).value)}
          @keydown=${this.#keydown}
        />
      </label>
      <p class="visually-hidden" role="status">${this.#status(m)}</p>
    </form>`;
  }

  replacement(): TemplateResult | undefined {
    if (!this.#query.trim()) return undefined;
    const m = messages[this.#host.language()];
    const results = this.#results;
    if (this.#failed) return html`<p class="state">${m.failed}</p>`;
    if (!results) return html`<p class="state" aria-busy="true">${m.searching}</p>`;
    if (!results.length) return html`<p class="state">${m.found(0)}</p>`;
    const text = this.#host.text();
    const level = this.#host.headingLevel();
    const shown = results.slice(0, RESULT_LIMIT);
    return html`<p class="note">${m.found(results.length)}</p>
      <ol class="agenda search-results" part="list">
        ${this.#byDate(shown).map(
          ([date, occurrences]) => html`<li>
            <div class="agenda-day" role="heading" aria-level=${level}>${date}</div>
            <ul>
              ${occurrences.map((occurrence) => html`<li>${agendaEventTemplate(occurrence, text, this.#host.openEvent, 'event')}</li>`)}
            </ul>
          </li>`,
        )}
      </ol>
      ${results.length > shown.length ? html`<p class="note">${m.firstOnly(shown.length)}</p>` : nothing}`;
  }

  /** What the live region says: the count once found (nothing while no search is typed or it is under way). */
  #status(m: SearchMessages): string {
    if (!this.#query.trim()) return '';
    if (this.#failed) return m.failed;
    return this.#results ? m.found(this.#results.length) : '';
  }

  readonly #keydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.#query) return;
    e.preventDefault();
    (e.target as HTMLInputElement).value = '';
    this.#search('');
  };

  /** Consecutive results of one date under one heading, the date with its year ("martes, 23 de febrero de 2022"). */
  #byDate(results: readonly EventOccurrence[]): Array<[string, EventOccurrence[]]> {
    const text = this.#host.text();
    const groups: Array<[string, EventOccurrence[]]> = [];
    for (const occurrence of results) {
      const { event } = occurrence;
      // An all-day event's date is its own zone's; a timed one's, the calendar's (as its time is).
      const timeZone = event.allDay ? event.timeZone : this.#host.displayZone();
      const date = text.format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(occurrence.start);
      const last = groups.at(-1);
      if (last?.[0] === date) last[1].push(occurrence);
      else groups.push([date, [occurrence]]);
    }
    return groups;
  }

  #search(query: string): void {
    this.#query = query;
    this.#host.searched(query);
    this.#results = undefined;
    this.#failed = false;
    this.#run?.abort();
    const run = (this.#run = new AbortController());
    const element = this.#host.element;
    element.requestUpdate();
    if (!query.trim() || !element.src) return;
    void (async () => {
      const { src, clock, now, kinds, topics, country, network } = element;
      const client = await feedClient(src!, clock, now);
      const { items } = await client.events.all({ signal: run.signal });
      if (run.signal.aborted) return;
      const matches = eventMatcher({ q: query, kinds: parseList(kinds) as EventKindName[], topics: parseList(topics), country, network });
      const at = this.#host.currentTime();
      const found = this.#host.chosen(items.filter(matches).flatMap((event) => occurrenceAt(event, at) ?? []));
      // Upcoming first, soonest first; then the past, most recent first.
      const upcoming = found.filter((o) => +o.end > at).sort((a, b) => +a.start - +b.start);
      const past = found.filter((o) => +o.end <= at).sort((a, b) => +b.start - +a.start);
      this.#results = [...upcoming, ...past];
      element.requestUpdate();
    })().catch((error: unknown) => {
      if (run.signal.aborted) return;
      this.#failed = true;
      // The calendar itself still works: a partial failure, as a missing shard is.
      element.reportError(error, true);
      element.requestUpdate();
    });
  }
}

export const createTool: CalendarToolFactory = (host) => new CalendarSearch(host);
