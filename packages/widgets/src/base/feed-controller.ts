import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isFeedError, type FeedItemResult, type FeedWarning, type GovtechClient, type MissingFile } from '@govtech-network/sdk';
import type { Clock } from '@govtech-network/sdk/clock';
import { clientFor } from './client-registry.js';

export type FeedState = 'idle' | 'loading' | 'ready' | 'error';

/** What a query gives the controller besides its value: as the SDK's results. */
type Outcome = { warnings: FeedWarning[]; stale: boolean; missing?: readonly MissingFile[] | undefined };

/**
 * A query for a part the widget can do without (the stream link of an event): when its file cannot be
 * read, the widget goes on without it and lists the file as missing, instead of showing the error state.
 */
export async function optionalPart<T>(feed: string, query: Promise<FeedItemResult<T>>): Promise<FeedItemResult<T>> {
  try {
    return await query;
  } catch (error) {
    if (!isFeedError(error)) throw error;
    return { item: undefined, warnings: [], stale: false, missing: [{ feed, url: error.url, error }] };
  }
}

type ClientOf = (src: string, clock?: Clock, now?: () => Date | number) => GovtechClient | Promise<GovtechClient>;

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  readonly src: string | undefined;
  readonly now: (() => Date | number) | undefined;
  readonly clock: Clock | undefined;
  reportError(error: unknown, partial?: boolean): void;
}

/**
 * Loads one query through the shared client for the host's `src`, and reruns it when its arguments
 * change (aborting the previous run) or when the client finds a new version of the feed, so every widget
 * on one feed moves to it together. Holds the state the base renders: loading, error, stale data.
 */
export class FeedController<T> implements ReactiveController {
  state: FeedState = 'idle';
  value: T | undefined;
  stale = false;
  /** Files the last result could not read: the widget shows the rest with a partial note. */
  missing: readonly MissingFile[] = [];

  readonly #host: FeedHost;
  readonly #query: (client: GovtechClient, signal: AbortSignal) => Promise<T & Outcome>;
  readonly #args: () => readonly unknown[];
  readonly #clientOf: ClientOf;
  #lastArgs: readonly unknown[] | undefined;
  #valueArgs: readonly unknown[] | undefined;
  #run: AbortController | undefined;
  /** The client last queried, and what stops following its new versions (set while on the page). */
  #client: GovtechClient | undefined;
  #unfollow: (() => void) | undefined;

  constructor(
    host: FeedHost,
    query: (client: GovtechClient, signal: AbortSignal) => Promise<T & Outcome>,
    args: () => readonly unknown[],
    /** The client of `src`: by default the page's one client of that feed; the calendar's also merges several (`feedClient`). */
    clientOf: ClientOf = clientFor,
  ) {
    this.#clientOf = clientOf;
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

  /**
   * Back on the page: follows the feed's new versions again (a widget off the page is not told). On
   * the first connection, the feed's index.json is asked for at once: the query waits for the widget's
   * first update, which on a page's first widgets comes after the page's turn (first-render-turn.ts);
   * it then finds the file read or on its way in the client's cache, and the page's first frames no
   * longer start the feed's first request.
   */
  hostConnected(): void {
    this.#follow(this.#client);
    const src = this.#host.src;
    if (this.state !== 'idle' || !src) return;
    try {
      const client = this.#clientOf(src, this.#host.clock, this.#host.now);
      // A failure is the query's to report; several feeds (a promise) wait for it.
      if ('networks' in client) client.networks.list().catch(() => undefined);
    } catch {
      // An unusable src: the query reports it.
    }
  }

  /** Loading, with nothing yet for the current arguments (what is held is for other ones, or nothing). */
  get pending(): boolean {
    return this.state === 'loading' && (this.value === undefined || this.#valueArgs !== this.#lastArgs);
  }

  /**
   * Off the page: an unfinished run is aborted (its outcome is dropped, no error is shown) and its
   * arguments forgotten, so the update the base asks for on reconnecting runs it again. A finished run
   * is kept: a moved widget shows what it has, with no new request. New versions of the feed are not
   * followed meanwhile (the client would keep a widget that left the page alive).
   */
  hostDisconnected(): void {
    this.#unfollow?.();
    this.#unfollow = undefined;
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
      const client = await this.#clientOf(src, this.#host.clock, this.#host.now);
      if (run.signal.aborted) return;
      if (this.#host.isConnected) this.#follow(client);
      const result = await this.#query(client, run.signal);
      // The first result is rendered in a task of its own (a timer's), not in the one that read and
      // validated it: widgets waiting on the same file (two calendars, the countdown and the stream card on
      // streams.json) rendered their data all in that one task, a long one for a phone (issue 14).
      if (this.value === undefined) await new Promise((resolve) => setTimeout(resolve));
      if (run.signal.aborted) return;
      this.value = result;
      this.#valueArgs = args;
      this.stale = result.stale;
      this.missing = result.missing ?? [];
      this.state = 'ready';
      for (const file of this.missing) this.#host.reportError(file.error, true);
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

  /** Reruns the query when `client` finds a new version of the feed (the widget keeps showing the old one meanwhile). */
  #follow(client: GovtechClient | undefined): void {
    if (client === this.#client && this.#unfollow) return;
    this.#unfollow?.();
    this.#client = client;
    this.#unfollow = client?.onUpdate(() => void this.run());
  }

  #fail(error: unknown): void {
    this.state = 'error';
    this.#host.reportError(error);
    this.#host.requestUpdate();
  }
}
