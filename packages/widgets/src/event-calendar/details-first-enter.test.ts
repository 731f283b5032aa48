import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import { holdIdleCallbacks, moduleRequests } from '../../test/harness/idle.js';

// The details dialog's code (details.ts, with its styles) is not in the calendar's first download: it
// loads on first opening, or before, once the events are shown and the browser is idle (details-warm.test.ts).
// Each test file runs in a page of its own, so this page has not loaded details.ts before this test.

const SAMPLE = '/examples/feeds/v1/';
const NOW = Date.parse('2026-11-21T12:00:00Z');

const detailsRequests = () => moduleRequests('/event-calendar/details.ts');

/** The browser is never idle unless a test says so. */
const { waiting: idle } = holdIdleCallbacks();

describe('<govtech-event-calendar> details on the first Enter', () => {
  it('are not downloaded with the events nor while the browser is busy; the first Enter on a day loads them and opens the day, the focus in it and the keyboard working', async () => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${SAMPLE} date="2022-02-24" time-zone="America/Santiago" view="month" .now=${() => NOW}></govtech-event-calendar>`,
    );
    await waitUntil(() => cal.chipTexts('2022-02-24').length === 2, 'the day’s events expected');
    expect(detailsRequests(), 'details.ts before any opening').to.deep.equal([]);
    expect(idle, 'one wait for the browser to be idle').to.have.length(1);
    expect(cal.dialog.open).to.equal(false);

    cal.cell('2022-02-24').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cal.dialog.open, 'the day opens on the first Enter', { timeout: 4000 });
    expect(detailsRequests()).to.have.length(1);
    expect(cal.root.activeElement, 'the focus on the dialog’s Close button').to.equal(cal.dialog.querySelector('.close'));
    expect(cal.$$('dialog .agenda-title')).to.have.length(2);
    // Its styles came with it: the dialog is laid out as the details' own rules say.
    expect(getComputedStyle(cal.$('.dialog-head')!).display).to.equal('flex');
    await expect(cal.el).to.be.accessible();

    // Tab reaches the day's first event, Enter opens its details.
    await sendKeys({ press: 'Tab' });
    expect(cal.root.activeElement?.classList.contains('agenda-event'), 'the day’s first event focused').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /Panel/.test(cal.text('#dialog-title') ?? ''), 'the event’s details expected');
    await waitUntil(() => cal.root.activeElement === cal.dialog.querySelector('.close'), 'the focus on Close again');
    await expect(cal.el).to.be.accessible();

    // Escape closes them, the focus goes back to the day, and the arrows move on from it.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !cal.dialog.open, 'Escape closes the details');
    await cal.updated();
    expect(cal.focusedDay()).to.equal('2022-02-24');
    await sendKeys({ press: 'ArrowRight' });
    await cal.updated();
    expect(cal.focusedDay()).to.equal('2022-02-25');
    expect(detailsRequests(), 'loaded once').to.have.length(1);
  });
});
