// The fault matrix: each widget against the loopback test server with one file of the sample feed
// failing in each way a feed host fails (scripts/test-feed-routes.mjs, /__test__/fail/…). For each: the
// state the visitor sees (the content, the content with a partial note, or the error state with Retry),
// the `govtech-error` the webmaster hears, no accessibility violation, nothing thrown into the page, and
// Retry recovering once the fault is lifted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ManualClock } from '@govtech-network/sdk/testing';
import '../../packages/widgets/src/index.js';
import { CalendarHarness } from '../../packages/widgets/test/harness/event-calendar.js';
import { CountdownHarness } from '../../packages/widgets/test/harness/countdown.js';
import type { GovtechErrorDetail } from '../../packages/widgets/src/events/error.js';

/** The sample feed's December 2026: the Madrid panel (with a stream) on the 10th, the next one on 2027-01-20. */
const NOW = '2026-12-01T12:00:00Z';

type WidgetName = 'calendar' | 'countdown' | 'directory' | 'stream card';
/** What the visitor should see: everything, everything but a part (with a note), or the error state. */
type Expected = 'content' | 'partial' | 'error';

const widgets: Record<WidgetName, { render: (src: string, clock: ManualClock) => TemplateResult; content: string }> = {
  calendar: {
    render: (src, clock) =>
      html`<govtech-event-calendar src=${src} date="2026-12" view="month" time-zone="UTC" .clock=${clock}></govtech-event-calendar>`,
    content: 'td[data-key="2026-12-10"]',
  },
  countdown: {
    render: (src, clock) => html`<govtech-panel-countdown src=${src} time-zone="UTC" .clock=${clock}></govtech-panel-countdown>`,
    content: '[part~="title"]',
  },
  directory: {
    render: (src, clock) => html`<govtech-lab-directory src=${src} .clock=${clock}></govtech-lab-directory>`,
    content: '[part~="results"]',
  },
  'stream card': {
    render: (src, clock) =>
      html`<govtech-stream-card src=${src} stream-id="ejemplo-panel-madrid-2026-12" time-zone="UTC" .clock=${clock}></govtech-stream-card>`,
    content: '[part~="title"]',
  },
};

interface Fault {
  readonly name: string;
  /** Parts of the failing files' paths (comma-separated), and the fault (scripts/test-feed-routes.mjs). */
  readonly files: string;
  readonly fault: string;
  readonly expected: Record<WidgetName, Expected>;
}

const everyone = (expected: Expected): Record<WidgetName, Expected> => ({
  calendar: expected,
  countdown: expected,
  directory: expected,
  'stream card': expected,
});

const faults: Fault[] = [
  ...['404', '500', 'json', 'schema', 'hang'].map((fault) => ({ name: `manifest: ${fault}`, files: 'index.json', fault, expected: everyone('error') })),
  // The calendar's grid (30 Nov – 10 Jan) and the countdown's first look ahead (December to February).
  { name: 'the current month’s shard', files: '2026-12', fault: '404', expected: { ...everyone('content'), calendar: 'partial', countdown: 'partial' } },
  { name: 'the previous month’s shard', files: '2026-11', fault: '500', expected: { ...everyone('content'), calendar: 'partial' } },
  { name: 'another month’s shard', files: '2027-02', fault: '404', expected: everyone('content') },
  { name: 'streams.json', files: 'streams.json', fault: '404', expected: { ...everyone('content'), countdown: 'partial', 'stream card': 'error' } },
  { name: 'labs.json', files: 'labs.json', fault: '500', expected: { ...everyone('content'), directory: 'error' } },
  { name: 'a bad item in good files', files: '2026-12,labs.json,streams.json', fault: 'bad-item', expected: everyone('content') },
];

let faultCount = 0;

/** A fresh fault route for one test: its own URL, so its own client, cache and fault switch. */
function faultyFeed(files: string, fault: string): { src: string; lift: () => Promise<void> } {
  const id = `fault-${++faultCount}-${Date.now()}`;
  return {
    src: `/__test__/fail/${id}/${files}/${fault}/`,
    lift: async () => void (await fetch(`/__test__/lift/${id}`)),
  };
}

/** Errors the page would see: a widget must never throw into it. */
const uncaught: unknown[] = [];
window.addEventListener('error', (event) => uncaught.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => uncaught.push(event.reason));

/**
 * Waits until `done`. Meanwhile the widget's clock moves only as far as the SDK waits on it: past its
 * retry backoffs (a 500 is tried three times), and with `timeouts`, past its attempts' timeouts (for a
 * server that never answers; otherwise moving them would time out requests that are merely slow).
 */
async function until(clock: ManualClock, done: () => boolean, message: string, { timeouts = false } = {}): Promise<void> {
  await waitUntil(
    async () => {
      if (done()) return true;
      const waits = clock.pending('retry');
      if (!waits.length && timeouts) waits.push(...clock.pending('timeout'));
      if (waits.length) await clock.advance(Math.max(...waits));
      return done();
    },
    message,
    { timeout: 4000, interval: 20 },
  );
}

interface Rendered {
  readonly el: HTMLElement;
  readonly errors: GovtechErrorDetail[];
  $(selector: string): Element | null;
}

async function renderWidget(name: WidgetName, src: string, clock: ManualClock): Promise<Rendered> {
  const errors: GovtechErrorDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(html`<div @govtech-error=${(e: CustomEvent<GovtechErrorDetail>) => errors.push(e.detail)}>${widgets[name].render(src, clock)}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  return { el, errors, $: (selector) => el.shadowRoot!.querySelector(selector) };
}

function stateOf(widget: Rendered, name: WidgetName): Expected | 'loading' {
  if (widget.$('[part~="error"]')) return 'error';
  if (widget.$('[aria-busy="true"]') || !widget.$(widgets[name].content)) return 'loading';
  return widget.$('[part~="partial-note"]') ? 'partial' : 'content';
}

describe('fault matrix', function () {
  // Each test loads a widget twice and runs axe twice: more than the default 5 s on a busy machine.
  this.timeout(20_000);
  afterEach(() => {
    expect(uncaught, 'errors thrown into the page').to.deep.equal([]);
  });

  for (const fault of faults) {
    describe(fault.name, () => {
      for (const name of Object.keys(widgets) as WidgetName[]) {
        const expected = fault.expected[name];
        it(`${name}: ${expected}`, async () => {
          const clock = new ManualClock(NOW);
          const feed = faultyFeed(fault.files, fault.fault);
          const widget = await renderWidget(name, feed.src, clock);
          await until(clock, () => stateOf(widget, name) === expected, `${name} did not reach "${expected}" (it is "${stateOf(widget, name)}")`, {
            timeouts: fault.fault === 'hang',
          });
          await expect(widget.el).to.be.accessible();
          if (expected === 'content') {
            expect(widget.errors).to.deep.equal([]);
            return;
          }
          // The webmaster hears what failed and where; a partial failure says the widget still shows the rest.
          expect(widget.errors.length).to.be.greaterThan(0);
          for (const error of widget.errors) {
            expect(error.partial).to.equal(expected === 'partial');
            expect(error.url).to.include(feed.src);
            expect(error.message).to.be.a('string').and.not.equal('');
          }
          // Lifted, the fault is gone after Retry: the whole content, no note, no error state.
          await feed.lift();
          (widget.$(expected === 'error' ? '[part~="error"] [part~="retry"]' : '[part~="partial-note"] [part~="retry"]') as HTMLElement).click();
          await until(clock, () => stateOf(widget, name) === 'content', `${name} did not recover after Retry (it is "${stateOf(widget, name)}")`);
          await expect(widget.el).to.be.accessible();
        });
      }
    });
  }
});

// The three cases of issue 14 point 2, with what the visitor sees in each.
describe('one broken file blanks only what needs it', () => {
  const madrid = 'Panel de ejemplo: compra pública de innovación GovTech entre España y América Latina';

  it('streams.json failing: the countdown counts without the stream link, with a note', async () => {
    const clock = new ManualClock('2026-12-10T15:30:00Z'); // the Madrid panel is live
    const { src } = faultyFeed('streams.json', '404');
    const c = await CountdownHarness.render(html`<govtech-panel-countdown src=${src} .clock=${clock}></govtech-panel-countdown>`);
    await waitUntil(() => c.part('partial-note'), 'partial note expected');
    expect(c.text(c.part('error'))).to.equal(undefined);
    expect(c.text(c.part('title'))).to.equal(madrid);
    // Live without its stream: the event's own online link, not the watch link.
    expect(c.part<HTMLAnchorElement>('action')?.href).to.equal('https://example.org/en-vivo/panel-madrid');
    expect(c.text(c.part('partial-note'))).to.equal('No pudimos cargar el enlace a la transmisión. Reintentar');
    await expect(c.el).to.be.accessible();
  });

  it('streams.json failing: the details of the calendar keep the .ics, Google Calendar and Outlook links', async () => {
    const clock = new ManualClock(NOW);
    const { src, lift } = faultyFeed('streams.json', '404');
    const cal = await CalendarHarness.loaded(html`<govtech-event-calendar src=${src} date="2026-12" view="month" time-zone="UTC" .clock=${clock}></govtech-event-calendar>`);
    const dialog = await cal.openFirstEventOf('2026-12-10');
    await waitUntil(() => dialog.querySelector('[part~="partial-note"]'), 'a note on the missing stream link');
    const actions = () => [...dialog.querySelectorAll('.actions > *')].map((action) => cal.text(action));
    expect(actions()).to.deep.equal(['Unirse en línea', 'Inscribirse', 'Descargar archivo .ics', 'Google Calendar', 'Outlook.com', 'Outlook 365']);
    await expect(cal.el).to.be.accessible();
    await lift();
    dialog.querySelector<HTMLElement>('[part~="partial-note"] [part~="retry"]')!.click();
    await waitUntil(() => !dialog.querySelector('[part~="partial-note"]'), 'the note goes once the stream link loads');
    expect(actions()).to.deep.equal(['Unirse en línea', 'Inscribirse', 'Ver la transmisión', 'Descargar archivo .ics', 'Google Calendar', 'Outlook.com', 'Outlook 365']);
  });

  it('a shard of another month failing: the countdown shows its panel, from a working shard, with no note', async () => {
    const clock = new ManualClock(NOW);
    const { src } = faultyFeed('2027-02', '404');
    const c = await CountdownHarness.render(html`<govtech-panel-countdown src=${src} .clock=${clock}></govtech-panel-countdown>`);
    await waitUntil(() => c.part('title') || c.part('error'), 'countdown expected');
    expect(c.text(c.part('error'))).to.equal(undefined);
    expect(c.text(c.part('title'))).to.equal(madrid);
    expect(c.text(c.part('partial-note'))).to.equal(undefined);
  });

  it('the shard of the previous month failing: the month shows, its one day in the grid marked', async () => {
    const clock = new ManualClock(NOW);
    const { src } = faultyFeed('2026-11', '404');
    const errors: GovtechErrorDetail[] = [];
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${src} date="2026-12" view="month" time-zone="UTC" .clock=${clock} @govtech-error=${(e: CustomEvent<GovtechErrorDetail>) => errors.push(e.detail)}></govtech-event-calendar>`,
    );
    await waitUntil(() => cal.part('partial-note'), 'partial note expected');
    expect(cal.text(cal.part('error'))).to.equal(undefined);
    expect(cal.chipTexts('2026-12-10').join()).to.include('Panel de ejemplo');
    expect(cal.$$('td.missing').map((cell) => cell.dataset.key)).to.deep.equal(['2026-11-30']);
    expect(cal.text(cal.cell('2026-11-30').querySelector('.visually-hidden'))).to.equal('lunes, 30 de noviembre, no pudimos cargar todos sus eventos');
    expect(cal.text(cal.cell('2026-12-01').querySelector('.visually-hidden'))).to.equal('martes, 1 de diciembre, sin eventos');
    expect(cal.text(cal.part('partial-note'))).to.equal('No pudimos cargar los eventos de estas fechas: 30 de noviembre. Reintentar');
    expect(errors.map(({ code, status, partial }) => [code, status, partial])).to.deep.equal([['http', 404, true]]);
    await expect(cal.el).to.be.accessible();
  });
});
