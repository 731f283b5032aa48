/**
 * What a feed holds, before it is written: every source reader adds to it, `merge` fills it from
 * published feeds, and output/feed-files.ts turns it into files. One model, so build and merge write
 * the same feed the same way.
 */
import type { GovEvent, GovLab, GovNetwork, GovStream } from '@govtech-network/sdk';

export interface FeedContent {
  readonly title?: string;
  /** ISO date-time with offset; also the ICS DTSTAMP, so output depends on nothing else. */
  readonly generatedAt: string;
  readonly networks: readonly GovNetwork[];
  readonly events: readonly GovEvent[];
  /** Undefined: the feed has no labs file (an empty list still writes one). */
  readonly labs?: readonly GovLab[];
  readonly streams?: readonly GovStream[];
  /** PRODID of the .ics files. */
  readonly icsProductId?: string;
}

/** Where an item came from, for problems that name two places (a duplicated id). */
export interface Sourced<T> {
  readonly item: T;
  readonly file: string;
  readonly line?: number;
}
