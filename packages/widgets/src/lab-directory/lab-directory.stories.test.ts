// Every story of <govtech-lab-directory>, rendered as Storybook would (tests/browser/support), waited for
// until it shows its state, then checked with axe. A new story is covered by adding it.
import { expect, waitUntil } from '@open-wc/testing';
import { LOADING_FEED, MISSING_FEED } from '../../../../stories/feeds.js';
import { renderStory, storiesOf } from '../../../../tests/browser/support/render-story.js';
import { LabDirectoryHarness } from '../../test/harness/lab-directory.js';
import type { GovtechLabDirectory } from './lab-directory.js';
import * as stories from './lab-directory.stories.js';
import type { DirectoryArgs } from './lab-directory.stories.js';

const TAG = 'govtech-lab-directory';
const legends = (ui: LabDirectoryHarness) => ui.$$('[part="facets"] legend').map((legend) => ui.text(legend));
const labs = (ui: LabDirectoryHarness) => ui.$$('[part="results"] > [part="lab"]').length;

/**
 * What each feed story must show before axe runs. Sample feed facts: 58 labs, 57 in Peru (40 academia,
 * 11 private, 4 public, 2 civil society) and 1 public lab in Colombia; 24 a page.
 */
const expected: Record<string, (ui: LabDirectoryHarness) => boolean> = {
  Default: (ui) => ui.count() === 'Mostrando 24 de 58 laboratorios' && labs(ui) === 24 && !!ui.part('more'),
  FilteredByPreset: (ui) =>
    ui.count() === 'Mostrando 24 de 40 laboratorios' && !legends(ui).includes('Sector') && !legends(ui).includes('País') && legends(ui).includes('Ciudad'),
  NoResults: (ui) => ui.count() === 'Ningún laboratorio coincide' && labs(ui) === 0 && !ui.part('more'),
  ListLayout: (ui) => ui.count() === 'Mostrando 24 de 58 laboratorios' && labs(ui) === 24,
  Spanish: (ui) => ui.count() === 'Mostrando 24 de 58 laboratorios' && ui.text(ui.part('csv')) === 'Descargar CSV',
  Portuguese: (ui) => ui.count() === 'Mostrando 24 de 58 laboratórios' && ui.text(ui.part('csv')) === 'Baixar CSV',
  English: (ui) => ui.count() === 'Showing 24 of 58 labs' && ui.text(ui.part('csv')) === 'Download CSV',
  DarkTheme: (ui) => ui.count() === 'Mostrando 24 de 58 laboratorios',
  // The stories' synthetic 5,000 labs (generated in the page; es formats 5000 without a separator).
  Synthetic: (ui) => ui.count() === 'Mostrando 24 de 5000 laboratorios' && labs(ui) === 24,
  MapView: (ui) => !!ui.$('.map-pin, .map-cluster') && !!ui.part('regions') && !ui.part('map-consent'),
  MapConsentPending: (ui) => !!ui.part('map-consent') && !ui.$('.leaflet-container') && !!ui.part('regions'),
  MapNoTiles: (ui) => !ui.part('map') && !!ui.part('regions'),
  Details: (ui) => !!ui.$('[aria-expanded="true"].lab-name') && !!ui.$('.details .description'),
  DetailsSmallMap: (ui) => ui.$$('.lab-map img').length === 6 && !!ui.$('.lab-place button'),
  DetailsConsentPending: (ui) => !!ui.$('.lab-place button') && /Coordenadas/.test(ui.text(ui.$('.lab-place')) ?? '') && !ui.$('.lab-map'),
};

describe('lab directory stories', () => {
  // The Details story opens its lab the way a link does (`lab-id` in the URL): not for the next stories.
  afterEach(() => {
    const search = new URLSearchParams(location.search);
    search.delete('lab-id');
    history.replaceState(history.state, '', `${location.pathname}?${search}`);
  });

  it('covers every state the brief lists', () => {
    const names = storiesOf(stories).map(([name]) => name);
    for (const name of ['Default', 'FilteredByPreset', 'NoResults', 'ListLayout', 'Spanish', 'Portuguese', 'English', 'DarkTheme', 'Loading', 'ErrorState', 'Synthetic', 'MapView', 'MapConsentPending', 'MapNoTiles', 'Details', 'DetailsSmallMap', 'DetailsConsentPending']) {
      expect(names).to.include(name);
    }
  });

  for (const [name, story] of storiesOf<DirectoryArgs>(stories)) {
    it(`${story.name ?? name} renders accessibly`, async function () {
      // The synthetic feed is generated, validated and indexed in the page first (well under a second
      // alone; more on a loaded machine).
      const wait = name === 'Synthetic' || name.startsWith('Map') ? 10_000 : 4000;
      if (name === 'Synthetic' || name.startsWith('Map')) this.timeout(15_000);
      const { el, args } = await renderStory<DirectoryArgs, GovtechLabDirectory>(stories.default, story, TAG);
      const ui = new LabDirectoryHarness(el);
      if (args.src === LOADING_FEED) {
        await waitUntil(() => ui.$('[aria-busy="true"]'), 'skeleton expected');
      } else if (args.src === MISSING_FEED) {
        await waitUntil(() => ui.$('[role="alert"] [part="retry"]'), 'error state expected', { timeout: 4000 });
      } else {
        const shows = expected[name];
        expect(shows, `no expected state for story ${name}`).to.be.a('function');
        await waitUntil(() => !ui.$('[aria-busy="true"]') && shows!(ui), `${name} state (count: "${ui.count()}")`, { timeout: wait });
      }
      if (name === 'DarkTheme') expect(el.getAttribute('theme')).to.equal('dark');
      if (name === 'ListLayout') expect(el.getAttribute('layout')).to.equal('list');
      await expect(el).to.be.accessible();
    });
  }
});
