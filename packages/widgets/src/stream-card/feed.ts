/**
 * The feed path of the stream card (`src` + `stream-id`), loaded with `import()` on first use: it pulls
 * in the SDK (ky, zod), which a card given only a `video-id` never downloads, and what only a card on a
 * feed runs: the stream's query, what a stream says about itself, and the waits that follow it.
 */
import { nextStreamStatusChange, streamStatus, systemClock, type FeedItemResult, type GovStream, type StreamWithStatus } from '@govtech-network/sdk';
import type { Clock } from '@govtech-network/sdk/clock';
import { FeedController, type FeedHost } from '../base/feed-controller.js';
import { tickerFor } from '../internal/ticker.js';
import type { StreamCardStatus } from './messages.js';

/**
 * How often a card reads its feed again while its stream is upcoming or live, so a publisher's change
 * (a new start, a `status`, an actual end) shows without a reload. The client's cache (5 minutes by
 * default) decides whether that asks the server.
 */
const REFRESH_MS = 60_000;
/** The longest wait a browser timer can make (about 24.8 days); a later change is looked for again then. */
const MAX_WAIT_MS = 2 ** 31 - 1;

export type StreamFeed = FeedController<FeedItemResult<StreamWithStatus>>;

/** The card's query: its `stream-id` in the feed at its `src`, read again when either changes. */
export const streamFeed = (card: FeedHost & { readonly streamId: string | undefined }): StreamFeed =>
  new FeedController(card, (client, signal) => client.streams.get(card.streamId ?? '', { signal }), () => [card.streamId]);

/** What the card shows of a stream at `now`: its status by the clock, its channel, the start it had or has. */
export const streamFacts = (stream: GovStream, now: number): { status: StreamCardStatus; channel: string | undefined; when: string | undefined } => ({
  status: streamStatus(stream, now),
  channel: stream.channel?.name,
  when: stream.actualStart ?? stream.scheduledStart,
});

/**
 * A stream turns live, then ended, by the clock: `rerender` when it next can. While it is upcoming or
 * live, `reread` the feed now and then, as the publisher may change it. Returns what cancels both.
 */
export function watchStream(stream: GovStream, now: number, clock: Clock | undefined, rerender: () => void, reread: () => void): () => void {
  const ticker = tickerFor(clock ?? systemClock);
  const next = nextStreamStatusChange(stream, now);
  const stops = [next ? ticker.after(Math.min(next - now, MAX_WAIT_MS), rerender) : undefined, streamStatus(stream, now) === 'ended' ? undefined : ticker.after(REFRESH_MS, reread)];
  return () => stops.forEach((stop) => stop?.());
}
