/**
 * The part of the directory's state a visitor chooses: what the element holds and renders. Its place in
 * the page URL (`sync-url`) is url-state.ts, loaded only by a directory that keeps it there.
 */
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
