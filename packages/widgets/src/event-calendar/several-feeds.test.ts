import { expect, html, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const clock = () => NOW;
const unique = (prefix: string) => `/__test__/${prefix}/${Math.random().toString(36).slice(2)}/`;

describe('<govtech-event-calendar> with several feeds in src', () => {
  it('shows the events of every feed, merged by id, each keeping its network', async () => {
    const src = `${unique('feeds')} ${unique('second-feed')}`;
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${src} date="2022-02" locale="es" time-zone="America/Santiago" view="list" .now=${clock}></govtech-event-calendar>`,
    );
    const titles = cal.agendaTitles();
    expect(titles).to.include('Encuentro de Ciudades Digitales');
    expect(titles.some((title) => title.startsWith('Verano de Datos Abiertos — Panel 1'))).to.equal(true);
    // The second feed's copy of panel 1 has the same id: the first feed's is kept, once.
    expect(titles).not.to.include('Copia del panel 1 en otra red');
    expect(cal.$('[part="partial-note"]')).to.equal(null);
    await expect(cal.el).to.be.accessible();
  });

  it('shows the feeds that answer, with a discreet note and a partial govtech-error for the one that failed', async () => {
    const errors: CustomEvent[] = [];
    const failing = `/__test__/fail/${Math.random().toString(36).slice(2)}/index.json/404/`;
    const src = `${unique('feeds')} ${failing}`;
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar
        src=${src}
        date="2022-02"
        locale="es"
        time-zone="America/Santiago"
        view="month"
        .now=${clock}
        @govtech-error=${(e: CustomEvent) => errors.push(e)}
      ></govtech-event-calendar>`,
    );
    await waitUntil(() => cal.$('[part="partial-note"]'), 'partial note expected', { timeout: 4000 });
    expect(cal.text('[part="partial-note"]')).to.match(/^No pudimos cargar una de las agendas; mostramos las demás\./);
    expect(cal.chipTexts('2022-02-23')[0]).to.match(/Verano de Datos Abiertos — Panel 1/);
    // Not "these days are missing": the other feed's days are all there.
    expect(cal.$$('td.missing')).to.have.length(0);
    expect(cal.$('[part="error"]')).to.equal(null);
    expect(errors.map((e) => [e.detail.partial, e.detail.url])).to.deep.equal([[true, new URL(`${failing}index.json`, location.href).href]]);
    await expect(cal.el).to.be.accessible();
  });

  it('in English and Portuguese too', async () => {
    for (const [locale, note] of [
      ['en', 'We couldn’t load one of the calendars; showing the others.'],
      ['pt', 'Não foi possível carregar uma das agendas; mostramos as demais.'],
    ]) {
      const failing = `/__test__/fail/${Math.random().toString(36).slice(2)}/index.json/404/`;
      const cal = await CalendarHarness.loaded(
        html`<govtech-event-calendar src=${`${unique('feeds')} ${failing}`} date="2022-02" locale=${locale} view="list" .now=${clock}></govtech-event-calendar>`,
      );
      await waitUntil(() => cal.$('[part="partial-note"]'));
      expect(cal.text('[part="partial-note"]')).to.include(note);
    }
  });
});
