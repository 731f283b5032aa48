/**
 * Registers <govtech-event-calendar>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/event-calendar.js'`.
 */
import { defineElement } from './base/define.js';
import type { GovtechErrorEvent } from './base/govtech-element.js';
import { GovtechEventCalendar, type EventSelectEvent } from './event-calendar/event-calendar.js';

defineElement('govtech-event-calendar', GovtechEventCalendar);

export { GovtechEventCalendar };
export type { EventSelectDetail, EventSelectEvent } from './event-calendar/event-calendar.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-event-calendar': GovtechEventCalendar;
  }
  interface GlobalEventHandlersEventMap {
    'govtech-event-select': EventSelectEvent;
    'govtech-error': GovtechErrorEvent;
  }
  // TypeScript already gives HTMLElement the events above (HTMLElementEventMap extends the global map);
  // declared here too for tools that read an element's events from HTMLElementEventMap itself.
  interface HTMLElementEventMap {
    'govtech-event-select': EventSelectEvent;
    'govtech-error': GovtechErrorEvent;
  }
}
