// Every story of <govtech-lab-directory>, rendered as Storybook would (tests/browser/support), waited for
// until it shows its state, then checked with axe. A new story is covered by adding it.
import { expect, waitUntil } from '@open-wc/testing';
import { LOADING_FEED, MISSING_FEED } from '../../../../stories/feeds.js';
import { renderStory, storiesOf } from '../../../../tests/browser/support/render-story.js';
import type { GovtechLabDirectory } from './lab-directory.js';
import * as stories from './lab-directory.stories.js';
import type { DirectoryArgs } from './lab-directory.stories.js';

const TAG = 'govtech-lab-directory';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const count = (root: ShadowRoot) => text(root.querySelector('[part="count"]'));
const legends = (root: ShadowRoot) => [...root.querySelectorAll('[part="facets"] legend')].map((legend) => text(legend));
const labs = (root: ShadowRoot) => root.querySelectorAll('[part="results"] > [part="lab"]').length;

/**
 * What each feed story must show before axe runs. Sample feed facts: 58 labs, 57 in Peru (40 academia,
 * 11 private, 4 public, 2 civil society) and 1 public lab in Colombia; 24 a page.
 */
const expected: Record<string, (root: ShadowRoot) => boolean> = {
  Default: (root) => count(root) === 'Mostrando 24 de 58 laboratorios' && labs(root) === 24 && !!root.querySelector('[part="more"]'),
  FilteredByPreset: (root) =>
    count(root) === 'Mostrando 24 de 40 laboratorios' && !legends(root).includes('Sector') && !legends(root).includes('País') && legends(root).includes('Ciudad'),
  NoResults: (root) => count(root) === 'Ningún laboratorio coincide' && labs(root) === 0 && !root.querySelector('[part="more"]'),
  ListLayout: (root) => count(root) === 'Mostrando 24 de 58 laboratorios' && labs(root) === 24,
  Spanish: (root) => count(root) === 'Mostrando 24 de 58 laboratorios' && text(root.querySelector('[part="csv"]')) === 'Descargar CSV',
  Portuguese: (root) => count(root) === 'Mostrando 24 de 58 laboratórios' && text(root.querySelector('[part="csv"]')) === 'Baixar CSV',
  English: (root) => count(root) === 'Showing 24 of 58 labs' && text(root.querySelector('[part="csv"]')) === 'Download CSV',
  DarkTheme: (root) => count(root) === 'Mostrando 24 de 58 laboratorios',
  // The stories' synthetic 5,000 labs (generated in the page; es formats 5000 without a separator).
  Synthetic: (root) => count(root) === 'Mostrando 24 de 5000 laboratorios' && labs(root) === 24,
};

describe('lab directory stories', () => {
  it('covers every state the brief lists', () => {
    const names = storiesOf(stories).map(([name]) => name);
    for (const name of ['Default', 'FilteredByPreset', 'NoResults', 'ListLayout', 'Spanish', 'Portuguese', 'English', 'DarkTheme', 'Loading', 'ErrorState', 'Synthetic']) {
      expect(names).to.include(name);
    }
  });

  for (const [name, story] of storiesOf<DirectoryArgs>(stories)) {
    it(`${story.name ?? name} renders accessibly`, async function () {
      // The synthetic feed is generated, validated and indexed in the page first (well under a second
      // alone; more on a loaded machine).
      const wait = name === 'Synthetic' ? 10_000 : 4000;
      if (name === 'Synthetic') this.timeout(15_000);
      const { el, args } = await renderStory<DirectoryArgs, GovtechLabDirectory>(stories.default, story, TAG);
      const root = el.shadowRoot!;
      if (args.src === LOADING_FEED) {
        await waitUntil(() => root.querySelector('[aria-busy="true"]'), 'skeleton expected');
      } else if (args.src === MISSING_FEED) {
        await waitUntil(() => root.querySelector('[role="alert"] [part="retry"]'), 'error state expected', { timeout: 4000 });
      } else {
        const shows = expected[name];
        expect(shows, `no expected state for story ${name}`).to.be.a('function');
        await waitUntil(() => !root.querySelector('[aria-busy="true"]') && shows!(root), `${name} state (count: "${count(root)}")`, { timeout: wait });
      }
      if (name === 'DarkTheme') expect(el.getAttribute('theme')).to.equal('dark');
      if (name === 'ListLayout') expect(el.getAttribute('layout')).to.equal('list');
      await expect(el).to.be.accessible();
    });
  }
});
