/**
 * Registers <govtech-lab-directory>. Import this file (or the package root) for its side effect:
 * `import '@govtech-network/widgets/lab-directory.js'`.
 */
import { defineElement } from './base/define.js';
import { GovtechLabDirectory } from './lab-directory/lab-directory.js';

defineElement('govtech-lab-directory', GovtechLabDirectory);

export { GovtechLabDirectory };
// The event's detail and type are declared (with their place in the event maps) in events/lab-select.ts.
export type { LabSelectDetail, LabSelectEvent } from './events/lab-select.js';

declare global {
  interface HTMLElementTagNameMap {
    'govtech-lab-directory': GovtechLabDirectory;
  }
}
