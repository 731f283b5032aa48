/** The Stream object of the feed contract: its own module so pages without streams don't load it. */
import * as z from 'zod/v4/mini';
import { YOUTUBE_ID_PATTERN } from '../youtube.js';
import { HttpUrl, Id, OffsetDateTime, Text, collectionFile } from './common.js';

export { YOUTUBE_ID_PATTERN };
export const YouTubeId = z.string().check(z.regex(YOUTUBE_ID_PATTERN, 'must be a YouTube video id: 11 of A-Z a-z 0-9 _ -'));
export const StreamStatus = z.enum(['upcoming', 'live', 'ended']);

export const Stream = z.object({
  id: Id,
  videoId: YouTubeId,
  title: Text,
  channel: z.optional(z.object({ name: Text, url: z.optional(HttpUrl) })),
  scheduledStart: z.optional(OffsetDateTime),
  scheduledEnd: z.optional(OffsetDateTime),
  actualStart: z.optional(OffsetDateTime),
  actualEnd: z.optional(OffsetDateTime),
  /** When given, wins over what the schedule says. */
  status: z.optional(StreamStatus),
  eventId: z.optional(Id),
  exampleData: z.optional(z.boolean()),
});

export const StreamsFile = collectionFile('streams', Stream);

export type GovStream = z.infer<typeof Stream>;
export type StreamStatusName = z.infer<typeof StreamStatus>;
