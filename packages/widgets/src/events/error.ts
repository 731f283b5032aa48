/** `govtech-error`: what every widget dispatches instead of throwing into the page. */

/** Detail of the `govtech-error` event every widget dispatches instead of throwing into the page. */
export interface GovtechErrorDetail {
  /** `network`, `timeout`, `http`, `not-json`, `not-a-feed` (from the SDK), `config` (a wrong or missing attribute) or `internal`. */
  readonly code: string;
  /** What went wrong and how to fix it, for the webmaster. */
  readonly message: string;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly error: unknown;
  /**
   * True when the widget still shows what it could read, with a note for the part that failed (a month's
   * shard, the streams file); false when it shows the error state.
   */
  readonly partial: boolean;
}

export type GovtechErrorEvent = CustomEvent<GovtechErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'govtech-error': GovtechErrorEvent;
  }
  // TypeScript already gives HTMLElement the events above (HTMLElementEventMap extends the global map);
  // declared here too for tools that read an element's events from HTMLElementEventMap itself.
  interface HTMLElementEventMap {
    'govtech-error': GovtechErrorEvent;
  }
}
