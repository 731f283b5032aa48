// A lab's small map in its details (static-map.ts): a file of its own, so that no map's notice was
// accepted earlier in the page (the visitor's acceptance holds until the page unloads).
import { expect, html, waitUntil } from '@open-wc/testing';
import { LabDirectoryHarness } from '../../test/harness/lab-directory.js';
import { applySiteConsent, forgetSiteConsent } from '../internal/site-consent.js';
import '../lab-directory.js';

const SAMPLE = '/examples/feeds/v1/';
/** Tiles from loopback (the map tests' route): one PNG for every {z}/{x}/{y}, told apart by the query. */
const TILES = '/packages/widgets/test/fixtures/tile.png?z={z}&x={x}&y={y}';
const LAB = 'Laboratorio de ejemplo 2 (Arequipa)';
/** Its coordinates in the sample feed. */
const LAT = -16.3982;
const LNG = -71.5206;

const tileRequests = (tag: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/fixtures/tile.png') && entry.name.includes(tag)).length;

/** The directory, searched down to Arequipa's labs, with LAB's details open. */
async function withLabOpen(template: ReturnType<typeof html>): Promise<LabDirectoryHarness> {
  const dir = await LabDirectoryHarness.load(template);
  await dir.search('arequipa');
  dir.$$<HTMLButtonElement>('.lab-name').find((name) => dir.text(name) === LAB)!.click();
  await waitUntil(() => dir.$('.lab-place'), 'the lab’s place in its details');
  return dir;
}

describe('<govtech-lab-directory> a lab’s small map', () => {
  // The resource timing buffer holds 250 entries: emptied before each test, so its tiles are counted.
  beforeEach(() => performance.clearResourceTimings());
  afterEach(() => forgetSiteConsent('map-tiles'));

  // The map view loads last: until then the details alone read the site's consent.
  it('after the site’s consent: tiles centred on the lab, decorative, the group named by the place', async function () {
    this.timeout(15_000); // the first test to load the directory and its details' code
    applySiteConsent({ 'map-tiles': true });
    const attribution = '© Loopback tiles';
    const dir = await withLabOpen(html`<govtech-lab-directory src=${SAMPLE} locale="en" tile-url=${`${TILES}&case=on`} tile-attribution=${attribution}></govtech-lab-directory>`);
    await waitUntil(() => dir.$$<HTMLImageElement>('.lab-map img').every((img) => img.complete) && dir.$('.lab-map img'), 'tiles');
    const view = dir.$('.lab-map-view')!;
    expect(view.getAttribute('role')).to.equal('img');
    expect(view.getAttribute('aria-label')).to.equal('Map of the location: Arequipa, PE (Coordinates: -16.3982, -71.5206)');
    const images = dir.$$<HTMLImageElement>('.lab-map img');
    expect(images).to.have.length(6);
    expect(images.every((img) => img.getAttribute('alt') === '')).to.equal(true);
    expect(dir.text(dir.$('.lab-map-credit'))).to.equal(attribution);
    // Without views="…map", no way to a map view.
    expect(dir.$('.lab-place button')).to.equal(null);

    // Web Mercator at zoom 13: the tile holding the point, and the point's pixel in it.
    const scale = 2 ** 13 * 256;
    const sin = Math.sin((LAT * Math.PI) / 180);
    const px = ((LNG + 180) / 360) * scale;
    const py = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
    const [tileX, tileY] = [Math.floor(px / 256), Math.floor(py / 256)];
    expect([tileX, tileY]).to.deep.equal([2468, 4474]);
    const tile = images.find((img) => img.src.endsWith(`z=13&x=${tileX}&y=${tileY}&case=on`))!;
    expect(tile, 'the tile holding the lab').to.not.equal(undefined);
    // That tile is placed so that the lab's point is the centre of the map's box.
    const box = view.getBoundingClientRect();
    const at = tile.getBoundingClientRect();
    expect(at.left + (px - tileX * 256)).to.be.closeTo(box.left + box.width / 2, 1);
    expect(at.top + (py - tileY * 256)).to.be.closeTo(box.top + box.height / 2, 1);
    // Its neighbours are where the map continues.
    const right = images.find((img) => img.src.includes(`x=${tileX + 1}&y=${tileY}&`))!;
    expect(right.getBoundingClientRect().left).to.be.closeTo(at.left + 256, 1);
    await expect(dir.el).to.be.accessible();
  });

  it('without tiles (tile-url="none"), or when the site refused them: the coordinates only', async () => {
    const none = await withLabOpen(html`<govtech-lab-directory src=${SAMPLE} locale="pt" views="list,map" tile-url="none"></govtech-lab-directory>`);
    expect(none.text(none.$('.lab-place'))).to.include('Coordenadas: -16,3982, -71,5206');
    expect(none.text(none.$('.lab-place button'))).to.equal('Ver no mapa');
    expect(none.$('.lab-map')).to.equal(null);
    await expect(none.el).to.be.accessible();

    const refused = await withLabOpen(html`<govtech-lab-directory src=${SAMPLE} locale="en" tile-url=${`${TILES}&case=refused`} site-consent="denied"></govtech-lab-directory>`);
    expect(refused.text(refused.$('.lab-place'))).to.equal('Coordinates: -16.3982, -71.5206');
    expect(refused.$('.lab-map')).to.equal(null);
    expect(tileRequests('case=refused')).to.equal(0);
    // The site's consent manager says yes later: the small map draws.
    applySiteConsent({ 'map-tiles': true });
    await waitUntil(() => refused.$('.lab-map img') && tileRequests('case=refused') > 0, 'tiles once the site said yes', { timeout: 5000 });
  });

  it('before consent: the coordinates as text, no tile, and a way to the map view that opens the lab there', async () => {
    const dir = await withLabOpen(html`<govtech-lab-directory src=${SAMPLE} views="list,map" tile-url=${`${TILES}&case=pending`}></govtech-lab-directory>`);
    const place = dir.$('.lab-place')!;
    expect(dir.text(place)).to.include('Coordenadas: -16,3982, -71,5206');
    expect(dir.$('.lab-map')).to.equal(null);
    expect(tileRequests('case=pending')).to.equal(0);
    await expect(dir.el).to.be.accessible();

    const toMap = place.querySelector<HTMLButtonElement>('button')!;
    expect(dir.text(toMap)).to.equal('Ver en el mapa');
    toMap.click();
    await waitUntil(() => dir.part('map-consent'), 'the map view, with its notice');
    expect(dir.el.view).to.equal('map');
    // The lab, open in its region beside the map, has the focus.
    await waitUntil(() => dir.root.activeElement?.classList.contains('lab-name'), 'the focus on the lab in the list by region');
    expect(dir.text(dir.root.activeElement!)).to.equal(LAB);
    expect(dir.root.activeElement!.getAttribute('aria-expanded')).to.equal('true');
    expect(tileRequests('case=pending')).to.equal(0);

    // Accepting in the map's notice holds for the small map too.
    dir.$<HTMLButtonElement>('[part="map-consent"] button')!.click();
    await waitUntil(() => dir.$('.regions .lab-map img'), 'the small map’s tiles after consent', { timeout: 5000 });
  }).timeout(15_000);
});
