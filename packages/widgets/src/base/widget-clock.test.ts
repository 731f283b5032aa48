import { expect } from '@open-wc/testing';
import { systemClock } from '@govtech-network/sdk/clock';
import { ManualClock } from '@govtech-network/sdk/testing';
import { widgetClock } from './widget-clock.js';

describe('widgetClock', () => {
  it('is the system clock by default, and the given clock when no `now` is set', () => {
    const clock = new ManualClock(5);
    expect(widgetClock(undefined, undefined)).to.equal(systemClock);
    expect(widgetClock(clock, undefined)).to.equal(clock);
  });

  it('tells the time of `now` (a Date or epoch ms) and waits on the clock', async () => {
    const waits = new ManualClock(0);
    const clock = widgetClock(waits, () => new Date('2026-12-10T15:00:00Z'));
    expect(clock.now()).to.equal(Date.parse('2026-12-10T15:00:00Z'));
    let done = false;
    void clock.sleep(1000, { purpose: 'probe' }).then(() => (done = true));
    expect(waits.pending('probe')).to.deep.equal([1000]);
    await waits.advance(1000);
    expect(done).to.equal(true);
    expect(widgetClock(undefined, () => 42).now()).to.equal(42);
  });

  it('gives the same clock for the same pair, so what is kept per clock is shared', () => {
    const now = () => 0;
    const waits = new ManualClock(0);
    expect(widgetClock(undefined, now)).to.equal(widgetClock(undefined, now));
    expect(widgetClock(waits, now)).to.equal(widgetClock(waits, now));
    expect(widgetClock(waits, now)).not.to.equal(widgetClock(undefined, now));
    expect(widgetClock(undefined, now)).not.to.equal(widgetClock(undefined, () => 0));
  });
});
