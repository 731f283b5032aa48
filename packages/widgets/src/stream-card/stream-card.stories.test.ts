// Every story of <govtech-stream-card>, rendered as Storybook would (tests/browser/support), then
// checked with axe. A new story is covered by adding it.
import { expect, waitUntil } from '@open-wc/testing';
import { LOADING_FEED, MISSING_FEED } from '../../../../stories/feeds.js';
import { renderStory, storiesOf } from '../../../../tests/browser/support/render-story.js';
import { StreamCardHarness } from '../../test/harness/stream-card.js';
import type { GovtechStreamCard } from './stream-card.js';
import * as stories from './stream-card.stories.js';
import type { StreamCardArgs } from './stream-card.stories.js';

const TAG = 'govtech-stream-card';

/** What each story must show before axe runs (feed stories: once the feed has answered). */
const expected: Record<string, (ui: StreamCardHarness) => boolean> = {
  VideoId: (ui) => !!ui.$('picture > img[part="poster"]') && !ui.$('[part="badge"]'),
  Upcoming: (ui) => ui.text('[part="badge"]') === 'Próximamente',
  Live: (ui) => ui.text('[part="badge"]') === 'En vivo',
  Replay: (ui) => ui.text('[part="badge"]') === 'Grabación',
  Consent: (ui) => !!ui.$('[part="consent"]') && !ui.$('img, source, iframe'),
  InvalidId: (ui) =>
    ui.text('[part="note"]') === 'Este video no se puede mostrar aquí.' &&
    ui.$<HTMLSlotElement>('slot')!.assignedElements().length === 1,
  NotFound: (ui) => ui.text('[part="note"]') === 'No encontramos esta transmisión.',
  English: (ui) => ui.text('[part="consent"] button') === 'Accept and play',
  Portuguese: (ui) => ui.text('[part="badge"]') === 'Em breve',
  DarkTheme: (ui) => ui.text('[part="badge"]') === 'En vivo',
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
      const ui = new StreamCardHarness(el);
      if (args.src === LOADING_FEED) await waitUntil(() => ui.$('[aria-busy="true"]'), 'skeleton expected');
      else if (args.src === MISSING_FEED) await waitUntil(() => ui.$('[role="alert"] [part="retry"]'), 'error state expected', { timeout: 4000 });
      else await waitUntil(() => expected[name]?.(ui) ?? true, `${name} state`, { timeout: 4000 });
      await expect(el).to.be.accessible();
    });
  }
});
