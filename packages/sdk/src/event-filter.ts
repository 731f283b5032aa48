import type { FilterValue } from './labs.js';
import type { EventKindName, GovEvent } from './schema/event.js';
import { filterKeys, matchesAllTerms, searchTerms, searchText, valueKey } from './text.js';

/** Values within one field combine with OR, fields with AND; empty lists set no constraint. */
export interface EventFilter {
  kinds?: readonly EventKindName[];
  /** Compared case- and accent-insensitively with the event's topics. */
  topics?: readonly string[];
  /** ISO country codes, compared with `location.country`. */
  country?: FilterValue;
  /** Network ids. */
  network?: FilterValue;
  /**
   * Words that must all appear, case- and accent-insensitively, in any of title, description, topics,
   * speakers' names and affiliations, organizers, and the location's name and city.
   */
  q?: string;
}

/** Compiles `filter` once into a predicate to apply to many events. */
export function eventMatcher(filter: EventFilter = {}): (event: GovEvent) => boolean {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const topics = filterKeys(filter.topics);
  const countries = filterKeys(filter.country);
  const networks = filterKeys(filter.network);
  const terms = searchTerms(filter.q ?? '');
  return (event) =>
    (!kinds || kinds.has(event.kind)) &&
    matchesAnyKey(topics, event.topics ?? []) &&
    matchesAnyKey(countries, [event.location?.country]) &&
    matchesAnyKey(networks, [event.network]) &&
    (terms.length === 0 || matchesAllTerms(eventSearchText(event), terms));
}

function matchesAnyKey(keys: ReadonlySet<string> | undefined, values: ReadonlyArray<string | undefined>): boolean {
  return !keys || values.some((value) => value !== undefined && keys.has(valueKey(value)));
}

function eventSearchText(event: GovEvent): string {
  return searchText([
    event.title,
    event.description,
    ...(event.topics ?? []),
    ...(event.speakers ?? []).flatMap((speaker) => [speaker.name, speaker.affiliation]),
    ...(event.organizers ?? []).map((organizer) => organizer.name),
    event.location?.name,
    event.location?.city,
  ]);
}
