import { expect, html, waitUntil } from '@open-wc/testing';
import { LabDirectoryHarness } from '../../test/harness/lab-directory.js';
import { applySiteConsent, forgetSiteConsent } from '../internal/site-consent.js';
import '../lab-directory.js';

const SAMPLE = '/examples/feeds/v1/';
const FIXTURE = '/packages/widgets/test/fixtures/labs-feed/';
/** Tiles from loopback: one PNG for every {z}/{x}/{y}, told apart by the query. */
const TILES = '/packages/widgets/test/fixtures/tile.png?z={z}&x={x}&y={y}';

const directory = (template: ReturnType<typeof html>) => LabDirectoryHarness.load(template);
/** Tile requests made, those of one tile URL (`marker`: a query part of its own) or all. */
const tileRequests = (marker = '/fixtures/tile.png') => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(marker)).length;
/** What the site's consent manager said about map tiles (`govtechConsent.push`), or nothing. */
const setSiteConsent = (value: boolean | undefined) => (value === undefined ? forgetSiteConsent('map-tiles') : applySiteConsent({ 'map-tiles': value }));

describe('<govtech-lab-directory> map view', () => {
  afterEach(() => setSiteConsent(undefined));

  // First: once a visitor accepts in one map, every map on the page shows its tiles.
  it('names the tile server in the notice, and OpenStreetMap (with its policy) by default', async function () {
    this.timeout(15_000); // the first test to load the map view's code
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} view="map" locale="en"></govtech-lab-directory>`);
    await waitUntil(() => dir.part('map-consent'), 'the notice', { timeout: 10_000 });
    expect(dir.part('map-consent')!.textContent).to.include('OpenStreetMap');
    expect(dir.$('[part="map-consent"] a')!.getAttribute('href')).to.equal('https://osmfoundation.org/wiki/Privacy_Policy');
    await expect(dir.el).to.be.accessible();
    dir.el.tileUrl = 'https://tiles.example.org/{z}/{x}/{y}.png';
    await dir.updated();
    expect(dir.part('map-consent')!.textContent).to.include('tiles.example.org');
    expect(dir.$('[part="map-consent"] a')).to.equal(null);
    // The site's own consent banner says yes (the site-consent API): no notice, the map draws.
    dir.el.tileUrl = TILES;
    setSiteConsent(true);
    await waitUntil(() => dir.$('.leaflet-container'), 'the map, on the site’s consent', { timeout: 10_000 });
    expect(dir.part('map-consent')).to.equal(null);
    setSiteConsent(undefined);
    await waitUntil(() => dir.part('map-consent'), 'the notice again: the visitor never accepted');
  });

  it('takes the site’s answer written into the page (site-consent="granted"): tiles without the notice', async () => {
    const before = tileRequests('case=site-consent');
    // Tiles of its own (a query of its own): the earlier tests' are in the browser's cache, unrequested.
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} view="map" tile-url=${`${TILES}&case=site-consent`} site-consent="granted"></govtech-lab-directory>`);
    await waitUntil(() => dir.part('map') && tileRequests('case=site-consent') > before, 'tiles', { timeout: 10_000 });
    expect(dir.part('map-consent')).to.equal(null);
    await expect(dir.el).to.be.accessible();
  }).timeout(15_000);

  it('switches between list and map with the views toggle; no tile before the visitor accepts', async () => {
    performance.clearResourceTimings();
    // Tile URLs of this test alone: none in the browser's cache, so each tile is a request, and the map of
    // the test before, which may still be fetching its own, is not counted.
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} views="list,map" tile-url=${`${TILES}&test=toggle`}></govtech-lab-directory>`);
    const mapButton = dir.part<HTMLButtonElement>('view-map')!;
    expect(mapButton.getAttribute('aria-pressed')).to.equal('false');
    mapButton.click();
    await waitUntil(() => dir.part('map-consent'), 'the consent notice');
    expect(dir.el.getAttribute('view')).to.equal('map');
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    expect(dir.part('results')).to.equal(null);
    expect(dir.count()).to.equal('58 laboratorios'); // all of them, on the map and by region
    expect(dir.$('.leaflet-container')).to.equal(null);
    expect(tileRequests('test=toggle')).to.equal(0);
    await expect(dir.el).to.be.accessible();

    dir.$<HTMLButtonElement>('[part="map-consent"] button')!.click();
    await waitUntil(() => dir.$$('img.leaflet-tile-loaded').length > 0, 'tiles after consent', { timeout: 5000 });
    expect(tileRequests('test=toggle')).to.be.greaterThan(0);
    // Every lab with coordinates is a marker or inside a cluster; clusters say how many they hold.
    const clusters = dir.$$('.map-cluster').map((c) => Number(c.textContent));
    const pins = dir.$$('.map-pin').length;
    expect(clusters.reduce((a, b) => a + b, 0) + pins).to.equal(55); // 58 labs, 3 without coordinates
    expect(clusters.length).to.be.greaterThan(0);
    // Markers are buttons in the tab order, named.
    const marker = dir.$('.map-cluster, .map-pin')!;
    expect(marker.getAttribute('role')).to.equal('button');
    expect(marker.getAttribute('tabindex')).to.equal('0');
    expect(marker.getAttribute('aria-label')).to.match(/laboratorios|Laboratorio/);
    await expect(dir.el).to.be.accessible();

    dir.part<HTMLButtonElement>('view-list')!.click();
    await dir.updated();
    expect(dir.part('results')).to.not.equal(null);
    expect(dir.$('.leaflet-container')).to.equal(null);
  });

  it('lets the same search drive the map and its list by region, keyboard first, details from a popup', async () => {
    setSiteConsent(true); // the site's banner already said yes: no notice
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} view="map" tile-url=${TILES} locale="en"></govtech-lab-directory>`);
    await waitUntil(() => dir.$('.map-pin, .map-cluster'), 'markers');
    expect(dir.part('map-consent')).to.equal(null);
    await dir.search('38 Arequipa');
    await waitUntil(() => dir.$$('.map-pin').length === 1 && !dir.$('.map-cluster'), 'one marker');
    const regions = dir.$$('[part="regions"] summary').map((s) => s.textContent!.trim());
    expect(regions).to.deep.equal(['Arequipa (1)']);
    // The marker's popup: name, city, sector and a way to the details.
    (dir.$('.map-pin') as HTMLElement).click();
    await waitUntil(() => dir.$('.leaflet-popup'), 'popup');
    const popup = dir.$('.leaflet-popup')!;
    expect(popup.textContent).to.include('Laboratorio de ejemplo 38 (Arequipa)');
    expect(popup.textContent).to.include('Arequipa · ');
    popup.querySelector<HTMLButtonElement>('button.button')!.click();
    await waitUntil(() => dir.root.activeElement?.classList.contains('lab-name'), 'focus on the lab in the list by region');
    const name = dir.root.activeElement as HTMLButtonElement;
    expect(name.getAttribute('aria-expanded')).to.equal('true');
    expect(dir.$<HTMLDetailsElement>('[part="regions"] details')!.open).to.equal(true);
    await expect(dir.el).to.be.accessible();
  });

  it('without tiles shows the labs by region only, and when the site refused them too', async () => {
    performance.clearResourceTimings();
    const none = await directory(html`<govtech-lab-directory src=${SAMPLE} view="map" tile-url="none"></govtech-lab-directory>`);
    await waitUntil(() => none.part('regions'), 'list by region');
    expect(none.part('map')).to.equal(null);
    expect(none.$$('[part="regions"] summary').length).to.be.greaterThan(10);
    await expect(none.el).to.be.accessible();
    setSiteConsent(false);
    // Tiles of its own: the map of the test before may still be fetching the shared ones.
    const refused = await directory(html`<govtech-lab-directory src=${SAMPLE} view="map" tile-url=${`${TILES}&case=refused`}></govtech-lab-directory>`);
    await waitUntil(() => refused.part('regions'), 'list by region');
    expect(refused.part('map')).to.equal(null);
    expect(refused.part('map-consent')).to.equal(null);
    expect(tileRequests('case=refused')).to.equal(0);
  });

  it('shows the attribution given, as text', async () => {
    setSiteConsent(true);
    const attribution = '© Loopback <b>tiles</b>';
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} view="map" tile-url=${TILES} tile-attribution=${attribution}></govtech-lab-directory>`);
    await waitUntil(() => dir.$('.map-attribution'));
    expect(dir.$('.map-attribution')!.textContent).to.equal(attribution); // text, never HTML
  });
});

describe('<govtech-lab-directory> facets, sorting, exports, deep links', () => {
  it('searches inside a facet with many values; the counts stay those of the whole facet', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} locale="en"></govtech-lab-directory>`);
    const before = dir.facet('Region')!;
    expect(before.length).to.equal(6);
    const region = dir.$$('fieldset').find((f) => f.querySelector('legend')!.textContent === 'Region')!;
    region.querySelector<HTMLButtonElement>('button.link')!.click();
    await dir.updated();
    const all = dir.facet('Region')!;
    const search = region.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Search Region');
    search.value = 'AREQUI';
    search.dispatchEvent(new Event('input'));
    await dir.updated();
    const found = dir.facet('Region')!;
    expect(found).to.have.length(1);
    expect(found[0]).to.match(/^Arequipa \d+$/);
    expect(all).to.include(found[0]); // the same count as in the full list
    expect(dir.count()).to.equal('Showing 24 of 58 labs'); // the results are not filtered by it
    await expect(dir.el).to.be.accessible();
  });

  it('sorts names with the language’s collation, numbers as numbers (cities share the collator)', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} page-size="60"></govtech-lab-directory>`);
    const examples = dir.names().filter((name) => name.startsWith('Laboratorio de ejemplo'));
    const numbers = examples.map((name) => Number(/ejemplo (\d+)/.exec(name)![1]));
    expect(numbers.slice(0, 12)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps the order as a search narrows and widens the labs, and sorts again for another sort key', async () => {
    // A narrower set is the last sort's order filtered, not sorted again: it must be that order exactly.
    const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} page-size="60"></govtech-lab-directory>`);
    const byName = dir.names();
    const examples = (names: string[]) => names.filter((name) => name.includes('ejemplo'));
    await dir.search('ejemplo');
    expect(dir.names()).to.deep.equal(examples(byName));
    await dir.search('');
    expect(dir.names()).to.deep.equal(byName);
    await dir.sortBy('city');
    const byCity = dir.names();
    expect(byCity).to.not.deep.equal(byName);
    expect([...byCity].sort()).to.deep.equal([...byName].sort());
    await dir.search('ejemplo');
    expect(dir.names()).to.deep.equal(examples(byCity));
  });

  it('downloads the filtered labs as JSON in the feed’s Lab shape', async () => {
    const dir = await directory(html`<govtech-lab-directory src=${FIXTURE} country="PE"></govtech-lab-directory>`);
    await dir.search('cusco');
    const json = await dir.download('json');
    expect(json.type).to.equal('application/json');
    const file = JSON.parse(await json.text()) as { schemaVersion: number; labs: Array<{ id: string; name: string; country: string }> };
    expect(file.schemaVersion).to.equal(1);
    expect(file.labs.map((lab) => lab.id).sort()).to.deep.equal(['l1', 'l7']);
    expect(file.labs.find((lab) => lab.id === 'l1')).to.include({ name: 'Laboratorio de Innovación, "Cusco"', country: 'PE', city: 'Cusco' });
  });

  it('keeps the open lab in the URL with sync-url, and a link opens it even past the first page', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}lab-id=pe-ejemplo-40`);
    try {
      const dir = await directory(html`<govtech-lab-directory src=${SAMPLE} sync-url page-size="5"></govtech-lab-directory>`);
      const open = () => dir.$$<HTMLButtonElement>('.lab-name').find((b) => b.getAttribute('aria-expanded') === 'true');
      await waitUntil(open, 'the linked lab, open');
      const name = open();
      expect(dir.text(name)).to.equal('Laboratorio de ejemplo 40 (Chachapoyas)');
      await waitUntil(() => dir.text(dir.root.getElementById(name!.getAttribute('aria-controls')!)!), 'its details');
      name!.click();
      await dir.updated();
      expect(new URLSearchParams(location.search).has('lab-id')).to.equal(false);
      dir.$$<HTMLButtonElement>('.lab-name')[0]!.click();
      await dir.updated();
      expect(new URLSearchParams(location.search).get('lab-id')).to.be.a('string');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
