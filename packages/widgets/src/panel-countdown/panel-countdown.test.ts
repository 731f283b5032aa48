import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ManualClock } from '@govtech-network/sdk/testing';
import { CountdownHarness } from '../../test/harness/countdown.js';
import '../panel-countdown.js';
import type { GovtechPanelCountdown } from './panel-countdown.js';

const SAMPLE = '/examples/feeds/v1/';
// The next panel of the sample feed: Madrid, 2026-12-10 16:00–17:30 (15:00–16:30 UTC), with a stream.
const START = Date.parse('2026-12-10T15:00:00Z');
const END = Date.parse('2026-12-10T16:30:00Z');

/** A clock the test moves; each countdown gets its own function so clients are not shared across tests. */
function testClock(start: string | number) {
  const clock = { t: typeof start === 'string' ? Date.parse(start) : start, now: () => clock.t };
  return clock;
}

const countdown = (template: ReturnType<typeof html>) => CountdownHarness.render(template);

async function moveTo(countdown: CountdownHarness, clock: { t: number }, instant: number) {
  clock.t = instant;
  await countdown.resync();
}

/** Time left before the start, as the digits show it. */
const left = (days: number, hours: number, minutes: number, seconds: number) => (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;

describe('<govtech-panel-countdown>', () => {
  it('counts down to the next panel, digits hidden from screen readers and a readable summary', async () => {
    const clock = testClock('2026-11-21T12:00:00Z');
    const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} time-zone="America/Bogota" .now=${clock.now}></govtech-panel-countdown>`);
    expect(c.text('.title')).to.match(/^Panel de ejemplo: compra pública/);
    expect(c.text('.status')).to.equal('Próximo panel');
    expect(c.$('.digits')!.getAttribute('aria-hidden')).to.equal('true');
    expect(c.digits()).to.deep.equal(['19', '03', '00', '00']);
    expect(c.text('.summary')).to.equal('Faltan 19 días y 3 horas');
    expect(c.text('.when')).to.equal('jueves, 10 de diciembre de 2026, 16:00 Madrid · 10:00 tu hora');
    expect(c.announcement()).to.equal('');
    await expect(c.el).to.be.accessible();
  });

  it('writes the seconds in place each second, and renders the rest only when the minute changes', async () => {
    const clock = testClock(START - left(19, 3, 0, 1));
    // The countdown's ticks wait on a ManualClock: the test runs each one by hand, no real timer involved.
    const timers = new ManualClock();
    const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} .now=${clock.now} .clock=${timers}></govtech-panel-countdown>`);
    const root = c.root;
    await moveTo(c, clock, clock.t);
    let tick = c.pendingTick(timers);
    expect(c.digits()).to.deep.equal(['19', '03', '00', '01']);
    expect(c.text('.summary')).to.equal('Faltan 19 días y 3 horas');

    // Within the minute: the seconds' text alone changes, without a Lit update (no summary, no live region).
    const records: MutationRecord[] = [];
    const changes = new MutationObserver((found) => records.push(...found));
    changes.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    clock.t += tick.delay;
    const rendering = await tick.run(); // isUpdatePending just after the tick, before Lit's update would have run
    tick = c.pendingTick(timers);
    expect(rendering, 'a tick within the minute must not render').to.equal(false);
    expect(c.digits()).to.deep.equal(['19', '03', '00', '00']);
    records.push(...changes.takeRecords());
    changes.disconnect();
    expect(records.map((record) => record.type)).to.deep.equal(['characterData']);
    expect(records[0]!.target.parentElement?.closest('.value')).to.equal(root.querySelectorAll('.value')[3]);
    expect(tick.delay).to.equal(1000);

    // A new minute (here also a new hour) renders the digits and the summary.
    clock.t += tick.delay;
    const updatePending = await tick.run();
    expect(updatePending).to.equal(true);
    await c.updated();
    expect(c.digits()).to.deep.equal(['19', '02', '59', '59']);
    expect(c.text('.summary')).to.equal('Faltan 19 días y 2 horas');
    await expect(c.el).to.be.accessible();
  });

  it('lays the seconds out on their own, exactly where text in the flow would be', async () => {
    const clock = testClock(START - left(3, 4, 5, 6));
    for (const layout of ['card', 'hero']) {
      const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} layout=${layout} .now=${clock.now}></govtech-panel-countdown>`);
      const [, , minutes, seconds] = c.$$('.value');
      // Size and layout containment make the seconds' box a relayout boundary: a tick lays out nothing else.
      const ticking = seconds!.querySelector('.ticking');
      expect(ticking, 'the seconds have a box of their own').to.be.instanceOf(HTMLElement);
      expect(getComputedStyle(ticking!).contain.split(' ')).to.include.members(['size', 'layout']);
      // Drawn as the minutes are: same box size, the text at the same place in it.
      const textBox = (value: HTMLElement) => {
        const range = document.createRange();
        range.selectNodeContents(value.querySelector('.ticking') ?? value);
        const box = value.getBoundingClientRect();
        const glyphs = range.getBoundingClientRect();
        return [box.width, box.height, glyphs.left - box.left, glyphs.top - box.top, glyphs.width, glyphs.height].map((n) => Math.round(n * 64) / 64);
      };
      expect(seconds!.textContent).to.equal('06');
      expect(textBox(seconds!)).to.deep.equal(textBox(minutes!));
    }
  });

  it('turns live exactly at the start and ended exactly at the end, announcing each once', async () => {
    const clock = testClock(START - 1);
    const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} .now=${clock.now}></govtech-panel-countdown>`);
    const events: string[] = [];
    c.el.addEventListener('govtech-countdown-live', () => events.push('live'));
    c.el.addEventListener('govtech-countdown-ended', () => events.push('ended'));
    expect(c.text('.summary')).to.equal('Falta menos de un minuto');

    await moveTo(c, clock, START);
    expect(events).to.deep.equal(['live']);
    expect(c.text('.status')).to.equal('En vivo ahora');
    expect(c.announcement()).to.match(/está en vivo\.$/);
    const watch = c.part<HTMLAnchorElement>('action')!;
    expect(watch.textContent).to.equal('Ver en vivo');
    expect(watch.href).to.match(/^https:\/\/www\.youtube\.com\/watch\?v=/);
    await expect(c.el).to.be.accessible();

    await moveTo(c, clock, END - 1);
    expect(events).to.deep.equal(['live']);
    await moveTo(c, clock, END);
    expect(events).to.deep.equal(['live', 'ended']);
    expect(c.text('.status')).to.equal('Finalizado');
    expect(c.announcement()).to.match(/ha finalizado\.$/);
    expect(c.text('[part="action"]')).to.equal('Ver la grabación');
    await expect(c.el).to.be.accessible();
  });

  it('moves on to the next panel with follow', async () => {
    const clock = testClock(END - 1000);
    const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} follow .now=${clock.now}></govtech-panel-countdown>`);
    await moveTo(c, clock, END);
    await waitUntil(() => c.text('.title')?.startsWith('Panel de ejemplo: Verano de Datos Abiertos 2027'), 'next panel expected');
    expect(c.text('.status')).to.equal('Próximo panel');
  });

  it('counts elapsed time across a DST change (Santiago, September 2026)', async () => {
    // 17:00 in Santiago on Saturday 5 September (UTC-4); clocks go forward at midnight; the monthly
    // meeting is on Thursday 17 September at 17:00 (UTC-3): 11 days and 23 hours of real time.
    const clock = testClock('2026-09-05T21:00:00Z');
    const c = await countdown(
      html`<govtech-panel-countdown src=${SAMPLE} event-id="red-govtech-reunion-mensual" time-zone="America/Santiago" .now=${clock.now}></govtech-panel-countdown>`,
    );
    expect(c.text('.summary')).to.equal('Faltan 11 días y 23 horas');
    expect(c.text('.when')).to.equal('jueves, 17 de septiembre de 2026, 17:00');
  });

  it('shows a past panel by id as ended, with its replay', async () => {
    const clock = testClock('2026-11-21T12:00:00Z');
    const c = await countdown(
      html`<govtech-panel-countdown src=${SAMPLE} event-id="verano-2022-panel-1" locale="en" .now=${clock.now}></govtech-panel-countdown>`,
    );
    expect(c.text('.status')).to.equal('Ended');
    expect(c.text('[part="action"]')).to.equal('Watch the recording');
    expect(c.$('.digits')).to.equal(null);
  });

  it('shows cancelled events as such, without a countdown', async () => {
    const clock = testClock('2026-11-21T12:00:00Z');
    const c = await countdown(
      html`<govtech-panel-countdown src=${SAMPLE} event-id="ejemplo-taller-bucaramanga-2026-12" locale="pt" .now=${clock.now}></govtech-panel-countdown>`,
    );
    expect(c.text('.status')).to.equal('Cancelado');
    expect(c.$('.digits')).to.equal(null);
    await expect(c.el).to.be.accessible();
  });

  it('says clearly when no panel is coming, or the id is unknown', async () => {
    const clock = testClock('2031-01-01T00:00:00Z');
    const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} .now=${clock.now}></govtech-panel-countdown>`);
    expect(c.text('.state')).to.equal('No hay paneles programados por ahora.');
    await expect(c.el).to.be.accessible();
    c.el.eventId = 'no-such-event';
    await waitUntil(() => c.text('.state')?.includes('no-such-event'));
  });

  it('pauses while the page is hidden and resyncs from the clock when shown', async () => {
    const clock = testClock(START - 60_000);
    const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} .now=${clock.now}></govtech-panel-countdown>`);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await c.updated();
      expect(c.el.paused).to.equal(true);
      clock.t = START + 5 * 60_000; // time passes while hidden
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await c.updated();
    expect(c.el.paused).to.equal(false);
    expect(c.text('.status')).to.equal('En vivo ahora');
  });

  it('corrects a wrong visitor clock from the feed server\'s Date header, within bounds', async () => {
    const visitor = '2026-11-21T12:00:00Z';
    const summaryWith = async (serverDate: string) => {
      const clock = testClock(visitor);
      const c = await countdown(
        html`<govtech-panel-countdown src=${`/__test__/server-date/${serverDate}/`} server-time .now=${clock.now}></govtech-panel-countdown>`,
      );
      await c.resync(); // the offset is known once the first response arrived
      return c.text('.summary');
    };
    expect(await summaryWith('2026-11-21T14:00:00Z')).to.equal('Faltan 19 días y 1 hora'); // visitor 2 h slow
    expect(await summaryWith('2026-11-21T12:00:03Z')).to.equal('Faltan 19 días y 3 horas'); // within precision
    expect(await summaryWith('2026-11-25T12:00:00Z')).to.equal('Faltan 19 días y 3 horas'); // beyond the bound
  });

  it('has badge and hero layouts, accessible', async () => {
    const clock = testClock('2026-11-21T12:00:00Z');
    for (const layout of ['badge', 'hero']) {
      const c = await countdown(html`<govtech-panel-countdown src=${SAMPLE} layout=${layout} .now=${clock.now}></govtech-panel-countdown>`);
      expect(c.text('.summary')).to.equal('Faltan 19 días y 3 horas');
      expect(getComputedStyle(c.$('.digits')!).display).to.equal(layout === 'badge' ? 'none' : 'flex');
      await expect(c.el).to.be.accessible();
    }
  });

  it('reserves its space while loading, and shows an error with Retry', async () => {
    const loading = new CountdownHarness(await fixture<GovtechPanelCountdown>(html`<govtech-panel-countdown src="/__test__/hang/"></govtech-panel-countdown>`));
    expect(loading.$('[aria-busy="true"]')!.getBoundingClientRect().height).to.be.greaterThan(150);
    await expect(loading.el).to.be.accessible();
    const failing = new CountdownHarness(await fixture<GovtechPanelCountdown>(html`<govtech-panel-countdown src="/__test__/no-feed-here/" locale="en"></govtech-panel-countdown>`));
    await waitUntil(() => failing.$('[role="alert"]'));
    expect(failing.text('[role="alert"] button')).to.equal('Try again');
    await expect(failing.el).to.be.accessible();
  });
});
