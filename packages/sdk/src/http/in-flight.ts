/**
 * Requests in flight, one per URL: concurrent loads of a URL share one request, and one caller aborting
 * does not cancel it for the others; when the last caller aborts, it is cancelled and forgotten at once,
 * so a new caller starts afresh instead of joining a dying request. (Lion's PendingRequestStore is the
 * model.)
 */
interface Shared<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  waiting: number;
}

export class InFlight<T> {
  readonly #requests = new Map<string, Shared<T>>();

  /** Waits for the request for `url` in flight, or starts it with `start` (given the request's own signal). */
  join(url: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    let shared = this.#requests.get(url);
    if (!shared) {
      const controller = new AbortController();
      const promise = start(controller.signal).finally(() => this.#forget(url, shared));
      shared = { promise, controller, waiting: 0 };
      this.#requests.set(url, shared);
    }
    return this.#wait(url, shared, signal);
  }

  #wait(url: string, shared: Shared<T>, signal: AbortSignal | undefined): Promise<T> {
    shared.waiting++;
    if (!signal) return shared.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (--shared.waiting === 0) {
          shared.controller.abort(signal.reason);
          this.#forget(url, shared);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  #forget(url: string, shared: Shared<T> | undefined): void {
    if (this.#requests.get(url) === shared) this.#requests.delete(url);
  }
}
