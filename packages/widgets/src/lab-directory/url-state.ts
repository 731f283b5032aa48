/**
 * The directory's state in the page URL (`sync-url`): loaded on first use, by a directory that keeps its
 * search, filters, sort and open lab there, so one that does not never downloads it.
 */
import { readParams, updateLocation, writeParams } from '../internal/url-params.js';
import { FACETS, SORTS, type DirectoryState, type SortKey } from './directory-state.js';

/** Parameters are prefixed (`lab-q`, `lab-sector`…, internal/url-params.ts); facet values repeat. */
const PREFIX = 'lab-';
const NAMES = ['q', 'sort', 'id', ...FACETS];

export function readState(search: string, fallbackSort: SortKey): DirectoryState {
  const values = readParams(search, PREFIX);
  const facets: DirectoryState['facets'] = {};
  for (const facet of FACETS) if (values(facet).length) facets[facet] = values(facet);
  const sort = values('sort')[0] as SortKey;
  const lab = values('id')[0];
  return { q: values('q')[0] ?? '', sort: SORTS.includes(sort) ? sort : fallbackSort, facets, ...(lab ? { lab } : {}) };
}

/** The page's query with the directory's parameters replaced, everything else kept in place. */
export function writeState(search: string, state: DirectoryState, defaultSort: SortKey): string {
  return writeParams(search, PREFIX, NAMES, { q: state.q, sort: state.sort !== defaultSort ? state.sort : undefined, ...state.facets, id: state.lab });
}

/** Puts the state in the page URL: a new history entry (a choice) or the current one (typing). */
export function writeUrl(state: DirectoryState, defaultSort: SortKey, entry: 'pushState' | 'replaceState'): void {
  updateLocation(writeState(location.search, state, defaultSort), entry);
}
