import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import type { GovtechEventCalendar } from './event-calendar.js';

// `filters` (filters.ts): the form's code is downloaded only by a calendar that asks for it. Asked for as
// the calendar connects, its first frame waits for it: the form is there with the skeleton and with the
// events, never after them. The tests of this file run in order, in a page of their own: the first one
// needs a page that has not loaded the form's code yet.

const now = () => Date.parse('2026-11-21T12:00:00Z');

// The dev server serves each module as a file of its own: the form's is filters.ts.
performance.setResourceTimingBufferSize(100_000);
const formCodeLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/event-calendar\/filters\.ts\b/.test(new URL(entry.name).pathname));

let held = 0;
/** A fresh feed URL whose files come when `release()` is called. */
function heldFeed() {
  const name = `filters-${held++}-${Date.now()}`;
  return { src: `/__test__/held/${name}/`, release: () => fetch(`/__test__/release/${name}`) };
}

/** The fields' own words (their label's text, not their options'). */
const labels = (cal: CalendarHarness) =>
  cal.$$('[part="filters"] label').map((label) => [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim());
const options = (cal: CalendarHarness) => cal.$$<HTMLSelectElement>('[part="filters"] select').map((select) => select.options.length);

describe('<govtech-event-calendar> filters, loaded on first use', () => {
  it('does not download the form without `filters`', async () => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src="/__test__/feeds/no-filters/" date="2026-12" view="list" .now=${now}></govtech-event-calendar>`,
    );
    // What the browser loads when idle once the events are shown (the details, the print rules) is here too.
    await waitUntil(() => cal.$('.print-note'), 'the print rules should load when idle');
    expect(cal.$('[part="filters"]')).to.equal(null);
    expect(formCodeLoaded()).to.equal(false);
  });

  it('with `filters`, draws the form in its first frame, with the skeleton, and keeps it when the events come', async () => {
    const feed = heldFeed();
    const cal = new CalendarHarness(
      await fixture<GovtechEventCalendar>(html`<govtech-event-calendar src=${feed.src} locale="en" date="2026-12" view="list" filters .now=${now}></govtech-event-calendar>`),
    );
    expect(cal.$('[aria-busy="true"]'), 'the loading state').not.to.equal(null);
    expect(formCodeLoaded()).to.equal(true);
    expect(labels(cal)).to.deep.equal(['Event type', 'Topic']);
    expect(options(cal), 'no options before the events').to.deep.equal([1, 1]);
    await expect(cal.el).to.be.accessible();
    await feed.release();
    await waitUntil(() => !cal.$('[aria-busy="true"]'), 'calendar did not load', { timeout: 4000 });
    expect(labels(cal)).to.deep.equal(['Event type', 'Topic']);
    expect(options(cal)[0]).to.be.greaterThan(1);
    await expect(cal.el).to.be.accessible();
  });

  it('draws the form in the first frame when `filters` is set as a property right after connecting (as wrappers do)', async () => {
    const el = document.createElement('govtech-event-calendar');
    Object.assign(el, { now, date: '2026-12', view: 'list' });
    el.setAttribute('src', '/__test__/hang/');
    document.body.append(el);
    el.filters = true;
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the loading state').not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="filters"]')).not.to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('shows the form once `filters` is set on a calendar already shown', async () => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src="/__test__/feeds/filters-later/" date="2026-12" view="list" .now=${now}></govtech-event-calendar>`,
    );
    expect(cal.$('[part="filters"]')).to.equal(null);
    cal.el.filters = true;
    await waitUntil(() => cal.$('[part="filters"]'), 'the form expected');
    expect(labels(cal)).to.deep.equal(['Tipo de evento', 'Tema']);
    expect(options(cal)[0]).to.be.greaterThan(1);
    await expect(cal.el).to.be.accessible();
  });
});
