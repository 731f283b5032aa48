import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../event-calendar.js';
import '../lab-directory.js';
import '../panel-countdown.js';
import '../stream-card.js';

// `heading-level` (base): every widget's headings take the level the page gives, their sub-headings
// one below; 2 by default, clamped to 1–6.

const SAMPLE = '/examples/feeds/v1/';
const FIXTURE = '/packages/widgets/test/fixtures/labs-feed/';
const now = () => Date.parse('2026-11-21T12:00:00Z');

/** The widget's headings' levels, in order (without repeats), once `ready` shows and it is no longer loading. */
async function levels(template: TemplateResult, ready: string, axe = false): Promise<number[]> {
  const el = await fixture<HTMLElement>(template);
  // Loaded, not loading: the skeletons are drawn in the content's own layout (`.agenda-day`, `.title` too).
  await waitUntil(() => el.shadowRoot?.querySelector(ready) && !el.shadowRoot.querySelector('[aria-busy="true"]'), `${el.localName}: ${ready}`, { timeout: 4000 });
  if (axe) await expect(el).to.be.accessible();
  const found = [...el.shadowRoot!.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((h) =>
    Number(h.getAttribute('aria-level') ?? h.localName.slice(1)),
  );
  return [...new Set(found)];
}

const all = (level: string | typeof nothing) => [
  [html`<govtech-event-calendar src=${SAMPLE} date="2026-12" view="list" heading-level=${level} .now=${now}></govtech-event-calendar>`, '.agenda-day'],
  [html`<govtech-panel-countdown src=${SAMPLE} heading-level=${level} .now=${now}></govtech-panel-countdown>`, '.title'],
  [html`<govtech-lab-directory src=${FIXTURE} heading-level=${level}></govtech-lab-directory>`, '.lab-name'],
  [html`<govtech-stream-card video-id="dQw4w9WgXcQ" title="Panel 1" poster="/packages/widgets/test/fixtures/poster.svg" heading-level=${level}></govtech-stream-card>`, '.title'],
] as const;

describe('heading-level', function () {
  this.timeout(20_000); // four widgets a test

  it('is 2 by default: the calendar’s month, the countdown’s and card’s titles; sub-headings 3 (agenda days, labs)', async () => {
    const found = [];
    for (const [template, ready] of all(nothing)) found.push(await levels(template, ready));
    expect(found).to.deep.equal([[2, 3], [2], [3], [2]]);
  });

  it('fits the page’s outline: heading-level="4" makes them 4 and 5', async () => {
    const found = [];
    for (const [template, ready] of all('4')) found.push(await levels(template, ready, true));
    expect(found).to.deep.equal([[4, 5], [4], [5], [4]]);
  });

  it('stays within 1–6', async () => {
    expect(await levels(all('6')[0][0], '.agenda-day')).to.deep.equal([6]);
    expect(await levels(all('9')[1][0], '.title')).to.deep.equal([6]);
    expect(await levels(all('0')[1][0], '.title')).to.deep.equal([2]);
    expect(await levels(all('1')[1][0], '.title')).to.deep.equal([1]);
  });
});
