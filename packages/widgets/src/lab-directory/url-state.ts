import type { LabFacetName } from '@govtech-network/sdk';

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

/**
 * Parameters are prefixed (`lab-q`, `lab-sector`…) so the directory never reads or overwrites the host
 * page's own query parameters; facet values repeat (`lab-city=Lima&lab-city=Cusco`).
 */
const param = (name: string) => `lab-${name}`;

export function readState(search: string, fallbackSort: SortKey): DirectoryState {
  const params = new URLSearchParams(search);
  const sort = params.get(param('sort')) as SortKey | null;
  const facets: DirectoryState['facets'] = {};
  for (const facet of FACETS) {
    const values = params.getAll(param(facet)).filter(Boolean);
    if (values.length) facets[facet] = values;
  }
  const lab = params.get(param('id'));
  return { q: params.get(param('q')) ?? '', sort: sort && SORTS.includes(sort) ? sort : fallbackSort, facets, ...(lab ? { lab } : {}) };
}

/** The page's query with the directory's parameters replaced, everything else kept in place. */
export function writeState(search: string, state: DirectoryState, defaultSort: SortKey): string {
  const params = new URLSearchParams(search);
  for (const name of ['q', 'sort', 'id', ...FACETS]) params.delete(param(name));
  if (state.q) params.set(param('q'), state.q);
  if (state.sort !== defaultSort) params.set(param('sort'), state.sort);
  for (const facet of FACETS) for (const value of state.facets[facet] ?? []) params.append(param(facet), value);
  if (state.lab) params.set(param('id'), state.lab);
  const text = params.toString();
  return text ? `?${text}` : '';
}
