// Every story of <govtech-panel-countdown>, rendered as Storybook would, then checked with axe.
import { expect, waitUntil } from '@open-wc/testing';
import { LOADING_FEED, MISSING_FEED } from '../../../../stories/feeds.js';
import { renderStory, storiesOf } from '../../../../tests/browser/support/render-story.js';
import type { GovtechPanelCountdown } from './panel-countdown.js';
import * as stories from './panel-countdown.stories.js';
import type { CountdownArgs } from './panel-countdown.stories.js';

const expected: Record<string, (root: ShadowRoot) => boolean> = {
  Upcoming: (root) => root.querySelector('.summary')?.textContent === 'Faltan 19 días y 3 horas',
  LastMinute: (root) => root.querySelector('.summary')?.textContent === 'Falta menos de un minuto',
  LiveNow: (root) => root.querySelector('.status')?.textContent === 'En vivo ahora',
  EndedWithReplay: (root) => root.querySelector('[part="action"]')?.textContent === 'Ver la grabación',
  Cancelled: (root) => root.querySelector('.status')?.textContent === 'Cancelado',
  Postponed: (root) => root.querySelector('.status')?.textContent === 'Aplazado',
  NoUpcomingPanel: (root) => !!root.querySelector('.state'),
};

describe('panel countdown stories', () => {
  for (const [name, story] of storiesOf<CountdownArgs>(stories)) {
    it(`${story.name ?? name} renders accessibly`, async () => {
      const { el, args } = await renderStory<CountdownArgs, GovtechPanelCountdown>(stories.default, story, 'govtech-panel-countdown');
      const root = el.shadowRoot!;
      if (args.src === LOADING_FEED) await waitUntil(() => root.querySelector('[aria-busy="true"]'));
      else if (args.src === MISSING_FEED) await waitUntil(() => root.querySelector('[role="alert"]'));
      // The skeleton is a .countdown too: loaded is when nothing is busy any more.
      else await waitUntil(() => root.querySelector('.countdown, .state') && !root.querySelector('[aria-busy="true"]') && (expected[name]?.(root) ?? true), `${name} state`, { timeout: 4000 });
      await expect(el).to.be.accessible();
    });
  }
});
