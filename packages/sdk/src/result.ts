/** A problem with one item of a feed: the item was dropped, the rest of the feed was kept. */
export interface FeedWarning {
  /** Which feed: "events", "labs", "streams", "manifest"… */
  readonly feed: string;
  /** Absolute URL of the file the item came from. */
  readonly url: string;
  /** Position of the item in the file's array (undefined for problems found after validation). */
  readonly index: number | undefined;
  /** The item's id, when it had a readable one. */
  readonly id?: string | undefined;
  /** Where in the item the problem is, e.g. "start" or "speakers[0].name". */
  readonly path: string;
  readonly message: string;
}

/** What every query returns: the items, what was dropped and why, and whether the data is stale. */
export interface FeedResult<T> {
  readonly items: T[];
  readonly warnings: FeedWarning[];
  /** True when a refresh failed and these are the last good data. */
  readonly stale: boolean;
}

/** A result about a single item (get, next): `item` is undefined when there is none. */
export interface FeedItemResult<T> {
  readonly item: T | undefined;
  readonly warnings: FeedWarning[];
  readonly stale: boolean;
}
