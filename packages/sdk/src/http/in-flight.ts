/**
 * Requests in flight, one per URL: concurrent loads of a URL share one request, and one caller aborting
 * does not cancel it for the others; when the last caller aborts, it is cancelled and forgotten at once,
 * so a new caller starts afresh instead of joining a dying request. (Lion's PendingRequestStore is the
 * model.)
 */

/** Waits for one shared request, on behalf of one caller. */
type Wait<T> = (signal: AbortSignal | undefined) => Promise<T>;

export class InFlight<T> {
  readonly #requests = new Map<string, Wait<T>>();

  /** Waits for the request for `url` in flight, or starts it with `start` (given the request's own signal). */
  join(url: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    let wait = this.#requests.get(url);
    if (!wait) {
      // The request's own state lives in this closure: its controller and how many callers still wait.
      const controller = new AbortController();
      const forget = () => {
        if (this.#requests.get(url) === wait) this.#requests.delete(url);
      };
      const promise = start(controller.signal).finally(forget);
      let waiting = 0;
      wait = (signal) => {
        waiting++;
        if (!signal) return promise;
        return new Promise((resolve, reject) => {
          const onAbort = () => {
            if (--waiting === 0) {
              controller.abort(signal.reason);
              forget();
            }
            reject(signal.reason);
          };
          signal.addEventListener('abort', onAbort, { once: true });
          promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
        });
      };
      this.#requests.set(url, wait);
    }
    return wait(signal);
  }
}
