/**
 * Registers <govtech-panel-countdown>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/panel-countdown.js'`.
 */
import { defineElement } from './base/define.js';
import { GovtechPanelCountdown } from './panel-countdown/panel-countdown.js';

defineElement('govtech-panel-countdown', GovtechPanelCountdown);

export { GovtechPanelCountdown };
// The event's detail and type are declared (with their place in the event maps) in events/countdown.ts.
export type { CountdownDetail, CountdownEvent } from './events/countdown.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-panel-countdown': GovtechPanelCountdown;
  }
}
