/**
 * Registers <govtech-event-calendar>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/event-calendar.js'`.
 */
import { defineElement } from './base/define.js';
import { GovtechEventCalendar } from './event-calendar/event-calendar.js';

defineElement('govtech-event-calendar', GovtechEventCalendar);

export { GovtechEventCalendar };
// The event's detail and type are declared (with their place in the event maps) in events/event-select.ts.
export type { EventSelectDetail, EventSelectEvent } from './events/event-select.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-event-calendar': GovtechEventCalendar;
  }
}
