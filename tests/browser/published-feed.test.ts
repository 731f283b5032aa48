// The publisher toolkit's output in a real browser: examples/feeds/v1 is built by `govtech-feeds build`
// from examples/content (the Mesa's Decap file verbatim, Markdown events, a labs CSV saved from Excel, a
// streams YAML), and the widgets show what those sources say.
import { expect, html } from '@open-wc/testing';
import { createClient, type GovNetwork } from '@govtech-network/sdk';
import { CalendarHarness } from '../../packages/widgets/test/harness/event-calendar.js';
import { LabDirectoryHarness } from '../../packages/widgets/test/harness/lab-directory.js';
import '../../packages/widgets/src/lab-directory.js';

const FEED = '/examples/feeds/v1/';
const now = () => Date.parse('2026-11-21T12:00:00Z');

describe('a feed built by govtech-feeds, shown by the widgets in Chromium', () => {
  it('the Mesa\'s Decap file is an all-day meeting on its own day, with its minutes and slides', async () => {
    const calendar = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${FEED} date="2022-04" time-zone="America/Guatemala" .now=${now}></govtech-event-calendar>`,
    );
    // Decap saved the date as a UTC instant; the build kept the day the editor meant (26 April).
    expect(calendar.chipTexts('2022-04-26').join()).to.contain('1ra Mesa de Innovadores Públicos');
    expect(calendar.chipTexts('2022-04-25')).to.deep.equal([]);
    const dialog = await calendar.openFirstEventOf('2022-04-26');
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => [link.textContent!.trim(), link.href]);
    expect(links.some(([text, href]) => /Minuta/.test(text!) && href!.endsWith('.pdf'))).to.equal(true);
    expect(links.some(([text]) => /Presentación/.test(text!))).to.equal(true);
    await expect(calendar.el).to.be.accessible();
  });

  it('the labs CSV (semicolons, Spanish headers, decimal commas) reads back with accents and sectors', async () => {
    const directory = await LabDirectoryHarness.load(html`<govtech-lab-directory src=${FEED} q="transformacion digital"></govtech-lab-directory>`);
    expect(directory.names()).to.include('Laboratorio de Gobierno y Transformación Digital');
    await expect(directory.el).to.be.accessible();
    const { items } = await createClient({ baseUrl: FEED, now }).labs.list({ sector: 'public', country: 'PE' });
    expect(items.map((lab) => lab.id)).to.include('pe-laboratorio-gobierno-transformacion-digital');
  });

  it('each network lists its own calendar file, and it holds only that network\'s events', async () => {
    const { items } = await createClient({ baseUrl: FEED, now }).networks.list();
    const mesa = items.find((network) => network.id === 'mesa-innovadores-publicos-gt') as GovNetwork;
    expect(mesa.ics).to.equal('ics/mesa-innovadores-publicos-gt.ics');
    const calendar = await (await fetch(new URL(mesa.ics!, new URL(FEED, location.href)))).text();
    expect(calendar).to.contain('UID:mesa-innovadores-publicos-1@');
    expect(calendar).not.to.contain('UID:verano-2022-panel-1@');
  });
});
