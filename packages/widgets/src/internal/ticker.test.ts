import { expect } from '@open-wc/testing';
import { ManualClock } from '@govtech-network/sdk/testing';
import { tickerFor } from './ticker.js';

describe('tickerFor', () => {
  it('is one ticker per clock', () => {
    const clock = new ManualClock(0);
    expect(tickerFor(clock)).to.equal(tickerFor(clock));
    expect(tickerFor(clock)).not.to.equal(tickerFor(new ManualClock(0)));
  });

  it('runs a callback once its delay has passed on the clock, not before', async () => {
    const clock = new ManualClock(0);
    const ran: number[] = [];
    tickerFor(clock).after(1000, () => ran.push(clock.now()));
    await clock.advance(999);
    expect(ran).to.deep.equal([]);
    await clock.advance(1);
    expect(ran).to.deep.equal([1000]);
    await clock.advance(5000);
    expect(ran, 'once').to.deep.equal([1000]);
  });

  it('keeps one wait pending however many callbacks wait, for the earliest, and runs them in order', async () => {
    const clock = new ManualClock(0);
    const ticker = tickerFor(clock);
    const ran: string[] = [];
    ticker.after(300, () => ran.push('b'));
    ticker.after(700, () => ran.push('c'));
    expect(clock.pending('tick')).to.deep.equal([300]);
    ticker.after(100, () => ran.push('a'));
    expect(clock.pending('tick'), 'an earlier callback replaces the wait').to.deep.equal([100]);
    await clock.advance(100);
    expect(ran).to.deep.equal(['a']);
    expect(clock.pending('tick')).to.deep.equal([200]);
    await clock.advance(1000);
    expect(ran).to.deep.equal(['a', 'b', 'c']);
    expect(clock.pending('tick')).to.deep.equal([]);
  });

  it('runs together the callbacks due at the same instant', async () => {
    const clock = new ManualClock(0);
    const ran: string[] = [];
    tickerFor(clock).after(500, () => ran.push('first'));
    tickerFor(clock).after(500, () => ran.push('second'));
    expect(clock.pending('tick')).to.deep.equal([500]);
    await clock.advance(500);
    expect(ran).to.deep.equal(['first', 'second']);
  });

  it('cancels a callback, waiting then for the next one, or for nothing', async () => {
    const clock = new ManualClock(0);
    const ticker = tickerFor(clock);
    const ran: string[] = [];
    const cancelFirst = ticker.after(100, () => ran.push('first'));
    const cancelSecond = ticker.after(400, () => ran.push('second'));
    cancelFirst();
    expect(clock.pending('tick')).to.deep.equal([400]);
    cancelSecond();
    expect(clock.pending('tick')).to.deep.equal([]);
    await clock.advance(1000);
    expect(ran).to.deep.equal([]);
  });

  it('lets a callback schedule the next tick', async () => {
    const clock = new ManualClock(0);
    const ran: number[] = [];
    const tick = () => {
      ran.push(clock.now());
      if (ran.length < 3) tickerFor(clock).after(1000, tick);
    };
    tickerFor(clock).after(1000, tick);
    await clock.advance(1000);
    await clock.advance(1000);
    await clock.advance(1000);
    expect(ran).to.deep.equal([1000, 2000, 3000]);
    expect(clock.pending('tick')).to.deep.equal([]);
  });

  it('runs, when the clock jumps, every callback it passed', async () => {
    const clock = new ManualClock(0);
    const ran: string[] = [];
    tickerFor(clock).after(1000, () => ran.push('a'));
    tickerFor(clock).after(60_000, () => ran.push('b'));
    await clock.set(3_600_000);
    expect(ran).to.deep.equal(['a', 'b']);
  });
});
