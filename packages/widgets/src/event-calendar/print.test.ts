import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

// On paper (print.ts over base/print-styles.ts): black on white, no controls, nothing left out. First
// rule by rule (computed styles), then as a whole: screenshots of the page under print media compared
// with baselines committed to the repository (packages/widgets/test/screenshots/, the command in
// scripts/wtr-screenshots.mjs; tests/README.md says how to take them again), which catch what the rules
// do not name (a control left on paper, a clipped title, a layout that falls apart).

const SAMPLE = '/examples/feeds/v1/';
/** The sample feed's name (its manifest's title). */
const FEED_NAME = 'Redes GovTech de América Latina y España — feeds de muestra';
const now = () => Date.parse('2026-11-21T12:00:00Z');
const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

const visible = (nodes: readonly Element[]) => nodes.filter((node) => node.checkVisibility());

/** The calendar once its print rules (loaded when the browser is idle after its events are shown) and the parts `ready` waits for are there. */
async function printable(template: ReturnType<typeof html>, ready: (cal: CalendarHarness) => unknown = () => true) {
  const cal = await CalendarHarness.loaded(template);
  // The note names the feed once its manifest's title is read.
  await waitUntil(() => cal.text('.print-note')?.startsWith(FEED_NAME) && ready(cal), 'print rules and the feed’s name expected', { timeout: 4000 });
  return cal;
}

/** What the browser does to print: `beforeprint`, then the page laid out for print media. */
async function print() {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
}

afterEach(async () => {
  window.dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
});

describe('<govtech-event-calendar> printed', () => {
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

  it('prints a day’s events, opened from the grid, on their own with the note', async () => {
    const cal = await printable(
      html`<govtech-event-calendar src=${SAMPLE} locale="en" date="2022-02" view="month" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    cal.cell('2022-02-24').click();
    await waitUntil(() => cal.dialog.open, 'the day’s details expected');
    await print();
    expect(visible(cal.$$('[part="grid"]'))).to.have.length(0);
    expect(visible(cal.$$('dialog .agenda-title'))).to.have.length(2);
    expect(visible(cal.$$('.print-note')).map((note) => cal.text(note))).to.deep.equal([`${FEED_NAME}. Times in America/Santiago. Printed on November 21, 2026.`]);
  });

  it('has the base’s print rules (black on white, no buttons) from its first render, before its own print rules load', async () => {
    // A page printed at once after loading may come before print.ts (loaded once the events are shown, when the browser is idle).
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

describe('<govtech-event-calendar> printed, as screenshots', () => {
  /** A4's width at 96 CSS px per inch (and its height): the page is laid out as on paper. */
  before(() => setViewport({ width: 794, height: 1123 }));
  /** A font installed with Debian's Chromium (fonts-dejavu-core), not whatever `system-ui` is on the machine. */
  const FONT = "--govtech-font-family: 'DejaVu Sans'";

  async function expectScreenshot(name: string): Promise<void> {
    await document.fonts.ready;
    const { passed, message } = await executeServerCommand<{ passed: boolean; message: string }, { name: string }>('compare-screenshot', { name });
    expect(passed, message).to.equal(true);
  }

  it('prints the month grid: black on white, no controls, every event of a day with its full title, the feed, zone and print date', async () => {
    await printable(
      html`<govtech-event-calendar src=${SAMPLE} style=${FONT} theme="dark" filters search subscribe color-by="kind" max-events-per-day="1" date="2022-02" view="month" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
      (cal) => cal.$('input[type="search"]') && cal.$('#subscribe-button') && cal.$('[part="legend"]'),
    );
    await print();
    await expectScreenshot('print-month');
  });

  it('prints the agenda', async () => {
    await printable(
      html`<govtech-event-calendar src=${SAMPLE} style=${FONT} theme="dark" locale="en" date="2022-02" view="list" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    await print();
    await expectScreenshot('print-agenda');
  });

  it('prints an open event’s details on their own, from the top of the page, without the dialog’s backdrop', async () => {
    const cal = await printable(
      html`<govtech-event-calendar src=${SAMPLE} style=${FONT} locale="en" date="2022-02" view="list" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    cal.$<HTMLElement>('[part="event"]')!.click();
    await waitUntil(() => cal.dialog.open && cal.dialog.querySelector('.actions a'), 'details with their links expected', { timeout: 4000 });
    await print();
    await expectScreenshot('print-details');
  });
});
