// What FeedController does for every widget with a feed: moving to a new version of the feed together
// with the other widgets on it, and failing cleanly on a file over the SDK's limits without holding up
// the rest of the page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ManualClock } from '@govtech-network/sdk/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import { LabDirectoryHarness } from '../../test/harness/lab-directory.js';
import type { GovtechErrorEvent } from './govtech-element.js';
import '../lab-directory.js';

const unique = () => Math.random().toString(36).slice(2);

describe('FeedController', () => {
  it('moves every widget on a feed to its new version together, once the cache has expired', async () => {
    // A feed the test moves to version 2 (scripts/test-feed-routes.mjs): every lab name ends with " (v2)".
    const feed = `/__test__/versioned/directories-${unique()}/`;
    const timers = new ManualClock('2026-11-21T12:00:00Z');
    const page = await fixture<HTMLElement>(html`<div>
      <govtech-lab-directory src=${feed} .clock=${timers}></govtech-lab-directory>
      <govtech-lab-directory src=${feed} .clock=${timers}></govtech-lab-directory>
    </div>`);
    const [first, second] = [...page.querySelectorAll('govtech-lab-directory')].map((el) => new LabDirectoryHarness(el));
    await waitUntil(() => first!.part('count') && second!.part('count'), 'directories did not load');
    const before = second!.names();
    expect(before.some((name) => name.endsWith('(v2)'))).to.equal(false);

    await fetch(`${feed}__version/2`);
    await timers.advance(300_000);
    // One directory asks again (a search): the client finds a new index.json, and the other follows.
    await first!.search('Laboratorio');
    await waitUntil(() => second!.names()[0]?.endsWith('(v2)'), 'the second directory stayed on the old version');
    expect(second!.names()).to.deep.equal(before.map((name) => `${name} (v2)`));
    expect(first!.names().every((name) => name.endsWith('(v2)'))).to.equal(true);
  });

  it('shows the error state for a file over the limits, and the other widgets load', async () => {
    // 12,000 generated labs, over 5 MB, sent without a Content-Length: the client stops reading at 5 MiB.
    const big = `/__test__/big-labs/12000/${unique()}/`;
    const page = await fixture<HTMLElement>(html`<div>
      <govtech-lab-directory src=${big}></govtech-lab-directory>
      <govtech-event-calendar src=${`/__test__/feeds/beside-big-${unique()}/`} date="2026-12" .now=${() => Date.parse('2026-11-21T12:00:00Z')}></govtech-event-calendar>
    </div>`);
    const directory = new LabDirectoryHarness(page.querySelector('govtech-lab-directory')!);
    const error = (await oneEvent(directory.el, 'govtech-error')) as GovtechErrorEvent;
    expect(error.detail.code).to.equal('too-large');
    // "5 MB or more", or 6 when the chunk that crossed the limit took the count past it.
    expect(error.detail.message).to.match(/labs\.json is too large: [56](\.\d)? MB or more, over the limit of 5 MB\. Split or trim the feed/);
    await waitUntil(() => directory.$('[role="alert"] [part="retry"]'), 'error state expected');
    await expect(directory.el).to.be.accessible();
    const calendar = new CalendarHarness(page.querySelector('govtech-event-calendar')!);
    await waitUntil(() => !calendar.$('[aria-busy="true"]') && calendar.$('[role="grid"]'), 'the calendar beside it did not load');
  });
});
