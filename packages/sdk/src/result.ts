import type { FeedError } from './errors.js';

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

/**
 * A file a query needed and could not read: what it holds is missing from the result, the rest is there.
 * An events shard says which instants it covers, so a calendar can mark those days.
 */
export interface MissingFile {
  /** Which feed: "events", "streams"… */
  readonly feed: string;
  /** Absolute URL of the file. */
  readonly url: string;
  /** Start (inclusive) of the instants an events shard covers, as the manifest gives it (ISO 8601); undefined for a whole feed's file. */
  readonly from?: string | undefined;
  /** End (exclusive) of the instants an events shard covers (ISO 8601). */
  readonly to?: string | undefined;
  /** Why it could not be read (code, URL, a message for the person who can fix it). */
  readonly error: FeedError;
}

/** What every query returns: the items, what was dropped and why, and whether the data is stale. */
export interface FeedResult<T> {
  readonly items: T[];
  readonly warnings: FeedWarning[];
  /** True when a refresh failed and these are the last good data. */
  readonly stale: boolean;
  /**
   * Files the query needed but could not read, while others it needed could be (the query fails only
   * when it could read nothing it needed). Empty when nothing is missing; always set by the client.
   */
  readonly missing?: readonly MissingFile[];
}

/** A result about a single item (get, next): `item` is undefined when there is none. */
export interface FeedItemResult<T> {
  readonly item: T | undefined;
  readonly warnings: FeedWarning[];
  readonly stale: boolean;
  /** As in FeedResult; only files that could change the answer (for `events.next`, hold an earlier occurrence). */
  readonly missing?: readonly MissingFile[];
}
