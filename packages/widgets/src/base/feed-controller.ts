import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, type FeedWarning, type GovtechClient } from '@govtech-network/sdk';
import type { Clock } from '@govtech-network/sdk/clock';
import { clientFor } from './client-registry.js';

export type FeedState = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  readonly src: string | undefined;
  readonly now: (() => Date | number) | undefined;
  readonly clock: Clock | undefined;
  reportError(error: unknown): void;
}

/**
 * Loads one query through the shared client for the host's `src`, and reruns it when its arguments
 * change (aborting the previous run). Holds the state the base renders: loading, error, stale data.
 */
export class FeedController<T> implements ReactiveController {
  state: FeedState = 'idle';
  value: T | undefined;
  stale = false;

  readonly #host: FeedHost;
  readonly #query: (client: GovtechClient, signal: AbortSignal) => Promise<T & { warnings: FeedWarning[]; stale: boolean }>;
  readonly #args: () => readonly unknown[];
  #lastArgs: readonly unknown[] | undefined;
  #valueArgs: readonly unknown[] | undefined;
  #run: AbortController | undefined;

  constructor(
    host: FeedHost,
    query: (client: GovtechClient, signal: AbortSignal) => Promise<T & { warnings: FeedWarning[]; stale: boolean }>,
    args: () => readonly unknown[],
  ) {
    this.#host = host;
    this.#query = query;
    this.#args = args;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = [this.#host.src, this.#host.clock, this.#host.now, ...this.#args()];
    if (this.#lastArgs && args.length === this.#lastArgs.length && args.every((arg, i) => arg === this.#lastArgs?.[i])) {
      return;
    }
    this.#lastArgs = args;
    void this.run();
  }

  /** Loading, with nothing yet for the current arguments (what is held is for other ones, or nothing). */
  get pending(): boolean {
    return this.state === 'loading' && (this.value === undefined || this.#valueArgs !== this.#lastArgs);
  }

  /**
   * Off the page: an unfinished run is aborted (its outcome is dropped, no error is shown) and its
   * arguments forgotten, so the update the base asks for on reconnecting runs it again. A finished run
   * is kept: a moved widget shows what it has, with no new request.
   */
  hostDisconnected(): void {
    if (this.state !== 'loading') return;
    this.#run?.abort();
    this.#lastArgs = undefined;
  }

  /** Runs the query now (Retry calls this). */
  async run(): Promise<void> {
    this.#run?.abort();
    const src = this.#host.src;
    const run = (this.#run = new AbortController());
    if (!src) {
      // Say so, instead of a skeleton that waits forever.
      this.#fail(new FeedError('config', '', `<${this.#host.localName}> needs a src attribute: the feed folder, the one with index.json.`));
      return;
    }
    const args = this.#lastArgs;
    this.state = 'loading';
    this.#host.requestUpdate();
    try {
      const result = await this.#query(clientFor(src, this.#host.clock, this.#host.now), run.signal);
      // The first result is rendered in a task of its own (a timer's), not in the one that read and
      // validated it: widgets waiting on the same file (two calendars, the countdown and the stream card on
      // streams.json) rendered their data all in that one task, a long one for a phone (issue 14).
      if (this.value === undefined) await new Promise((resolve) => setTimeout(resolve));
      if (run.signal.aborted) return;
      this.value = result;
      this.#valueArgs = args;
      this.stale = result.stale;
      this.state = 'ready';
      if (result.warnings.length) {
        console.warn(`[${this.#host.localName}] ${result.warnings.length} feed item(s) were skipped:`, result.warnings);
      }
    } catch (error) {
      if (run.signal.aborted) return;
      this.#fail(error);
      return;
    }
    this.#host.requestUpdate();
  }

  #fail(error: unknown): void {
    this.state = 'error';
    this.#host.reportError(error);
    this.#host.requestUpdate();
  }
}
