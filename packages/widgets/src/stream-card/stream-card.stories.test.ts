// Every story of <govtech-stream-card>, rendered as Storybook would (tests/browser/support), then
// checked with axe. A new story is covered by adding it.
import { expect, waitUntil } from '@open-wc/testing';
import { LOADING_FEED, MISSING_FEED } from '../../../../stories/feeds.js';
import { renderStory, storiesOf } from '../../../../tests/browser/support/render-story.js';
import type { GovtechStreamCard } from './stream-card.js';
import * as stories from './stream-card.stories.js';
import type { StreamCardArgs } from './stream-card.stories.js';

const TAG = 'govtech-stream-card';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** What each story must show before axe runs (feed stories: once the feed has answered). */
const expected: Record<string, (root: ShadowRoot) => boolean> = {
  VideoId: (root) => !!root.querySelector('picture > img[part="poster"]') && !root.querySelector('[part="badge"]'),
  Upcoming: (root) => text(root.querySelector('[part="badge"]')) === 'Próximamente',
  Live: (root) => text(root.querySelector('[part="badge"]')) === 'En vivo',
  Replay: (root) => text(root.querySelector('[part="badge"]')) === 'Grabación',
  Consent: (root) => !!root.querySelector('[part="consent"]') && !root.querySelector('img, source, iframe'),
  InvalidId: (root) =>
    text(root.querySelector('[part="note"]')) === 'Este video no se puede mostrar aquí.' &&
    root.querySelector('slot')!.assignedElements().length === 1,
  NotFound: (root) => text(root.querySelector('[part="note"]')) === 'No encontramos esta transmisión.',
  English: (root) => text(root.querySelector('[part="consent"] button')) === 'Accept and play: Ecosistema GovTech en la Región',
  Portuguese: (root) => text(root.querySelector('[part="badge"]')) === 'Em breve',
  DarkTheme: (root) => text(root.querySelector('[part="badge"]')) === 'En vivo',
};

describe('stream card stories', () => {
  it('covers every state the brief lists', () => {
    const names = storiesOf(stories).map(([name]) => name);
    for (const name of ['VideoId', 'Upcoming', 'Live', 'Replay', 'Consent', 'InvalidId', 'WithoutJavaScript', 'Loading', 'ErrorState', 'NotFound']) {
      expect(names).to.include(name);
    }
  });

  for (const [name, story] of storiesOf<StreamCardArgs>(stories)) {
    it(`${story.name ?? name} renders accessibly`, async () => {
      if (name === 'WithoutJavaScript') {
        // No element at all: the page's own markup, the link, as a visitor without JavaScript gets it.
        const { el } = await renderStory<StreamCardArgs, HTMLParagraphElement>(stories.default, story, 'p');
        expect(el.querySelector(TAG)).to.equal(null);
        expect(el.querySelector('a')!.href).to.equal('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
        await expect(el).to.be.accessible();
        return;
      }
      const { el, args } = await renderStory<StreamCardArgs, GovtechStreamCard>(stories.default, story, TAG);
      const root = el.shadowRoot!;
      if (args.src === LOADING_FEED) await waitUntil(() => root.querySelector('[aria-busy="true"].skeleton'), 'skeleton expected');
      else if (args.src === MISSING_FEED) await waitUntil(() => root.querySelector('[role="alert"] [part="retry"]'), 'error state expected', { timeout: 4000 });
      else await waitUntil(() => expected[name]?.(root) ?? true, `${name} state`, { timeout: 4000 });
      await expect(el).to.be.accessible();
    });
  }
});
