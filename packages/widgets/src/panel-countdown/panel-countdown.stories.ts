// Stories of <govtech-panel-countdown>: every state, layout and language, each with a FIXED clock (the
// `now` control) so it looks the same every day. Rendered and axe-checked by
// panel-countdown.stories.test.ts; keep exports to stories, and the feed in `args.src`.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { holdLoadingFeed, LOADING_FEED, MISSING_FEED, SAMPLE_FEED } from '../../../../stories/feeds.js';
import { localeStory, themeStory } from '../../../../stories/story-helpers.js';
import '../panel-countdown.js';

export interface CountdownArgs {
  src: string;
  /** The story's "now", ISO 8601. */
  now: string;
  layout: 'badge' | 'card' | 'hero';
  locale: 'es' | 'pt' | 'en';
  theme: 'light' | 'dark' | 'auto';
  timeZone: string;
  kind: string;
  eventId: string;
  follow: boolean;
}

// One clock function per instant: widgets share a feed client per clock function.
const clocks = new Map<string, () => number>();
const clockAt = (iso: string) => {
  if (!clocks.has(iso)) clocks.set(iso, () => Date.parse(iso));
  return clocks.get(iso)!;
};

const meta: Meta<CountdownArgs> = {
  title: 'Widgets/Panel countdown',
  component: 'govtech-panel-countdown',
  tags: ['autodocs'],
  args: {
    src: SAMPLE_FEED,
    now: '2026-11-21T12:00:00Z',
    layout: 'card',
    locale: 'es',
    theme: 'light',
    timeZone: 'America/Bogota',
    kind: 'panel',
    eventId: '',
    follow: false,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['badge', 'card', 'hero'] },
    locale: { control: 'inline-radio', options: ['es', 'pt', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    kind: { control: 'select', options: ['panel', 'meeting', 'workshop', 'conference', 'webinar', 'other'] },
  },
  render: (args) => {
    if (args.src === LOADING_FEED) holdLoadingFeed();
    return html`<govtech-panel-countdown
      src=${args.src}
      layout=${args.layout}
      locale=${args.locale}
      theme=${args.theme}
      time-zone=${args.timeZone || nothing}
      kind=${args.kind}
      event-id=${args.eventId || nothing}
      ?follow=${args.follow}
      .now=${clockAt(args.now)}
    ></govtech-panel-countdown>`;
  },
};
export default meta;

type Story = StoryObj<CountdownArgs>;

/** 19 days before the Madrid example panel. */
export const Upcoming: Story = {};
/** The last minute: the summary says "less than a minute" while the seconds tick. */
export const LastMinute: Story = { args: { now: '2026-12-10T14:59:30Z' } };
export const LiveNow: Story = { args: { now: '2026-12-10T15:20:00Z' } };
export const EndedWithReplay: Story = { args: { now: '2026-12-10T17:00:00Z', eventId: 'ejemplo-panel-madrid-2026-12' } };
export const PastPanelById: Story = { args: { eventId: 'verano-2022-panel-1' } };
export const Cancelled: Story = { args: { eventId: 'ejemplo-taller-bucaramanga-2026-12' } };
export const Postponed: Story = { args: { eventId: 'ejemplo-mesa-innovadores-2027-04' } };
export const NoUpcomingPanel: Story = { args: { now: '2031-01-01T00:00:00Z' } };
export const Badge: Story = { args: { layout: 'badge' } };
export const Hero: Story = { args: { layout: 'hero' } };
export const Portuguese: Story = localeStory('pt', { args: { timeZone: 'America/Sao_Paulo' } });
export const English: Story = localeStory('en', { args: { timeZone: 'Europe/London' } });
export const DarkTheme: Story = { name: 'Dark theme', ...themeStory('the countdown', { args: { layout: 'hero' } }) };
export const Loading: Story = { args: { src: LOADING_FEED } };
export const ErrorState: Story = { name: 'Error', args: { src: MISSING_FEED } };
