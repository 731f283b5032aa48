/**
 * Moving a widget as frameworks, page builders and tab components do (removed, then inserted under
 * another parent), and holding its feed's responses so that a move lands while a request is in flight.
 */

/** Requests to the test server's loopback feeds whose answers wait until `release()`. */
export interface HeldRequests {
  /** How many requests for the held URLs were started (aborted ones included). */
  started(): number;
  /** Lets the held answers (and every later one) through. */
  release(): void;
  /** Puts the page's own fetch back. */
  restore(): void;
}

/**
 * Holds the answers to requests whose URL contains `match` (a fresh `/__test__/feeds/<name>/` path):
 * the request reaches the server, its answer is kept until `release()`; an abort rejects at once, as
 * fetch does. The SDK fetches through `globalThis.fetch` at request time, so this sees its requests.
 */
export function holdRequests(match: string): HeldRequests {
  const original = window.fetch;
  let started = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes(match)) return original(input, init);
    started++;
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const answer = original(input, init);
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      answer.then((response) => released.then(() => resolve(response)), reject);
    });
  };
  return { started: () => started, release, restore: () => (window.fetch = original) };
}

/** The parents a test moved widgets into, removed by `cleanupMoves()`. */
const parents: HTMLElement[] = [];

/** Removes `el` from the page and inserts it under a new parent (returned); `times` moves in a row. */
export function move(el: HTMLElement, times = 1): HTMLElement {
  let parent = el.parentElement!;
  for (let i = 0; i < times; i++) {
    parent = document.createElement('div');
    document.body.append(parent);
    parents.push(parent);
    el.remove();
    parent.append(el);
  }
  return parent;
}

/** Removes the parents made by `move()`. */
export function cleanupMoves(): void {
  for (const parent of parents.splice(0)) parent.remove();
}

/** Errors that reached the page (uncaught, unhandled rejections) and `govtech-error` events, while it listens. */
export function watchErrors(el: HTMLElement): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  const onGovtechError = (event: Event) => errors.push((event as CustomEvent<unknown>).detail);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  el.addEventListener('govtech-error', onGovtechError);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      el.removeEventListener('govtech-error', onGovtechError);
    },
  };
}
