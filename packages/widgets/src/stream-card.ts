/**
 * Registers <govtech-stream-card>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/stream-card.js'`. A card given only a `video-id` loads neither the
 * SDK nor anything from YouTube but the poster; the feed path (`src` + `stream-id`) loads on first use.
 */
import { defineElement } from './base/define.js';
import { GovtechStreamCard } from './stream-card/stream-card.js';

defineElement('govtech-stream-card', GovtechStreamCard);

export { GovtechStreamCard };
// The event's detail and type are declared (with their place in the event maps) in events/stream-play.ts.
export type { StreamPlayDetail, StreamPlayEvent } from './events/stream-play.js';
export type { StreamCardStatus } from './stream-card/messages.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-stream-card': GovtechStreamCard;
  }
}
