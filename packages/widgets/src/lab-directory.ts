/**
 * Registers <govtech-lab-directory>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/lab-directory.js'`.
 */
import { defineElement } from './base/define.js';
import type { GovtechErrorEvent } from './base/govtech-element.js';
import { GovtechLabDirectory, type LabSelectEvent } from './lab-directory/lab-directory.js';

defineElement('govtech-lab-directory', GovtechLabDirectory);

export { GovtechLabDirectory };
export type { LabSelectDetail, LabSelectEvent } from './lab-directory/lab-directory.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-lab-directory': GovtechLabDirectory;
  }
  interface GlobalEventHandlersEventMap {
    'govtech-lab-select': LabSelectEvent;
    'govtech-error': GovtechErrorEvent;
  }
  // TypeScript already gives HTMLElement the events above (HTMLElementEventMap extends the global map);
  // declared here too for tools that read an element's events from HTMLElementEventMap itself.
  interface HTMLElementEventMap {
    'govtech-lab-select': LabSelectEvent;
    'govtech-error': GovtechErrorEvent;
  }
}
