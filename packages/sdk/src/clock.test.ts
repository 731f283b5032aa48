import { describe, expect, it } from 'vitest';
import { clockWithNow, systemClock } from './clock.js';
import { ManualClock } from './testing/manual-clock.js';

describe('clockWithNow', () => {
  it('is the base clock itself when no now is given', () => {
    expect(clockWithNow(systemClock, undefined)).toBe(systemClock);
  });

  it('tells the time of now and waits on the base clock, a class-based one included', async () => {
    const base = new ManualClock('2026-12-03T12:00:00Z');
    const clock = clockWithNow(base, () => new Date('2030-01-01T00:00:00Z'));
    expect(clock.now()).toBe(Date.parse('2030-01-01T00:00:00Z'));
    let woke = false;
    const wait = clock.sleep(1_000, { purpose: 'retry' }).then(() => (woke = true));
    expect(base.pending('retry')).toEqual([1_000]);
    await base.advance(1_000);
    await wait;
    expect(woke).toBe(true);
  });
});
