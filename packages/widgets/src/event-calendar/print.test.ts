import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

// On paper (print.styles.ts over base/print-styles.ts): black on white, no controls, nothing left out.

const SAMPLE = '/examples/feeds/v1/';
/** The sample feed's name (its manifest's title). */
const FEED_NAME = 'Redes GovTech de América Latina y España — feeds de muestra';
const now = () => Date.parse('2026-11-21T12:00:00Z');
const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

const visible = (nodes: readonly Element[]) => nodes.filter((node) => node.checkVisibility());

describe('<govtech-event-calendar> printed', () => {
  /** The calendar once its print rules (loaded after its first render) are there. */
  const printable = async (template: ReturnType<typeof html>) => {
    const cal = await CalendarHarness.loaded(template);
    // The note names the feed once its manifest's title is read.
    await waitUntil(() => cal.text('.print-note')?.startsWith(FEED_NAME), 'print rules and the feed’s name expected');
    return cal;
  };
  /** What the browser does to print: `beforeprint`, then the page laid out for print media. */
  const print = async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
  };
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('prints the month grid black on white, without controls, every event in full, with the zone and print date', async () => {
    const cal = await printable(
      html`<govtech-event-calendar src=${SAMPLE} theme="dark" filters color-by="kind" max-events-per-day="1" date="2022-02" view="month" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    const dayChips = () => [...cal.cell('2022-02-24').querySelectorAll('.chip')];
    // On screen: one chip and "+1 más"; the other is left for paper.
    expect(visible(dayChips())).to.have.length(1);
    expect(cal.$('.print-note')!.checkVisibility()).to.equal(false);

    window.dispatchEvent(new Event('beforeprint'));
    // Drawn at once, before the browser lays the page out for paper.
    expect(dayChips()).to.have.length(2);
    await emulateMedia({ media: 'print' });
    expect(visible(dayChips())).to.have.length(2);
    for (const selector of ['[part="nav"]', '[part="filters"]', '[part="legend"]', '.more']) {
      expect(visible(cal.$$(selector)), selector).to.have.length(0);
    }
    expect(getComputedStyle(cal.el).backgroundColor).to.equal(WHITE);
    for (const chip of dayChips()) {
      const style = getComputedStyle(chip);
      expect(style.color).to.equal(BLACK);
      expect(style.borderInlineStartColor).to.equal(BLACK);
      expect(['rgba(0, 0, 0, 0)', WHITE]).to.include(style.backgroundColor);
      // The whole title, wrapped, not cut by an ellipsis.
      const title = chip.querySelector<HTMLElement>('.chip-title')!;
      expect(title.scrollWidth).to.be.at.most(title.clientWidth);
    }
    expect(getComputedStyle(cal.$('.title')!).color).to.equal(BLACK);
    expect(cal.text('.print-note')).to.equal(`${FEED_NAME}. Horarios en America/Santiago. Impreso el 21 de noviembre de 2026.`);
    expect(cal.$('.print-note')!.checkVisibility()).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await cal.updated();
    expect(dayChips()).to.have.length(1);
  });

  it('prints the agenda black on white, and an open event’s details on their own', async () => {
    const cal = await printable(
      html`<govtech-event-calendar src=${SAMPLE} theme="dark" locale="en" date="2022-02" view="list" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    await print();
    const events = cal.$$('[part="event"]');
    expect(visible(events)).to.have.length(3);
    expect(getComputedStyle(events[0]!).color).to.equal(BLACK);
    expect(getComputedStyle(events[0]!.querySelector('.agenda-time')!).color).to.equal(BLACK);
    expect(cal.text('.print-note')).to.equal(`${FEED_NAME}. Times in America/Santiago. Printed on November 21, 2026.`);

    await emulateMedia({ media: 'screen' });
    events[0]!.click();
    await waitUntil(() => cal.dialog.open);
    await print();
    expect(visible(cal.$$('[part="list"]'))).to.have.length(0);
    expect(cal.dialog.checkVisibility()).to.equal(true);
    expect(getComputedStyle(cal.$('#dialog-title')!).color).to.equal(BLACK);
    expect(visible(cal.$$('dialog .button'))).to.have.length(0);
    // The details name the feed, the zone and the date on their own paper too.
    expect(visible(cal.$$('.print-note')).map((note) => cal.text(note))).to.deep.equal([`${FEED_NAME}. Times in America/Santiago. Printed on November 21, 2026.`]);
  });

  it('has the base’s print rules (black on white, no buttons) from its first render, before its own print rules load', async () => {
    // A page printed at once after loading may come before print.ts (loaded after the first render).
    const el = await fixture(html`<govtech-event-calendar src=${SAMPLE} theme="dark" date="2022-02" .now=${now}></govtech-event-calendar>`);
    expect(el.shadowRoot!.querySelector('.print-note'), 'the calendar’s own print rules not loaded yet').to.equal(null);
    const printRules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .map((rule) => rule.cssText)
      .join('\n');
    expect(printRules).to.include('--_bg: #fff').and.include('.button').and.include('display: none !important');
  });
});
