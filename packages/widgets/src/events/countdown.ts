/** `govtech-countdown-live` and `govtech-countdown-ended`, of <govtech-panel-countdown>. */
import type { GovEvent } from '@govtech-network/sdk';

/** Detail of `govtech-countdown-live` and `govtech-countdown-ended`. */
export interface CountdownDetail {
  readonly event: GovEvent;
  readonly start: Date;
  readonly end: Date;
}
export type CountdownEvent = CustomEvent<CountdownDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'govtech-countdown-live': CountdownEvent;
    'govtech-countdown-ended': CountdownEvent;
  }
  // Also on HTMLElementEventMap itself, for tools that read an element's events from it (see error.ts).
  interface HTMLElementEventMap {
    'govtech-countdown-live': CountdownEvent;
    'govtech-countdown-ended': CountdownEvent;
  }
}
