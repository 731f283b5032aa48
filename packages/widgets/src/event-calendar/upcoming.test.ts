import { expect, html, waitUntil } from '@open-wc/testing';
import { ManualClock } from '@govtech-network/sdk/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

// view="upcoming" (upcoming.ts): the next events from now, a compact list that moves on by itself.

let feeds = 0;
/** The sample feed under a URL of its own: its own client and cache, on the test's clock. */
const freshSample = () => `/__test__/feeds/upcoming${++feeds}-${Math.random().toString(36).slice(2)}/`;

const titles = (cal: CalendarHarness) => cal.$$('.upcoming .agenda-title').map((title) => cal.text(title)!);
const WORKSHOP = 'Taller de ejemplo: segundo encuentro hacia el Laboratorio de Innovación Pública de Bucaramanga';
const MADRID = 'Panel de ejemplo: compra pública de innovación GovTech entre España y América Latina';
const VERANO = 'Panel de ejemplo: Verano de Datos Abiertos 2027 — el Índice GovTech Municipal cinco años después';
const MONTHLY = 'Reunión mensual de la Red Multisectorial GovTech Iberoamérica';

describe('<govtech-event-calendar view="upcoming">', () => {
  it('lists the next events from now, recurring ones expanded, without month navigation, accessibly', async () => {
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${freshSample()} view="upcoming" limit="4" time-zone="America/Santiago" more-href="/agenda/" .clock=${clock}></govtech-event-calendar>`,
    );
    // The monthly meeting's 17 December is an exception of its rule: its next one is in January.
    expect(titles(cal)).to.deep.equal([WORKSHOP, MADRID, VERANO, MONTHLY]);
    expect(cal.$$('.upcoming-date').map((date) => date.textContent)).to.deep.equal(['jue, 3 dic', 'jue, 10 dic', 'mié, 20 ene', 'jue, 21 ene']);
    expect(cal.text('[part="title"]')).to.equal('Próximos eventos');
    expect(cal.part('nav')).to.equal(null);
    const more = cal.$<HTMLAnchorElement>('[part="more-link"]')!;
    expect(more.textContent).to.equal('Ver agenda completa');
    expect(more.href).to.equal(new URL('/agenda/', location.href).href);
    await expect(cal.el).to.be.accessible();
  });

  it('moves on when a listed event ends, on its clock', async () => {
    // 3 December, 15:00Z: the Bucaramanga workshop (14:00–16:00Z) is under way.
    const clock = new ManualClock('2026-12-03T15:00:00Z');
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${freshSample()} view="upcoming" limit="2" time-zone="America/Bogota" .clock=${clock}></govtech-event-calendar>`,
    );
    expect(titles(cal)).to.have.length(2);
    expect(titles(cal)).to.deep.equal([WORKSHOP, MADRID]);
    // Its end is what the calendar waits for, on the shared ticker.
    expect(clock.pending('tick')).to.include(Date.parse('2026-12-03T16:00:00Z') - clock.now());
    await clock.set('2026-12-03T16:00:01Z');
    await waitUntil(() => titles(cal)[0] !== WORKSHOP, 'the ended workshop should leave the list');
    expect(titles(cal)).to.deep.equal([MADRID, VERANO]);
    await expect(cal.el).to.be.accessible();
  });

  it('keeps a recurring meeting at its wall-clock time across the zone’s change of offset', async () => {
    // Santiago leaves summer time on 4 April 2027 (UTC-3 → UTC-4): the monthly meeting stays at 17:00.
    const clock = new ManualClock('2027-03-18T20:30:00Z');
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${freshSample()} view="upcoming" limit="2" time-zone="America/Santiago" .clock=${clock}></govtech-event-calendar>`,
    );
    const rows = () => cal.$$('.upcoming > li').map((row) => cal.text(row));
    expect(rows()).to.deep.equal([`jue, 18 mar 17:00 ${MONTHLY}`, `jue, 15 abr 17:00 ${MONTHLY}`]);
    await clock.set('2027-03-18T21:00:01Z');
    await waitUntil(() => rows()[0]!.startsWith('jue, 15 abr'), 'the March meeting ends at 18:00 Santiago (21:00Z)');
    expect(rows()[0]).to.equal(`jue, 15 abr 17:00 ${MONTHLY}`);
    expect(rows()[1]).to.match(/^mar, 27 abr /);
  });

  it('links the full agenda only through http(s), reads a days that is not a number as its default, and speaks English and Portuguese', async () => {
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const en = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${freshSample()} view="upcoming" locale="en" limit="1" days="soon" more-href="javascript:alert(1)" .clock=${clock}></govtech-event-calendar>`,
    );
    expect(en.text('[part="title"]')).to.equal('Upcoming events');
    expect(en.$('[part="more-link"]')).to.equal(null);
    expect(titles(en)).to.have.length(1);
    const pt = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${freshSample()} view="upcoming" locale="pt" days="5" more-href="https://example.org/agenda" .clock=${clock}></govtech-event-calendar>`,
    );
    expect(pt.text('.state')).to.equal('Não há eventos próximos.');
    expect(pt.text('[part="more-link"]')).to.equal('Ver agenda completa');
    await expect(pt.el).to.be.accessible();
  });
});
