/**
 * A zone's changes of UTC offset over a range: what the iCalendar export writes into VTIMEZONE. Apart from
 * time.ts, as only ics.ts uses it: the pages that show events do not download it.
 */
import { DAY_MS, MINUTE_MS, offsetMinutes } from './time.js';

/** A change of UTC offset: at instant `at` the offset goes from `from` to `to` (minutes east of UTC). */
export interface OffsetTransition {
  at: number;
  from: number;
  to: number;
}

/**
 * Offset changes of `timeZone` between fromMs and toMs. Sampled weekly, then narrowed to the minute:
 * tzdata has no modern zone that changes offset twice within a week.
 */
export function offsetTransitions(timeZone: string, fromMs: number, toMs: number): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  const firstMinute = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS;
  let from = offsetMinutes(firstMinute, timeZone);
  for (let start = firstMinute; start < toMs; start += 7 * DAY_MS) {
    const end = Math.min(start + 7 * DAY_MS, toMs);
    const to = offsetMinutes(end, timeZone);
    if (to !== from) {
      transitions.push({ at: firstInstantAfterChange(timeZone, start, end, from), from, to });
      from = to;
    }
  }
  return transitions;
}

/** Binary search, in whole minutes, for the first instant in (low, high] whose offset is no longer `from`. */
function firstInstantAfterChange(timeZone: string, low: number, high: number, from: number): number {
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutes(middle, timeZone) === from) low = middle;
    else high = middle;
  }
  return high;
}
