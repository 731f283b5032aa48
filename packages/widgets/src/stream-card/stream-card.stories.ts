// Stories of <govtech-stream-card>: one per state a designer or reviewer needs to see. Feed stories read
// the committed sample feed (examples/feeds/v1) with a FIXED clock and an explicit time zone, so they
// look the same on every machine, every day (stories/feeds.ts).
//
// stream-card.stories.test.ts renders every story exported here and runs axe on it, so: export only
// stories (and types), no `play` functions, and every story's feed comes from `args.src` (the test swaps
// SAMPLE_FEED for the path web-test-runner serves the feed at).
//
// The sample feed's streams are examples: their video ids are well formed but not real videos, so their
// posters (YouTube's thumbnails) show YouTube's grey placeholder, or the neutral box when offline.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { holdLoadingFeed, LOADING_FEED, MISSING_FEED, SAMPLE_FEED, STORY_NOW, storyClock } from '../../../../stories/feeds.js';
import { attribute, localeStory, orNothing, storyDoc, themeStory } from '../../../../stories/story-helpers.js';
import '../stream-card.js';

/** The story controls: the element's attributes (camelCased), plus the story's clock and container. */
export interface StreamCardArgs {
  /** Empty: no feed (the card shows `videoId`). */
  src: string;
  streamId: string;
  videoId: string;
  /** The `title` attribute. */
  title: string;
  poster: string;
  channel: string;
  date: string;
  /** Empty: no status badge (without a feed). */
  status: '' | 'upcoming' | 'live' | 'ended';
  start?: number;
  playlist: string;
  consent: boolean;
  locale: 'es' | 'pt' | 'en';
  theme: 'light' | 'dark' | 'auto';
  timeZone: string;
  /** The card's clock, epoch ms (default: the stories' fixed "now"). */
  now: number;
  /** Light-DOM content: the link visitors without JavaScript get. */
  fallbackLink: boolean;
  /** Width of the box around the card, in CSS px. */
  containerWidth: number;
}

/** 10 December 2026, 15:30 UTC: the Madrid example panel (16:00–17:30 in Madrid) is on air. */
const DURING_MADRID_PANEL = Date.parse('2026-12-10T15:30:00Z');

const VIDEO = 'dQw4w9WgXcQ';
const WATCH_URL = `https://www.youtube.com/watch?v=${VIDEO}`;

/** One clock function per instant: widgets keep one feed client per clock, so stories share requests. */
const clocks = new Map<number, () => number>([[STORY_NOW, storyClock]]);
function clockAt(ms: number): () => number {
  let clock = clocks.get(ms);
  if (!clock) clocks.set(ms, (clock = () => ms));
  return clock;
}


function renderCard(args: StreamCardArgs): TemplateResult {
  return html`<div style="inline-size: ${args.containerWidth}px; max-inline-size: 100%">
    <govtech-stream-card
      src=${orNothing(args.src)}
      stream-id=${orNothing(args.streamId)}
      video-id=${orNothing(args.videoId)}
      title=${orNothing(args.title)}
      poster=${orNothing(args.poster)}
      channel=${orNothing(args.channel)}
      date=${orNothing(args.date)}
      status=${orNothing(args.status)}
      start=${orNothing(args.start)}
      playlist=${orNothing(args.playlist)}
      ?consent=${args.consent}
      locale=${args.locale}
      theme=${args.theme}
      time-zone=${orNothing(args.timeZone)}
      .now=${clockAt(args.now)}
      >${args.fallbackLink ? html`<a href=${WATCH_URL}>Panel 1: Ecosistema GovTech en la Región (YouTube)</a>` : nothing}</govtech-stream-card
    >
  </div>`;
}


const meta = {
  title: 'Widgets/Stream card',
  component: 'govtech-stream-card',
  tags: ['autodocs'],
  render: renderCard,
  args: {
    src: '',
    streamId: '',
    videoId: VIDEO,
    title: 'Ecosistema GovTech en la Región',
    poster: '',
    channel: '',
    date: '',
    status: '',
    playlist: '',
    consent: false,
    locale: 'es',
    theme: 'light',
    timeZone: 'America/Santiago',
    now: STORY_NOW,
    fallbackLink: true,
    containerWidth: 480,
  },
  argTypes: {
    src: { control: 'text', ...attribute('src', 'feed folder (holding index.json) or manifest URL; with `stream-id`, the card reads the stream from it.') },
    streamId: { control: 'text', ...attribute('stream-id', 'id of a stream in the feed, e.g. `verano-2022-panel-1`.') },
    videoId: { control: 'text', ...attribute('video-id', 'YouTube video id (11 characters); ignored with a feed.') },
    title: { control: 'text', ...attribute('title', 'the video’s title (overrides the stream’s). Also the host’s tooltip, as on any element.') },
    poster: { control: 'text', ...attribute('poster', 'http(s) URL of an image instead of YouTube’s thumbnail: nothing then loads from YouTube before play.') },
    channel: { control: 'text', ...attribute('channel', 'channel name (overrides the stream’s).') },
    date: { control: 'text', ...attribute('date', 'start, a date-time with offset; without a feed only.') },
    status: {
      control: 'inline-radio',
      options: ['', 'upcoming', 'live', 'ended'],
      ...attribute('status', 'badge without a feed: `upcoming`, `live` or `ended` (a replay). With a feed, the stream’s status by the clock.'),
    },
    start: { control: 'number', ...attribute('start', 'second to start playing at.') },
    playlist: { control: 'text', ...attribute('playlist', 'YouTube playlist id to play the video in.') },
    consent: { control: 'boolean', ...attribute('consent', 'asks before anything loads from YouTube, poster included.', 'false') },
    locale: { control: 'inline-radio', options: ['es', 'pt', 'en'], ...attribute('locale', 'language; absent: the nearest `lang`, then the browser’s.', 'es') },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], ...attribute('theme', 'colour scheme: light, dark, or auto (the visitor’s system); absent: the page’s own.') },
    timeZone: {
      control: 'select',
      options: ['America/Santiago', 'America/Bogota', 'America/Mexico_City', 'America/Sao_Paulo', 'Europe/Madrid', 'UTC'],
      ...attribute('time-zone', 'IANA zone dates are shown in; absent: the visitor’s.'),
    },
    now: { control: 'date', description: 'The card’s clock (the `now` property). Not an attribute.', table: { category: 'Story' } },
    fallbackLink: { control: 'boolean', description: 'Puts a link to the video in the light DOM, as the page would.', table: { category: 'Story' } },
    containerWidth: {
      control: { type: 'range', min: 240, max: 960, step: 20 },
      description: 'Width of the box around the card (px). Not an attribute.',
      table: { category: 'Story' },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A YouTube video or a network’s live stream as a light facade: poster, play button, title, channel, date and status. Nothing loads from YouTube but the poster until the visitor presses play (with a custom `poster`, nothing at all; with `consent`, nothing before they accept); the player is youtube-nocookie.com’s. Feed stories read the sample feed with a fixed clock (21 November 2026, 12:00 UTC, unless the story says otherwise) and an explicit time zone.',
      },
    },
  },
} satisfies Meta<StreamCardArgs>;

export default meta;
type Story = StoryObj<StreamCardArgs>;

const feed = (streamId: string) => ({ src: SAMPLE_FEED, streamId, videoId: '', title: '' });

// First export: the one the Docs page leads with.
export const VideoId: Story = {
  name: 'Video id only',
  parameters: storyDoc(
    '`<govtech-stream-card video-id="dQw4w9WgXcQ" title="…">`: YouTube’s thumbnail, the title and a play button; no badge without `status`. The SDK is not loaded. Pressing play swaps in the youtube-nocookie player, playing.',
  ),
};

export const Upcoming: Story = {
  args: feed('ejemplo-panel-madrid-2026-12'),
  parameters: storyDoc(
    'From the feed (`src` + `stream-id`): the Madrid example panel of 10 December 2026, 16:00 in Madrid, shown in Santiago’s time (12:00) with “Próximamente”, and the feed’s “Ejemplo” badge.',
  ),
};

export const Live: Story = {
  args: { ...feed('ejemplo-panel-madrid-2026-12'), now: DURING_MADRID_PANEL, timeZone: 'Europe/Madrid' },
  parameters: storyDoc('The same panel with the clock at 10 December 2026, 16:30 in Madrid: “En vivo”. The badge follows the clock by itself.'),
};

export const Replay: Story = {
  args: feed('verano-2022-panel-1'),
  parameters: storyDoc('Panel 1 of the Verano de Datos Abiertos (23 February 2022, FLACSO Chile): ended, so “Grabación”.'),
};

export const Consent: Story = {
  args: { consent: true },
  parameters: storyDoc(
    '`consent`: a notice with a link to YouTube’s privacy policy, and nothing from YouTube (not even the poster) until the visitor accepts. Accepting plays, and counts for every card on the page until it is reloaded.',
  ),
};

export const InvalidId: Story = {
  name: 'Invalid id',
  args: { videoId: 'dQw4w9WgXcQ&x=1' },
  parameters: storyDoc(
    'An id that is not a YouTube id (`dQw4w9WgXcQ&x=1`) reaches no URL: the card shows a note and its light DOM, the link to the video, and fires `govtech-error` for the webmaster.',
  ),
};

export const WithoutJavaScript: Story = {
  name: 'Without JavaScript',
  render: () =>
    html`<p>
      <a href=${WATCH_URL}>Panel 1: Ecosistema GovTech en la Región (YouTube)</a>
    </p>`,
  parameters: storyDoc(
    'What a visitor without JavaScript (or a search engine) gets from `<govtech-stream-card video-id="…"><a href="https://www.youtube.com/watch?v=…">…</a></govtech-stream-card>`: the element is never defined, so its light DOM, the plain link, is all there is.',
  ),
};

export const Loading: Story = {
  args: { ...feed('verano-2022-panel-1'), src: LOADING_FEED },
  render: (args) => {
    holdLoadingFeed();
    return renderCard(args);
  },
  parameters: storyDoc('While the feed loads: a 16:9 skeleton, the size of the poster to come, so nothing jumps.'),
};

export const ErrorState: Story = {
  name: 'Error',
  args: { ...feed('verano-2022-panel-1'), src: MISSING_FEED },
  parameters: storyDoc('The feed cannot be read (404): an alert with Retry, the light-DOM link, and `govtech-error`.'),
};

export const NotFound: Story = {
  name: 'Stream not in the feed',
  args: feed('no-such-stream'),
  parameters: storyDoc('A `stream-id` the feed does not have: a note, the light-DOM link, and `govtech-error` (code `config`).'),
};

export const English: Story = localeStory('en', { args: { consent: true }, doc: '`locale="en"` with `consent`.' });
export const Portuguese: Story = localeStory('pt', {
  args: { ...feed('ejemplo-verano-2027-panel-1'), timeZone: 'America/Sao_Paulo' },
  doc: '`locale="pt"`: the 2027 example panel, upcoming, in São Paulo’s time.',
});
export const DarkTheme: Story = {
  name: 'Dark theme',
  ...themeStory('the card', {
    args: { ...feed('ejemplo-panel-madrid-2026-12'), now: DURING_MADRID_PANEL },
    doc: '`theme="dark"`, live. Without `theme`, the card follows the page’s own `color-scheme`; `theme="auto"` follows the visitor’s system.',
  }),
};

export const Narrow: Story = {
  name: 'Narrow container',
  args: { containerWidth: 280, consent: true },
  parameters: storyDoc('280 px wide with `consent`: the box keeps 16:9 and grows only if the notice needs it.'),
};
