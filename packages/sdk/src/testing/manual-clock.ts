import type { Clock } from '../clock.js';

interface PendingSleep {
  readonly due: number;
  readonly ms: number;
  readonly purpose: string | undefined;
  readonly resolve: () => void;
}

/**
 * A clock that only moves when told to. Waits registered through `sleep` resolve when `advance` (or
 * `set`) moves time past them, in due order, so tests of retries, timeouts and countdowns are exact and
 * never wait on real time.
 */
export class ManualClock implements Clock {
  #now: number;
  #pending: PendingSleep[] = [];
  #watchers: Array<{ purpose: string | undefined; resolve: (ms: number) => void }> = [];

  constructor(start: Date | number | string = 0) {
    this.#now = typeof start === 'string' ? Date.parse(start) : +start;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number, { signal, purpose }: { signal?: AbortSignal | undefined; purpose?: string } = {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const entry: PendingSleep = { due: this.#now + Math.max(0, ms), ms, purpose, resolve };
      this.#pending.push(entry);
      signal?.addEventListener(
        'abort',
        () => {
          this.#pending = this.#pending.filter((pending) => pending !== entry);
          reject(signal.reason);
        },
        { once: true },
      );
      for (const watcher of this.#watchers.filter((w) => w.purpose === undefined || w.purpose === purpose)) {
        this.#watchers.splice(this.#watchers.indexOf(watcher), 1);
        watcher.resolve(ms);
      }
    });
  }

  /** Durations of the waits now pending, optionally only those with the given purpose. */
  pending(purpose?: string): number[] {
    return this.#pending.filter((p) => purpose === undefined || p.purpose === purpose).map((p) => p.ms);
  }

  /** Resolves with the duration of the next wait registered (or one already pending) for `purpose`. */
  nextSleep(purpose?: string): Promise<number> {
    const already = this.#pending.find((p) => purpose === undefined || p.purpose === purpose);
    if (already) return Promise.resolve(already.ms);
    return new Promise((resolve) => this.#watchers.push({ purpose, resolve }));
  }

  /** Moves time forward, resolving every wait that falls due, in order, letting each settle. */
  async advance(ms: number): Promise<void> {
    await this.set(this.#now + ms);
  }

  /** Moves time to an instant (never backwards for pending waits: they resolve on the way). */
  async set(instant: Date | number | string): Promise<void> {
    const target = typeof instant === 'string' ? Date.parse(instant) : +instant;
    for (;;) {
      const next = this.#pending
        .filter((p) => p.due <= target)
        .sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.#pending.splice(this.#pending.indexOf(next), 1);
      this.#now = Math.max(this.#now, next.due);
      next.resolve();
      await settle();
    }
    this.#now = target;
    await settle();
  }
}

/** Lets promise chains that were waiting run before time moves on. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
