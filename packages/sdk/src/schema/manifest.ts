/** The manifest (index.json): the networks, and where each feed's files are. */
import * as z from 'zod/v4/mini';
import { FEED_SCHEMA_VERSION, OffsetDateTime, Text } from './common.js';
import { Network } from './network.js';
import { refinement } from './refinement.js';

/** A file of the feed; `url` is relative to the manifest (or absolute). */
const FeedFile = z.object({ url: z.string().check(z.minLength(1)) });

export const EventShard = z.object({
  url: z.string().check(z.minLength(1)),
  /** Inclusive start of the range the shard covers. */
  from: OffsetDateTime,
  /** Exclusive end of the range. */
  to: OffsetDateTime,
});

export const Manifest = z.object({
  schemaVersion: z.literal(FEED_SCHEMA_VERSION),
  generatedAt: OffsetDateTime,
  title: z.optional(Text),
  networks: z.array(Network),
  feeds: z.object({
    /**
     * `url`: all events in one file. `shards`: the same events split by date range, so a client showing
     * one month fetches only the shards that overlap it. A feed may give both.
     */
    events: z.optional(
      z
        .object({ url: z.optional(z.string().check(z.minLength(1))), shards: z.optional(z.array(EventShard)) })
        .check(refinement((feed) => feed.url !== undefined || feed.shards !== undefined, 'give url, shards or both')),
    ),
    labs: z.optional(FeedFile),
    streams: z.optional(FeedFile),
    ics: z.optional(FeedFile),
  }),
});

export type FeedManifest = z.infer<typeof Manifest>;
