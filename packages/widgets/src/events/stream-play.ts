/** `govtech-stream-play`, of <govtech-stream-card>. */

/** Detail of `govtech-stream-play`: the video that started, and the feed's stream when it came from one. */
export interface StreamPlayDetail {
  readonly videoId: string;
  readonly streamId: string | undefined;
}
export type StreamPlayEvent = CustomEvent<StreamPlayDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'govtech-stream-play': StreamPlayEvent;
  }
  // Also on HTMLElementEventMap itself, for tools that read an element's events from it (see error.ts).
  interface HTMLElementEventMap {
    'govtech-stream-play': StreamPlayEvent;
  }
}
