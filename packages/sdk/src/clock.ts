/**
 * Time is injected: the client, recurrence expansion, stream status and the widgets all read "now" and
 * wait through a Clock, so tests and stories control time instead of sleeping on it.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Resolves after `ms`, or rejects with the signal's reason when it aborts first. `purpose` names what
   * the wait is for (e.g. "retry", "timeout") so a manual clock in a test can tell waits apart.
   */
  sleep(ms: number, options?: { signal?: AbortSignal | undefined; purpose?: string }): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, { signal } = {}) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** `now` may be given as a function returning a Date or epoch ms (the public `now` option). */
export type NowSource = () => Date | number;

/** `base`, telling the time of `now` when one is given; waits still go through `base` (called on it, so a class-based clock such as ManualClock keeps its `this`). */
export function clockWithNow(base: Clock, now: NowSource | undefined): Clock {
  if (!now) return base;
  return { now: () => +now(), sleep: (ms, options) => base.sleep(ms, options) };
}
