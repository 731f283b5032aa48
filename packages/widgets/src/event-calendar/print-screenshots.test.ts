import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

// The calendar on paper, as Chromium lays it out for print media, compared with screenshots committed
// to the repository (packages/widgets/test/screenshots/, the command in scripts/wtr-screenshots.mjs;
// tests/README.md says how to take them again). print.test.ts checks the rules one by one; these catch
// what they do not name (a control left on paper, a clipped title, a layout that falls apart).
// Deterministic: the sample feed, a fixed clock and zone, an A4-wide page, a font every test machine has.

const SAMPLE = '/examples/feeds/v1/';
const now = () => Date.parse('2026-11-21T12:00:00Z');
/** A4's width at 96 CSS px per inch (and its height, for the viewport). */
const A4 = { width: 794, height: 1123 };
/** A font installed with Debian's Chromium (fonts-dejavu-core), not the system-ui of whatever machine. */
const FONT = "--govtech-font-family: 'DejaVu Sans'";

async function expectScreenshot(name: string): Promise<void> {
  const { passed, message } = await executeServerCommand<{ passed: boolean; message: string }, { name: string }>('compare-screenshot', { name });
  expect(passed, message).to.equal(true);
}

describe('<govtech-event-calendar> printed, as screenshots', () => {
  before(() => setViewport(A4));
  /** The calendar once its print rules (loaded after its first render) and the parts it asks for are there. */
  const printable = async (template: ReturnType<typeof html>, ready: (cal: CalendarHarness) => unknown = () => true) => {
    const cal = await CalendarHarness.loaded(template);
    // The print note names the feed once its manifest's title is read.
    await waitUntil(() => cal.text('.print-note')?.startsWith('Redes GovTech') && ready(cal), 'print rules expected', { timeout: 4000 });
    await document.fonts.ready;
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

  it('prints the month grid: black on white, no controls, every event of a day with its full title, the zone and print date', async () => {
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

  it('prints an open event’s details on their own', async () => {
    const cal = await printable(
      html`<govtech-event-calendar src=${SAMPLE} style=${FONT} locale="en" date="2022-02" view="list" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    cal.$<HTMLElement>('[part="event"]')!.click();
    await waitUntil(() => cal.dialog.open && cal.dialog.querySelector('.actions a'), 'details with their links expected', { timeout: 4000 });
    await print();
    await expectScreenshot('print-details');
  });
});
