/** `govtech-lab-select`, of <govtech-lab-directory>. */
import type { GovLab } from '@govtech-network/sdk';

/** Detail of `govtech-lab-select`: the lab the visitor opened. */
export interface LabSelectDetail {
  readonly lab: GovLab;
}
export type LabSelectEvent = CustomEvent<LabSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'govtech-lab-select': LabSelectEvent;
  }
  // Also on HTMLElementEventMap itself, for tools that read an element's events from it (see error.ts).
  interface HTMLElementEventMap {
    'govtech-lab-select': LabSelectEvent;
  }
}
