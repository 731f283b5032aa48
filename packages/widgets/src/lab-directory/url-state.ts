import type { LabFacetName } from '@govtech-network/sdk';
import { readParams, writeParams } from '../internal/url-params.js';

export type SortKey = 'name' | 'city' | 'founded';

/** What a visitor chose in the directory: the part of its state a shared link reproduces. */
export interface DirectoryState {
  q: string;
  sort: SortKey;
  facets: Partial<Record<LabFacetName, string[]>>;
  /** The lab whose details are open (`lab-id`). */
  lab?: string | undefined;
}

export const FACETS: readonly LabFacetName[] = ['sector', 'country', 'region', 'city', 'focus', 'network'];
export const SORTS: readonly SortKey[] = ['name', 'city', 'founded'];

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
