import { expect } from '@open-wc/testing';
import { systemClock } from '@govtech-network/sdk';
import { ManualClock } from '@govtech-network/sdk/testing';
import { clientFor } from './client-registry.js';

const FEED = '/__test__/feeds/registry/';

describe('clientFor', () => {
  it('gives every widget on the page the same client for the same feed, on the system clock', () => {
    const client = clientFor(FEED);
    expect(clientFor(new URL(FEED, document.baseURI).href)).to.equal(client);
    expect(clientFor(FEED, undefined, undefined)).to.equal(client);
    expect(client.clock).to.equal(systemClock);
    expect(clientFor('/__test__/feeds/another/')).not.to.equal(client);
  });

  it('gives a widget with its own `now` a client of its own, shared with the widgets with that same `now`', () => {
    const now = () => Date.parse('2026-12-10T15:00:00Z');
    const client = clientFor(FEED, undefined, now);
    expect(client).not.to.equal(clientFor(FEED));
    expect(clientFor(FEED, undefined, now)).to.equal(client);
    expect(client.clock.now()).to.equal(Date.parse('2026-12-10T15:00:00Z'));
    expect(clientFor(FEED, undefined, () => 0)).not.to.equal(client);
  });

  it('gives a widget with its own clock a client waiting on that clock, told the time by `now` when set', async () => {
    const timers = new ManualClock('2026-01-01T00:00:00Z');
    const onClock = clientFor(FEED, timers);
    expect(onClock.clock).to.equal(timers);
    expect(clientFor(FEED, timers)).to.equal(onClock);

    const now = () => 42;
    const paired = clientFor(FEED, timers, now);
    expect(paired).not.to.equal(onClock);
    expect(clientFor(FEED, timers, now)).to.equal(paired);
    expect(paired.clock.now()).to.equal(42);
    let waited = false;
    void paired.clock.sleep(1000, { purpose: 'probe' }).then(() => (waited = true));
    expect(timers.pending('probe')).to.deep.equal([1000]);
    await timers.advance(1000);
    expect(waited).to.equal(true);
  });

  it('says what is wrong with an address that is not one', () => {
    expect(() => clientFor('http://[not a host/')).to.throw(/is not a usable feed address/);
  });
});
