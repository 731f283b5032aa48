/**
 * Registers <govtech-panel-countdown>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/panel-countdown.js'`.
 */
import { defineElement } from './base/define.js';
import type { GovtechErrorEvent } from './base/govtech-element.js';
import { GovtechPanelCountdown, type CountdownEvent } from './panel-countdown/panel-countdown.js';

defineElement('govtech-panel-countdown', GovtechPanelCountdown);

export { GovtechPanelCountdown };
export type { CountdownDetail, CountdownEvent } from './panel-countdown/panel-countdown.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-panel-countdown': GovtechPanelCountdown;
  }
  interface GlobalEventHandlersEventMap {
    'govtech-countdown-live': CountdownEvent;
    'govtech-countdown-ended': CountdownEvent;
    'govtech-error': GovtechErrorEvent;
  }
  // TypeScript already gives HTMLElement the events above (HTMLElementEventMap extends the global map);
  // declared here too for tools that read an element's events from HTMLElementEventMap itself.
  interface HTMLElementEventMap {
    'govtech-countdown-live': CountdownEvent;
    'govtech-countdown-ended': CountdownEvent;
    'govtech-error': GovtechErrorEvent;
  }
}
