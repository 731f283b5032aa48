import { expect, html, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const clock = () => NOW;
const unique = (prefix: string) => `/__test__/${prefix}/${Math.random().toString(36).slice(2)}/`;

async function searchable(src: string, locale = 'es') {
  const cal = await CalendarHarness.loaded(
    html`<govtech-event-calendar src=${src} search date="2026-11" locale=${locale} time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
  );
  await waitUntil(() => cal.$('input[type="search"]'), 'search box expected', { timeout: 4000 });
  return cal;
}

/** Types `query` into the search box, and waits for its results (the live region's count). */
async function type(cal: CalendarHarness, query: string) {
  const input = cal.$<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await cal.updated(); // the previous count is gone
  await waitUntil(() => cal.text('.search [role="status"]'), 'result count expected', { timeout: 4000 });
}

describe('<govtech-event-calendar search>', () => {
  // Requests are counted from the resource timings: room for every test's.
  before(() => performance.setResourceTimingBufferSize(100_000));

  it('finds events of every month, accent- and case-insensitively, listed with their dates, and Escape brings the month back', async () => {
    const cal = await searchable(unique('feeds'));
    expect(cal.$('label.field')!.textContent).to.include('Buscar eventos');
    await type(cal, 'INNOVACION abierta');
    expect(cal.text('.search [role="status"]')).to.equal('3 eventos encontrados.');
    // Past events only, the most recent first; the title, or only the description, matches.
    expect(cal.agendaTitles().map((title) => title.slice(0, 24))).to.deep.equal([
      'Bucaramanga avanza con i',
      'Reunión mensual de la Re',
      'Lanzamiento de la Red Mu',
    ]);
    expect(cal.$$('.search-results .agenda-day')[1]!.textContent).to.equal('jueves, 16 de noviembre de 2023');
    expect(!!cal.$('table.grid')).to.equal(false);
    await expect(cal.el).to.be.accessible();

    await type(cal, 'innovación');
    const titles = cal.agendaTitles();
    // Upcoming first (December 2026, March 2027), then the past from the most recent (2024, 2023, 2022).
    expect(titles[0]).to.match(/^Taller de ejemplo: segundo encuentro/);
    expect(titles.at(-1)).to.match(/^Verano de Datos Abiertos — Panel 1:/);
    expect(titles.length).to.be.greaterThan(5);

    cal.$<HTMLInputElement>('input[type="search"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await cal.updated();
    expect(cal.$<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
    expect(!!cal.$('table.grid')).to.equal(true);
    expect(cal.text('.search [role="status"]')).to.equal('');
  });

  it('says so when nothing matches, in every language', async () => {
    for (const [locale, label, none] of [
      ['es', 'Buscar eventos', 'Ningún evento coincide con la búsqueda.'],
      ['pt', 'Pesquisar eventos', 'Nenhum evento corresponde à pesquisa.'],
      ['en', 'Search events', 'No event matches the search.'],
    ] as const) {
      const cal = await searchable(unique('feeds'), locale);
      expect(cal.$('label.field')!.textContent).to.include(label);
      await type(cal, 'zzzz-nada');
      expect(cal.text('.search [role="status"]')).to.equal(none);
      expect(cal.text('.state')).to.equal(none);
      await expect(cal.el).to.be.accessible();
    }
  });

  it('reads a sharded feed’s shards once each, however many searches are typed', async () => {
    const src = unique('shards-only');
    const cal = await searchable(src);
    const requests = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith(src));
    await type(cal, 'datos');
    const shards = requests().filter((path) => path.includes('/events/'));
    const manifest = JSON.parse(await (await fetch('/examples/feeds/v1/index.json')).text()) as { feeds: { events: { shards: unknown[] } } };
    // Several shards read (the results span years), each once, and nothing else but the manifest.
    expect(shards.length).to.equal(manifest.feeds.events.shards.length);
    expect(new Set(shards).size).to.equal(shards.length);
    expect(requests().length).to.equal(shards.length + 1);
    const years = new Set(cal.$$('.search-results .agenda-day').map((day) => day.textContent!.slice(-4)));
    expect(years.size).to.be.greaterThan(2);
    const before = requests().length;
    await type(cal, 'panel');
    await type(cal, 'reunión mensual');
    expect(requests().length).to.equal(before);
  });

  it('reads events.json, one request, when the feed gives it', async () => {
    const src = unique('feeds');
    const cal = await searchable(src);
    const requests = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith(src));
    const before = requests().length;
    await type(cal, 'datos');
    expect(requests().slice(before)).to.deep.equal([`${src}events.json`]);
  });
});
