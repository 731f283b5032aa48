/**
 * Registers <govtech-stream-card>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/stream-card.js'`. A card given only a `video-id` loads neither the
 * SDK nor anything from YouTube but the poster; the feed path (`src` + `stream-id`) loads on first use.
 */
import { defineElement } from './base/define.js';
import type { GovtechErrorEvent } from './base/govtech-element.js';
import { GovtechStreamCard, type StreamPlayEvent } from './stream-card/stream-card.js';

defineElement('govtech-stream-card', GovtechStreamCard);

export { GovtechStreamCard };
export type { StreamPlayDetail, StreamPlayEvent } from './stream-card/stream-card.js';
export type { StreamCardStatus } from './stream-card/messages.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-stream-card': GovtechStreamCard;
  }
  interface GlobalEventHandlersEventMap {
    'govtech-stream-play': StreamPlayEvent;
    'govtech-error': GovtechErrorEvent;
  }
  // TypeScript already gives HTMLElement the events above (HTMLElementEventMap extends the global map);
  // declared here too for tools that read an element's events from HTMLElementEventMap itself.
  interface HTMLElementEventMap {
    'govtech-stream-play': StreamPlayEvent;
    'govtech-error': GovtechErrorEvent;
  }
}
