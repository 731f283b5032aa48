// The SDK in a real browser, reading the sample feeds the demo and stories use (served by the test server).
import { expect } from '@open-wc/testing';
import { createClient } from '@govtech-network/sdk';

describe('SDK in Chromium, on the sample feeds', () => {
  const client = createClient({ baseUrl: '/examples/feeds/v1/', now: () => Date.parse('2026-11-21T12:00:00Z') });

  it('reads the networks, with no warnings', async () => {
    const { items, warnings } = await client.networks.list();
    expect(warnings).to.deep.equal([]);
    expect(items.map((network) => network.name)).to.include('Red Multisectorial GovTech Iberoamérica');
  });

  it('expands events of February 2022 in the panels\' own time zone', async () => {
    const { items, warnings } = await client.events.list({ from: '2022-02-01T00:00:00Z', to: '2022-03-01T00:00:00Z' });
    expect(warnings).to.deep.equal([]);
    const panel1 = items.find((occurrence) => occurrence.event.id === 'verano-2022-panel-1');
    expect(panel1?.start.toISOString()).to.equal('2022-02-23T20:00:00.000Z'); // 17:00 in Santiago (UTC-3, summer)
  });

  it('finds labs by a few unaccented letters', async () => {
    const { items } = await client.labs.list({ q: 'cajamarca innovacion' });
    expect(items.map((lab) => lab.name).join()).to.match(/Cajamarca/);
  });

  it('derives stream statuses from the client clock', async () => {
    const { items } = await client.streams.list();
    const panel1 = items.find(({ stream }) => stream.id === 'verano-2022-panel-1');
    expect(panel1?.status).to.equal('ended');
  });
});
