import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import { holdIdleCallbacks, moduleRequests } from '../../test/harness/idle.js';

// The details dialog's code (details.ts) loads on the first click on an event (in time, the focus moved),
// and is warmed before that: when the browser is idle after the events are shown, or as the pointer or
// the focus reaches them. Each test file runs in a page of its own: this page has not loaded details.ts
// before its first test.

const SAMPLE = '/examples/feeds/v1/';
const NOW = Date.parse('2026-11-21T12:00:00Z');

const detailsRequests = () => moduleRequests('/event-calendar/details.ts');

/** Whether the details' styles are in a calendar's shadow root (adopted once their code has arrived). */
const detailsStyles = (cal: CalendarHarness) =>
  cal.root.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => (rule as CSSStyleRule).selectorText === '.dialog-head'));

/** The browser is never idle unless a test says so. */
const { waiting: idle, run: runIdle } = holdIdleCallbacks();

const february = () =>
  CalendarHarness.loaded(
    html`<govtech-event-calendar src=${SAMPLE} date="2022-02" time-zone="America/Santiago" view="month" .now=${() => NOW}></govtech-event-calendar>`,
  );
const chip = async (cal: CalendarHarness) => {
  await waitUntil(() => cal.$('td[data-key="2022-02-23"] .chip'), 'an event on 23 February expected');
  return cal.cell('2022-02-23').querySelector<HTMLButtonElement>('.chip')!;
};

describe('<govtech-event-calendar> details: first click, and warmed before it', () => {
  it('open on the first click on an event, its code loaded then, with the focus moved and given back on closing', async () => {
    const cal = await february();
    const event = await chip(cal);
    expect(detailsRequests(), 'details.ts before any opening').to.deep.equal([]);
    expect(detailsStyles(cal)).to.equal(false);
    setTimeout(() => event.click());
    const { detail } = await oneEvent(cal.el, 'govtech-event-select');
    expect(detail.event.id).to.equal('verano-2022-panel-1');
    await waitUntil(() => cal.dialog.open, 'the details open on the first click', { timeout: 4000 });
    expect(detailsRequests()).to.have.length(1);
    expect(cal.root.activeElement, 'the focus on Close').to.equal(cal.dialog.querySelector('.close'));
    expect(cal.text('#dialog-title')).to.match(/^Verano de Datos Abiertos — Panel 1/);
    await waitUntil(() => cal.dialog.querySelector('a[href*="calendar.google.com"]'), 'the extras expected');
    await expect(cal.el).to.be.accessible();
    cal.dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await waitUntil(() => cal.root.activeElement === event, 'the focus back on the event');
    expect(cal.dialog.open).to.equal(false);
  });

  it('are asked for when the browser is idle after the events are shown, not before, with the print rules', async () => {
    idle.length = 0;
    const cal = await february();
    await chip(cal);
    expect(detailsStyles(cal)).to.equal(false);
    expect(!!cal.$('.print-note'), 'the calendar’s print rules not before the browser is idle').to.equal(false);
    expect(idle).to.have.length(1);
    runIdle();
    await waitUntil(() => detailsStyles(cal), 'the details’ code and styles once the browser is idle');
    await waitUntil(() => cal.$('.print-note'), 'the print rules once the browser is idle');
    (await chip(cal)).click();
    await waitUntil(() => cal.dialog.open, 'the details open');
    expect(detailsRequests(), 'the code the page already had').to.have.length(1);
  });

  it('are asked for as the pointer or the focus reaches the events', async () => {
    const pointed = await february();
    pointed.cell('2022-02-23').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => detailsStyles(pointed), 'warmed by the pointer');

    const focused = await february();
    expect(detailsStyles(focused)).to.equal(false);
    focused.cell('2022-02-21').focus();
    await waitUntil(() => detailsStyles(focused), 'warmed by the focus');
    expect(focused.dialog.open).to.equal(false);
  });

  it('speak the calendar’s language: their words come with their code, in Portuguese and English too', async () => {
    for (const [locale, words] of [
      ['pt', ['Baixar arquivo .ics', 'seu horário']],
      ['en', ['Download .ics file', 'your time']],
    ] as const) {
      const cal = await CalendarHarness.loaded(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" locale=${locale} time-zone="Europe/Madrid" view="month" .now=${() => NOW}></govtech-event-calendar>`,
      );
      const dialog = await cal.openFirstEventOf('2022-02-23');
      await waitUntil(() => dialog.querySelector('.actions button'), 'the .ics button expected');
      for (const word of words) expect(cal.text(dialog), locale).to.include(word);
      await expect(cal.el).to.be.accessible();
    }
  });
});
