/** The streams path of the client, loaded on first use so an events-only page does not download it. */
import { Stream, type GovStream } from './schema/stream.js';
import { streamStatus, type StreamWithStatus } from './streams.js';
import { validateCollection } from './validate.js';
import { youTubeWatchUrl } from './youtube.js';

export function parseStreamsFile(body: unknown, url: string, maxItems?: number) {
  return validateCollection('streams', Stream, body, url, maxItems);
}

/** Each stream with its status at `now` and its watch URL. */
export function streamsWithStatus(streams: GovStream[], now: number): StreamWithStatus[] {
  return streams.map((stream) => ({ stream, status: streamStatus(stream, now), watchUrl: youTubeWatchUrl(stream.videoId) }));
}
