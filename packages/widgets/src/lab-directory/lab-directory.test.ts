import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LabDirectoryHarness } from '../../test/harness/lab-directory.js';
import '../lab-directory.js';

const SAMPLE = '/examples/feeds/v1/';
/** Nine labs with hand-computed facets: see packages/widgets/test/fixtures/labs-feed/labs.json. */
const FIXTURE = '/packages/widgets/test/fixtures/labs-feed/';

const directory = (template: ReturnType<typeof html>) => LabDirectoryHarness.load(template);

describe('<govtech-lab-directory>', () => {
  it('shows the sample network a page at a time, accessibly', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE}></govtech-lab-directory>`);
    expect(dir.count()).to.equal('Mostrando 24 de 58 laboratorios');
    expect(dir.facet('Sector')).to.deep.equal(['Academia 40', 'Sector privado 11', 'Sector público 5', 'Sociedad civil 2']);
    await expect(dir.el).to.be.accessible();
    dir.click('[part="more"]');
    await dir.updated();
    expect(dir.count()).to.equal('Mostrando 48 de 58 laboratorios');
    // Keyboard users land on the first of the newly shown labs.
    expect(dir.root.activeElement).to.equal(dir.$$('.lab-name')[24]);
  });

  it('reports the invalid lab and never renders feed text as HTML', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE}></govtech-lab-directory>`);
    expect(dir.count()).to.equal('8 laboratorios'); // l8 has no country: dropped
    const hostile = dir.parts('lab').find((li) => li.textContent!.includes('onerror'))!;
    expect(hostile.textContent).to.include('<script>window.__pwned');
    expect(hostile.querySelector('img, script, a')).to.equal(null);
    expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
  });

  it('searches ignoring accents and case, across several words, and highlights safely', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE}></govtech-lab-directory>`);
    await dir.search('INNOVACION');
    expect(dir.names()).to.deep.equal(['Ágora Pública', 'Innova UIS', 'Laboratorio de Innovación, "Cusco"']);
    await dir.search('cusco inteligencia');
    expect(dir.names()).to.deep.equal(['Ágora Pública', 'Laboratorio de Innovación, "Cusco"']);
    const marks = dir.$$('mark').map((mark) => mark.textContent);
    expect(marks).to.include('Cusco');
    expect(marks).to.include('Inteligencia');
    await dir.search('zzzz');
    expect(dir.count()).to.equal('Ningún laboratorio coincide');
    await expect(dir.el).to.be.accessible();
  });

  it('counts each facet value as what choosing it would leave (hand-computed)', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} locale="en"></govtech-lab-directory>`);
    expect(dir.facet('Sector')).to.deep.equal(['Academia 3', 'Private sector 2', 'Public sector 2', 'Civil society 1']);
    expect(dir.facet('Country')).to.deep.equal(['PE 5', 'CL 2', 'CO 1']);
    expect(dir.facet('Network')).to.deep.equal(['Red A de prueba 5', 'Red B de prueba 2']);
    dir.checkbox('Country', 'PE').click();
    await waitUntil(() => dir.count() === '5 labs');
    // Other facets narrow to Peru; the country facet still offers the other countries.
    expect(dir.facet('Sector')).to.deep.equal(['Academia 2', 'Public sector 2', 'Private sector 1']);
    expect(dir.facet('Country')).to.deep.equal(['PE 5', 'CL 2', 'CO 1']);
    dir.checkbox('Topic', 'Inteligencia artificial').click();
    await waitUntil(() => dir.count() === '3 labs');
    await dir.search('cusco');
    expect(dir.count()).to.equal('2 labs');
    expect(dir.facet('Sector')).to.deep.equal(['Academia 2']);
    dir.click('.facets > .button'); // clear all, one action
    await waitUntil(() => dir.count() === '8 labs');
    expect(dir.part<HTMLInputElement>('search')!.value).to.equal('');
    await expect(dir.el).to.be.accessible();
  });

  it('narrows by preset attributes and hides their facets', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} country="PE" sector="academia,public"></govtech-lab-directory>`);
    expect(dir.count()).to.equal('4 laboratorios');
    expect(dir.facet('País')).to.equal(undefined);
    expect(dir.facet('Sector')).to.equal(undefined);
    expect(dir.facet('Ciudad')).to.deep.equal(['Cusco 2', 'Cajamarca 1', 'Lima 1']);
  });

  it('sorts by name, city and year founded', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} sort="founded"></govtech-lab-directory>`);
    expect(dir.names().slice(0, 3)).to.deep.equal(['Ágora Pública', 'Datos Abiertos Santiago', 'GobLab Lima']);
    expect(dir.names().at(-1)).to.match(/HYPERLINK|onerror/); // no year: last
    await dir.sortBy('city');
    // The hostile lab's "city" starts with "<", which sorts before letters; then Arequipa, Bucaramanga.
    expect(dir.names().slice(1, 3)).to.deep.equal(['=HYPERLINK("x") Tech Perú', 'Innova UIS']);
  });

  it('downloads the filtered labs as CSV', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} country="PE"></govtech-lab-directory>`);
    await dir.search('cusco');
    const csv = await dir.download('csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[2]).to.match(/^"Laboratorio de Innovación, ""Cusco""","Academia","Cusco"/);
  });

  it('announces the result count politely and dispatches govtech-lab-select', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} layout="list"></govtech-lab-directory>`);
    expect(dir.part('count')!.getAttribute('role')).to.equal('status');
    const button = dir.$$<HTMLButtonElement>('.lab-name').find((b) => b.textContent!.trim() === 'Ágora Pública')!;
    setTimeout(() => button.click());
    const { detail } = await oneEvent(dir.el, 'govtech-lab-select');
    expect(detail.lab.id).to.equal('l7');
    await expect(dir.el).to.be.accessible();
  });

  it('keeps its state in the page URL with sync-url, leaving other parameters alone, and follows back/forward', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}page=2`);
    try {
      const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} sync-url></govtech-lab-directory>`);
      await dir.search('cusco');
      expect(new URLSearchParams(location.search).get('lab-q')).to.equal('cusco');
      expect(new URLSearchParams(location.search).get('page')).to.equal('2');
      dir.checkbox('Sector', 'Academia').click();
      await waitUntil(() => new URLSearchParams(location.search).get('lab-sector') === 'academia');
      await waitUntil(() => dir.count() === '2 laboratorios');

      history.back();
      await waitUntil(() => !new URLSearchParams(location.search).has('lab-sector') && dir.count() === '2 laboratorios' && !dir.checkbox('Sector', 'Academia').checked, 'back');
      history.forward();
      await waitUntil(() => dir.checkbox('Sector', 'Academia').checked, 'forward');

      // A shared link opens the same view.
      const copy = await directory(html`<govtech-lab-directory src=${FIXTURE} sync-url></govtech-lab-directory>`);
      await waitUntil(() => copy.count() === '2 laboratorios');
      expect(copy.part<HTMLInputElement>('search')!.value).to.equal('cusco');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('with sync-url, shows a shared link’s search and filters from its first results (its URL code comes first)', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?lab-q=cusco&lab-sector=academia`);
    try {
      const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} sync-url></govtech-lab-directory>`);
      // The first results shown are the link's, not all eight labs first.
      expect(dir.count()).to.equal('2 laboratorios');
      expect(dir.part<HTMLInputElement>('search')!.value).to.equal('cusco');
      expect(dir.checkbox('Sector', 'Academia').checked).to.equal(true);
      await expect(dir.el).to.be.accessible();
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('is usable by keyboard: a skip link, then search, sort and facets, native controls in order', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE}></govtech-lab-directory>`);
    const order = dir.$$('input, select, button, a').filter((n) => n.tabIndex >= 0 && n.checkVisibility());
    expect(dir.text(order[0])).to.equal('Ir a los resultados (8)');
    expect(order[1]!.getAttribute('part')).to.equal('search');
    expect(order[2]!.tagName).to.equal('SELECT');
    expect(order[3]!.getAttribute('type')).to.equal('checkbox');
  });

  describe('on a phone', () => {
    /** The directory in a 360 px column, on a 360 × 640 screen. */
    const phone = async () => {
      await setViewport({ width: 360, height: 640 });
      return directory(html`<govtech-lab-directory src=${FIXTURE} style="width: 360px"></govtech-lab-directory>`);
    };
    /** Focusable controls a visitor can reach by Tab, in order, up to the first lab's name. */
    const tabStopsBeforeFirstLab = (dir: LabDirectoryHarness) => {
      const stops = dir.$$('input, select, button, a').filter((n) => n.tabIndex >= 0 && n.checkVisibility() && !(n as HTMLButtonElement).disabled);
      return stops.slice(0, stops.indexOf(dir.$('.lab-name')!));
    };
    const toggle = (dir: LabDirectoryHarness) => dir.$<HTMLButtonElement>('.filters-toggle')!;

    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('shows the search and the first lab in the first screen, the filters folded behind "Filtros (n)"', async () => {
      const dir = await phone();
      const first = dir.parts('lab')[0]!.getBoundingClientRect();
      expect(first.top).to.be.lessThan(640 - 48);
      expect(dir.part('facets')!.checkVisibility()).to.equal(false);
      expect(toggle(dir).checkVisibility()).to.equal(true);
      expect(dir.text(toggle(dir))).to.equal('Filtros (0)');
      expect(toggle(dir).getAttribute('aria-expanded')).to.equal('false');
      expect(toggle(dir).getAttribute('aria-controls')).to.equal(dir.part('facets')!.id);
      // Skip link, search, sort, "Filtros", CSV, JSON: then the labs.
      expect(tabStopsBeforeFirstLab(dir).map((n) => n.getAttribute('part') ?? n.className)).to.deep.equal(['skip', 'search', '', 'button filters-toggle', 'csv', 'json']);
      await expect(dir.el).to.be.accessible();
    });

    it('opens and closes the filters by keyboard, counting the chosen ones', async () => {
      const dir = await phone();
      toggle(dir).focus();
      await sendKeys({ press: 'Enter' });
      await dir.updated();
      expect(toggle(dir).getAttribute('aria-expanded')).to.equal('true');
      expect(dir.part('facets')!.checkVisibility()).to.equal(true);
      await expect(dir.el).to.be.accessible();
      dir.checkbox('País', 'PE').click();
      dir.checkbox('Sector', 'Academia').click();
      await waitUntil(() => dir.text(toggle(dir)) === 'Filtros (2)', 'two chosen');
      toggle(dir).focus();
      await sendKeys({ press: 'Space' });
      await dir.updated();
      expect(toggle(dir).getAttribute('aria-expanded')).to.equal('false');
      expect(dir.part('facets')!.checkVisibility()).to.equal(false);
    });

    it('has a skip link, first, that moves the focus to the results', async () => {
      const dir = await phone();
      const skip = dir.$<HTMLAnchorElement>('.skip')!;
      skip.focus();
      expect(skip.checkVisibility()).to.equal(true);
      await expect(dir.el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      const results = dir.root.activeElement!;
      expect(results.getAttribute('role')).to.equal('region');
      expect(results.contains(dir.part('results'))).to.equal(true);
      expect(location.hash).to.equal('');
    });

    it('keeps the filters beside the results when it is wide', async () => {
      await setViewport({ width: 1200, height: 800 });
      const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} style="width: 1000px"></govtech-lab-directory>`);
      expect(toggle(dir).checkVisibility()).to.equal(false);
      expect(dir.part('facets')!.checkVisibility()).to.equal(true);
    });
  });

  it('opens a lab’s details from its name: the description (safe Markdown) and contact, and tells the page', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE}></govtech-lab-directory>`);
    const name = dir.$<HTMLButtonElement>('.lab-name')!;
    const details = dir.root.getElementById(name.getAttribute('aria-controls')!)!;
    expect(name.getAttribute('aria-expanded')).to.equal('false');
    expect(dir.text(details)).to.equal('');
    setTimeout(() => name.click());
    const { detail } = await oneEvent(dir.el, 'govtech-lab-select');
    await dir.updated();
    expect(name.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => dir.text(details), 'the details (their code loads on first opening)');
    expect(dir.text(details)).to.include(detail.lab.description!.slice(0, 60));
    expect(details.querySelector('a[href^="http"]')).to.not.equal(null); // its website
    await expect(dir.el).to.be.accessible();
    name.click();
    await dir.updated();
    expect(name.getAttribute('aria-expanded')).to.equal('false');
    expect(dir.text(details)).to.equal('');
  });

  it('shows loading and error states accessibly, and themes', async () => {
    const loading = await LabDirectoryHarness.render(html`<govtech-lab-directory src="/__test__/hang/"></govtech-lab-directory>`);
    expect(loading.$('[aria-busy="true"]')!.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(loading.el).to.be.accessible();
    const failing = await LabDirectoryHarness.render(html`<govtech-lab-directory src="/__test__/no-labs/"></govtech-lab-directory>`);
    await waitUntil(() => failing.$('[role="alert"]'));
    await expect(failing.el).to.be.accessible();
    const dark = await directory(html`<govtech-lab-directory src=${FIXTURE} theme="dark"></govtech-lab-directory>`);
    await expect(dark.el).to.be.accessible();
  });
});
