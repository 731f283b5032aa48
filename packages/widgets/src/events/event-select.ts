/** `govtech-event-select`, of <govtech-event-calendar>. */
import type { GovEvent } from '@govtech-network/sdk';

/** Detail of `govtech-event-select`: the event the visitor opened, and which occurrence of it. */
export interface EventSelectDetail {
  readonly event: GovEvent;
  readonly start: Date;
  readonly end: Date;
}
export type EventSelectEvent = CustomEvent<EventSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'govtech-event-select': EventSelectEvent;
  }
  // Also on HTMLElementEventMap itself, for tools that read an element's events from it (see error.ts).
  interface HTMLElementEventMap {
    'govtech-event-select': EventSelectEvent;
  }
}
