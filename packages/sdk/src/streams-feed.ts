/** The streams path of the client, loaded on first use so an events-only page does not download it. */
import { Stream } from './schema/stream.js';
import { validateCollection } from './validate.js';

export { streamStatus } from './streams.js';

export function parseStreamsFile(body: unknown, url: string) {
  return validateCollection('streams', Stream, body, url);
}
