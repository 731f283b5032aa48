/**
 * Filtering, search and facet counts over the labs directory. The work that depends only on the data
 * (normalizing names, places and focus areas) happens once in `indexLabs`; each query then only compares
 * precomputed keys, which keeps a directory of thousands of labs responsive as the user types.
 */
import { collator } from './intl.js';
import type { GovLab } from './schema/lab.js';
import { filterKeys, matchesAllTerms, searchTerms, searchText, valueKey } from './text.js';

/**
 * One value or several; several values of one facet combine with OR, different facets with AND. Values
 * compare case- and accent-insensitively. An empty list or a blank string sets no constraint.
 */
export type FilterValue = string | readonly string[];

export interface LabFilter {
  sector?: FilterValue;
  country?: FilterValue;
  region?: FilterValue;
  city?: FilterValue;
  /** Focus areas. */
  focus?: FilterValue;
  /** Network ids. */
  network?: FilterValue;
  /** Words that must all appear, in any of name, city, region, description and focus areas. */
  q?: string;
}

export type LabFacetName = 'sector' | 'country' | 'region' | 'city' | 'focus' | 'network';

export interface FacetCount {
  /** As the feed spells it (the first spelling seen when the feed varies in case or accents). */
  value: string;
  count: number;
}

export type LabFacets = Record<LabFacetName, FacetCount[]>;

/** A lab with what queries compare, computed once by `indexLabs`. */
export interface IndexedLab {
  readonly lab: GovLab;
  /** Normalized name, city, region, description and focus areas, one per line. */
  readonly searchText: string;
  /** Distinct normalized values of each facet. */
  readonly keys: Readonly<Record<LabFacetName, readonly string[]>>;
}

export interface LabIndex {
  readonly labs: readonly GovLab[];
  readonly entries: readonly IndexedLab[];
  /** For each facet, the feed's first spelling of each key. */
  readonly spellings: Readonly<Record<LabFacetName, ReadonlyMap<string, string>>>;
}

const FACET_NAMES: readonly LabFacetName[] = ['sector', 'country', 'region', 'city', 'focus', 'network'];

/** Prepares `labs` for querying; index once per feed load, then filter and count as often as needed. */
export function indexLabs(labs: readonly GovLab[]): LabIndex {
  const spellings = byFacet(() => new Map<string, string>());
  const entries = labs.map((lab): IndexedLab => {
    const values = facetValues(lab);
    const keys = byFacet((name) => {
      const distinct = new Set<string>();
      for (const value of values[name]) {
        const key = valueKey(value);
        if (!spellings[name].has(key)) spellings[name].set(key, value);
        distinct.add(key);
      }
      return [...distinct];
    });
    return { lab, searchText: searchText([lab.name, lab.city, lab.region, lab.description, ...values.focus]), keys };
  });
  return { labs, entries, spellings };
}

/** The labs that match every filter, in feed order. */
export function filterLabs(index: LabIndex, filter: LabFilter = {}): GovLab[] {
  const { terms, facetFilters } = compileFilter(filter);
  return searchEntries(index, terms)
    .filter((entry) => facetFilters.every((facet) => accepts(entry, facet)))
    .map((entry) => entry.lab);
}

/** The last search: its index, its terms (joined by spaces) and the entries that have them all. */
let last: { index: LabIndex; q: string; entries: readonly IndexedLab[] } | undefined;

/**
 * The entries whose text has every term. A directory asks twice per keystroke (its labs and its facet
 * counts): the second is the first's answer. And typing on narrows a search: when the new terms, joined,
 * contain the last ones (terms hold no spaces, so each last term is inside a new one), every new match
 * was a match then, and only the last matches are searched, not the whole index again.
 */
function searchEntries(index: LabIndex, terms: readonly string[]): readonly IndexedLab[] {
  const q = terms.join(' ');
  if (last?.index !== index || last.q !== q) {
    const within = last?.index === index && q.includes(last.q) ? last.entries : index.entries;
    last = { index, q, entries: within.filter((entry) => matchesAllTerms(entry.searchText, terms)) };
  }
  return last.entries;
}

/**
 * Disjunctive facet counts: the counts of facet F apply every filter except F's own, so each value says
 * how many labs choosing it alone in F would leave. A lab with several focus areas or networks counts
 * once under each. Values no lab has are left out; the rest sort by count, then by name.
 */
export function labFacets(index: LabIndex, filter: LabFilter = {}): LabFacets {
  const { terms, facetFilters } = compileFilter(filter);
  const counts = byFacet(() => new Map<string, number>());
  for (const entry of searchEntries(index, terms)) {
    const failed = facetFilters.filter((facet) => !accepts(entry, facet));
    if (failed.length > 1) continue;
    // A lab failing only F's own filter is one that choosing another value of F would bring in.
    const [onlyFailed] = failed;
    for (const name of onlyFailed ? [onlyFailed[0]] : FACET_NAMES) {
      for (const key of entry.keys[name]) counts[name].set(key, (counts[name].get(key) ?? 0) + 1);
    }
  }
  return byFacet((name) => sortedCounts(counts[name], index.spellings[name]));
}

type FacetFilter = readonly [name: LabFacetName, keys: ReadonlySet<string>];

function compileFilter(filter: LabFilter): { terms: string[]; facetFilters: FacetFilter[] } {
  const facetFilters = FACET_NAMES.flatMap((name): FacetFilter[] => {
    const keys = filterKeys(filter[name]);
    return keys ? [[name, keys]] : [];
  });
  return { terms: searchTerms(filter.q ?? ''), facetFilters };
}

function accepts(entry: IndexedLab, [name, keys]: FacetFilter): boolean {
  return entry.keys[name].some((key) => keys.has(key));
}

function facetValues(lab: GovLab): Record<LabFacetName, readonly string[]> {
  return {
    sector: [lab.sector],
    country: [lab.country],
    region: lab.region === undefined ? [] : [lab.region],
    city: lab.city === undefined ? [] : [lab.city],
    focus: lab.focusAreas ?? [],
    network: lab.networks ?? [],
  };
}

function sortedCounts(counts: ReadonlyMap<string, number>, spellings: ReadonlyMap<string, string>): FacetCount[] {
  return [...counts]
    .map(([key, count]) => ({ value: spellings.get(key) ?? key, count }))
    .sort((a, b) => b.count - a.count || collator('es').compare(a.value, b.value));
}

function byFacet<T>(make: (name: LabFacetName) => T): Record<LabFacetName, T> {
  return Object.fromEntries(FACET_NAMES.map((name) => [name, make(name)])) as Record<LabFacetName, T>;
}
