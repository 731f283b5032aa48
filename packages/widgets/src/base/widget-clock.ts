// The zod-free subpath: every widget has a clock, and a video-id stream card must not load the SDK.
import { systemClock, type Clock, type NowSource } from '@govtech-network/sdk/clock';

const combined = new WeakMap<Clock, WeakMap<NowSource, Clock>>();

/**
 * The clock a widget reads and waits on: its `clock` (else the system's) telling the time of its `now`
 * when one is set. The same pair always gives the same clock, so whatever is kept per clock (a feed
 * client and its cache, a ticker) is shared by the widgets that share their time, as before per `now`.
 */
export function widgetClock(clock: Clock | undefined, now: NowSource | undefined): Clock {
  const base = clock ?? systemClock;
  if (!now) return base;
  let byNow = combined.get(base);
  if (!byNow) combined.set(base, (byNow = new WeakMap()));
  let result = byNow.get(now);
  // Not the SDK's clockWithNow: it hands on `base.sleep` unbound, which a class-based clock (the
  // testing ManualClock) cannot be called as.
  if (!result) byNow.set(now, (result = { now: () => +now(), sleep: (ms, options) => base.sleep(ms, options) }));
  return result;
}
