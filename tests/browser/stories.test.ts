// Every story of <govtech-event-calendar>, rendered as Storybook would render it (the story's render
// with the meta args merged with its own), then checked with axe. A new story is covered by adding it.
import { expect, waitUntil } from '@open-wc/testing';
import { LOADING_FEED, MISSING_FEED } from '../../stories/feeds.js';
import { renderStory as renderWith, storiesOf } from './support/render-story.js';
import * as stories from '../../packages/widgets/src/event-calendar/event-calendar.stories.js';
import type { StoryObj } from '@storybook/web-components-vite';
import type { CalendarArgs } from '../../packages/widgets/src/event-calendar/event-calendar.stories.js';
import type { GovtechEventCalendar } from '../../packages/widgets/src/event-calendar/event-calendar.js';

const { default: meta } = stories;
type StoryExport = StoryObj<CalendarArgs>;
const storyExports = storiesOf<CalendarArgs>(stories) as [string, StoryExport][];

const shadow = (el: GovtechEventCalendar) => el.shadowRoot!;
const renderStory = (story: StoryExport) =>
  renderWith<CalendarArgs, GovtechEventCalendar>(meta as never, story as never, 'govtech-event-calendar');

describe('event calendar stories', () => {
  it('covers every state the brief lists', () => {
    const names = storyExports.map(([name]) => name);
    for (const name of ['Loading', 'ErrorState', 'Empty', 'NormalMonth', 'BusyMonth', 'ListView', 'NarrowContainer', 'Spanish', 'Portuguese', 'English', 'DarkTheme', 'CancelledEvent', 'RecurringEvent', 'OtherTimeZone', 'WithFilters', 'Seo', 'SubscribeMenuOpen', 'SearchResults', 'SearchNoResults', 'SeveralFeedsOneFailing', 'Upcoming', 'UpcomingSidebar', 'ColoursByKind', 'ColoursByNetwork', 'ColoursDarkTheme', 'SharedEvent']) {
      expect(names).to.include(name);
    }
  });

  for (const [exportName, story] of storyExports) {
    it(`${story.name ?? exportName} renders accessibly`, async () => {
      const { el, args } = await renderStory(story);
      if (args.src === LOADING_FEED) {
        await waitUntil(() => shadow(el).querySelector('[aria-busy="true"] .skeleton'), 'skeleton expected', { timeout: 4000 });
      } else if (args.src === MISSING_FEED) {
        await waitUntil(() => shadow(el).querySelector('[role="alert"] [part="retry"]'), 'error state with Retry expected', { timeout: 4000 });
      } else {
        await waitUntil(() => shadow(el).querySelector('[aria-busy="false"]'), 'calendar did not load', { timeout: 4000 });
        if (args.seo) {
          await waitUntil(() => el.querySelector(':scope > script[type="application/ld+json"][data-govtech-seo]'), 'JSON-LD expected');
        }
        if (args.searchQuery) await waitUntil(() => shadow(el).querySelector('.search [role="status"]')?.textContent, 'search count expected', { timeout: 4000 });
        if (args.menuOpen) await waitUntil(() => shadow(el).querySelector('#subscribe-menu:not([hidden])'), 'open menu expected', { timeout: 4000 });
        if (args.src.includes(' ')) await waitUntil(() => shadow(el).querySelector('[part="partial-note"]'), 'partial note expected', { timeout: 4000 });
        if (args.colorBy) await waitUntil(() => shadow(el).querySelector('[part="legend"]'), 'the legend expected');
        if (args.view === 'upcoming') await waitUntil(() => shadow(el).querySelector('.upcoming'), 'the upcoming list expected');
        if (args.eventOpen) await waitUntil(() => shadow(el).querySelector('dialog[open] .share .button'), 'the open event with Compartir expected', { timeout: 4000 });
        if (args.view === 'auto' && args.containerWidth && args.containerWidth < 560) {
          await waitUntil(() => shadow(el).querySelector('[part="list"]'), 'a narrow calendar shows the list');
        }
      }
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the loading story loading (its requests never answer)', async () => {
    const { el } = await renderStory(stories.Loading);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadow(el).querySelector('[aria-busy="true"] .skeleton')).to.not.equal(null);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows the sample events the stories describe', async () => {
    const chips = async (story: StoryExport, key: string) => {
      const { el } = await renderStory(story);
      await waitUntil(() => shadow(el).querySelector('[aria-busy="false"]'), 'calendar did not load', { timeout: 4000 });
      return [...shadow(el).querySelectorAll(`td[data-key="${key}"] .chip, td[data-key="${key}"] .more`)].map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
    };
    expect(await chips(stories.NormalMonth, '2022-02-24')).to.have.length(2);
    expect((await chips(stories.BusyMonth, '2022-02-24')).at(-1)).to.equal('+1 más');
    expect((await chips(stories.OtherTimeZone, '2022-02-24')).join()).to.match(/^05:00 Verano de Datos Abiertos — Panel 1/);
    expect((await chips(stories.RecurringEvent, '2027-01-21')).join()).to.include('Reunión mensual');
  });
});
