/**
 * The filter form (`filters`), loaded when a calendar asks for it: a kind and a topic among those of the
 * events loaded, and "Limpiar filtros". Asked for as the calendar connects, in parallel with its feed;
 * the calendar's first frame waits for it (as for a language's strings), so the form is drawn with the
 * skeleton and nothing moves when it comes. What the visitor chose (`FilterChoice`, `chosenOccurrences`)
 * stays in calendar-model.ts: a shared link (`sync-url`) can choose a kind or topic without the form.
 * (Comments stay out of the css`` text: it ships as written.)
 */
import { css, html, type TemplateResult } from 'lit';
import type { EventKindName } from '@govtech-network/sdk';
import type { Locale } from '../base/i18n.js';
import type { FilterChoice } from './calendar-model.js';
import type { CalendarMessages } from './messages.js';

export interface FiltersMessages {
  filters: string;
  kindFilter: string;
  topicFilter: string;
  allKinds: string;
  allTopics: string;
  clearFilters: string;
}

export const messages: Record<Locale, FiltersMessages> = {
  es: {
    filters: 'Filtros',
    kindFilter: 'Tipo de evento',
    topicFilter: 'Tema',
    allKinds: 'Todos los tipos',
    allTopics: 'Todos los temas',
    clearFilters: 'Limpiar filtros',
  },
  pt: {
    filters: 'Filtros',
    kindFilter: 'Tipo de evento',
    topicFilter: 'Tema',
    allKinds: 'Todos os tipos',
    allTopics: 'Todos os temas',
    clearFilters: 'Limpar filtros',
  },
  en: {
    filters: 'Filters',
    kindFilter: 'Event type',
    topicFilter: 'Topic',
    allKinds: 'All types',
    allTopics: 'All topics',
    clearFilters: 'Clear filters',
  },
};

/** The kinds (in feed order) and topics (sorted for `locale`) that the filter form offers for `occurrences`. */
export function filterOptions(
  occurrences: readonly { event: { kind: EventKindName; topics?: readonly string[] | undefined } }[],
  locale: string,
): { kinds: EventKindName[]; topics: string[] } {
  return {
    kinds: [...new Set(occurrences.map(({ event }) => event.kind))],
    topics: [...new Set(occurrences.flatMap(({ event }) => event.topics ?? []))].sort((a, b) => a.localeCompare(b, locale)),
  };
}

/** The form: its selects offer `options`, show `choice`, and each change calls `choose` with the new choice. */
export function filtersTemplate(
  options: { kinds: readonly EventKindName[]; topics: readonly string[]; choice: FilterChoice },
  words: FiltersMessages,
  kindNames: CalendarMessages['kinds'],
  choose: (choice: FilterChoice) => void,
): TemplateResult {
  const { kinds, topics, choice } = options;
  const selected = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`<form class="filters" part="filters" aria-label=${words.filters} @submit=${(e: Event) => e.preventDefault()}>
    <label class="field">
      ${words.kindFilter}
      <select @change=${(e: Event) => choose({ ...choice, kind: selected(e) })} .value=${choice.kind}>
        <option value="">${words.allKinds}</option>
        ${kinds.map((kind) => html`<option value=${kind} ?selected=${kind === choice.kind}>${kindNames[kind]}</option>`)}
      </select>
    </label>
    <label class="field">
      ${words.topicFilter}
      <select @change=${(e: Event) => choose({ ...choice, topic: selected(e) })} .value=${choice.topic}>
        <option value="">${words.allTopics}</option>
        ${topics.map((topic) => html`<option value=${topic} ?selected=${topic === choice.topic}>${topic}</option>`)}
      </select>
    </label>
    <button class="button" type="button" ?disabled=${!choice.kind && !choice.topic} @click=${() => choose({ kind: '', topic: '' })}>
      ${words.clearFilters}
    </button>
  </form>`;
}

export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    margin-block-end: 0.75em;
  }
  .filters .field {
    flex: 1 1 12em;
  }
  .filters select {
    width: 100%;
  }
`;
