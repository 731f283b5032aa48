/**
 * One scheduler per Clock: the widgets on a page that wait on the same clock (by default, the system's)
 * share one pending timer, however many ticks they wait for. Waits go through the Clock, so a test or a
 * story with a ManualClock moves the ticks itself; the ticker's waits are named (`purpose: 'tick'`).
 * Delays are measured on the clock the ticker waits on (give it the clock itself, not one whose time is
 * overridden by a widget's `now`).
 */
import type { Clock } from '@govtech-network/sdk/clock';

export interface Ticker {
  /** Runs `callback` once, `delayMs` from now on the clock; returns what cancels it. */
  after(delayMs: number, callback: () => void): () => void;
}

interface Entry {
  /** When it is due, on the clock. */
  readonly at: number;
  readonly run: () => void;
}

const tickers = new WeakMap<Clock, Ticker>();

/** The ticker of `clock`, made on first use. */
export function tickerFor(clock: Clock): Ticker {
  let ticker = tickers.get(clock);
  if (!ticker) tickers.set(clock, (ticker = createTicker(clock)));
  return ticker;
}

function createTicker(clock: Clock): Ticker {
  const entries = new Set<Entry>();
  /** The one pending wait: until the earliest entry. */
  let timer: { at: number; stop: AbortController } | undefined;

  const arm = (): void => {
    let first: number | undefined;
    for (const entry of entries) if (first === undefined || entry.at < first) first = entry.at;
    if (timer?.at === first) return;
    timer?.stop.abort();
    timer = undefined;
    if (first === undefined) return;
    const current = (timer = { at: first, stop: new AbortController() });
    clock.sleep(first - clock.now(), { signal: current.stop.signal, purpose: 'tick' }).then(() => {
      timer = undefined;
      // Due: what the wait was for (a timer may end a hair before the clock's time reads it), and
      // whatever the clock has passed meanwhile.
      const until = Math.max(current.at, clock.now());
      try {
        for (const entry of [...entries]) {
          if (entry.at > until) continue;
          entries.delete(entry);
          entry.run();
        }
      } finally {
        arm();
      }
    }, ignoreAbort);
  };

  return {
    after(delayMs, run) {
      const entry: Entry = { at: clock.now() + delayMs, run };
      entries.add(entry);
      arm();
      return () => {
        if (entries.delete(entry)) arm();
      };
    },
  };
}

/** A wait aborted because an earlier (or no) entry replaced it: nothing to do. */
const ignoreAbort = () => {};
