// Stories of <govtech-event-calendar>: one per state a designer or reviewer needs to see. Every story
// reads the committed sample feed (examples/feeds/v1, served by Storybook at feeds/v1/) with a FIXED
// clock and an explicit time zone, so it looks the same on every machine, every day. The shared feed
// URLs, clock and the loading trick are in stories/feeds.ts.
//
// tests/browser/stories.test.ts renders every story exported here and runs axe on it, so: export only
// stories (and types), no `play` functions importing `storybook/test` (it cannot load under
// web-test-runner), and every story's feed comes from `args.src` (the test swaps SAMPLE_FEED for the
// path web-test-runner serves the feed at).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { holdLoadingFeed, LOADING_FEED, MISSING_FEED, SAMPLE_FEED, storyClock } from '../../../../stories/feeds.js';
import { attribute, localeStory, orNothing, storyDoc, themeStory } from '../../../../stories/story-helpers.js';
import '../event-calendar.js';

/** The story controls: the element's attributes (camelCased), plus the width of its container. */
export interface CalendarArgs {
  src: string;
  locale: 'es' | 'pt' | 'en';
  theme: 'light' | 'dark' | 'auto';
  timeZone: string;
  /** `auto` leaves the attribute out: the calendar picks month or list by its own width. */
  view: 'auto' | 'month' | 'list' | 'upcoming';
  /** Empty: the current month of the (fixed) clock. */
  date: string;
  firstDay?: number;
  kinds: string;
  topics: string;
  country: string;
  network: string;
  filters: boolean;
  maxEventsPerDay: number;
  seo: boolean;
  search: boolean;
  subscribe: boolean;
  /** Story only: typed into the search box once it shows (with `search`). */
  searchQuery?: string;
  /** Story only: the subscribe menu opened once it shows (with `subscribe`). */
  menuOpen?: boolean;
  /** `view="upcoming"`: how many events, how many days ahead, and the full agenda's page. */
  limit?: number;
  days?: number;
  moreHref?: string;
  /** Empty leaves the attribute out: no colours, no legend. */
  colorBy?: '' | 'kind' | 'network';
  /** Keeps the calendar's state in the page URL; an event's details offer "Compartir". */
  syncUrl?: boolean;
  /** Story only: the first event listed is opened once it shows. */
  eventOpen?: boolean;
  /** Width of the box around the calendar, in CSS px; unset: the canvas width. */
  containerWidth?: number;
}


function renderCalendar(args: CalendarArgs): TemplateResult {
  const calendar = html`<govtech-event-calendar
    src=${args.src}
    locale=${args.locale}
    theme=${args.theme}
    time-zone=${orNothing(args.timeZone)}
    view=${args.view === 'auto' ? nothing : args.view}
    date=${orNothing(args.date)}
    first-day=${orNothing(args.firstDay)}
    kinds=${orNothing(args.kinds)}
    topics=${orNothing(args.topics)}
    country=${orNothing(args.country)}
    network=${orNothing(args.network)}
    ?filters=${args.filters}
    max-events-per-day=${args.maxEventsPerDay}
    ?seo=${args.seo}
    ?search=${args.search}
    ?subscribe=${args.subscribe}
    limit=${orNothing(args.limit)}
    days=${orNothing(args.days)}
    more-href=${orNothing(args.moreHref)}
    color-by=${orNothing(args.colorBy)}
    ?sync-url=${args.syncUrl}
    .now=${storyClock}
    ${ref((el) => el && void driveTools(el as HTMLElement, args))}
  ></govtech-event-calendar>`;
  return args.containerWidth ? html`<div style="inline-size: ${args.containerWidth}px">${calendar}</div>` : calendar;
}

/**
 * The states a visitor reaches by hand (a search typed, the subscribe menu open, an event open), reached
 * the same way: once the calendar's tool or event shows, the story types into it or clicks it. No `play`
 * (see the top).
 */
async function driveTools(el: HTMLElement, args: CalendarArgs): Promise<void> {
  const find = async <E extends Element>(selector: string): Promise<E> => {
    for (;;) {
      const found = el.shadowRoot?.querySelector<E>(selector);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  if (args.searchQuery) {
    const input = await find<HTMLInputElement>('input[type="search"]');
    input.value = args.searchQuery;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  if (args.menuOpen) (await find<HTMLButtonElement>('#subscribe-button')).click();
  if (args.eventOpen) (await find<HTMLElement>('[part="list"] [part="event"]')).click();
}

const meta = {
  title: 'Widgets/Event calendar',
  component: 'govtech-event-calendar',
  tags: ['autodocs'],
  render: renderCalendar,
  args: {
    src: SAMPLE_FEED,
    locale: 'es',
    theme: 'light',
    timeZone: 'America/Santiago',
    view: 'month',
    date: '2022-02',
    kinds: '',
    topics: '',
    country: '',
    network: '',
    filters: false,
    maxEventsPerDay: 3,
    seo: false,
    search: false,
    subscribe: false,
  },
  argTypes: {
    src: { control: 'text', ...attribute('src', 'feed folder (holding index.json) or manifest URL.') },
    locale: { control: 'inline-radio', options: ['es', 'pt', 'en'], ...attribute('locale', 'language of the widget; absent: the nearest `lang`, then the browser’s.', 'es') },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], ...attribute('theme', 'colour scheme: light, dark, or auto (the visitor’s system); absent: the page’s own.') },
    timeZone: {
      control: 'select',
      options: ['America/Santiago', 'America/Bogota', 'America/Mexico_City', 'America/Sao_Paulo', 'Europe/Madrid', 'Asia/Tokyo', 'UTC'],
      ...attribute('time-zone', 'IANA zone times are shown in; absent: the visitor’s.'),
    },
    view: {
      control: 'inline-radio',
      options: ['auto', 'month', 'list', 'upcoming'],
      ...attribute('view', '`month`, `list` or `upcoming` (the next events, a compact list); absent (auto): list below 560 px of width, else month.'),
    },
    date: { control: 'text', ...attribute('date', 'month shown first, `YYYY-MM` or `YYYY-MM-DD`; empty: the current month.') },
    firstDay: {
      control: 'select',
      options: [1, 2, 3, 4, 5, 6, 7],
      labels: { 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday', 7: 'Sunday' },
      ...attribute('first-day', 'first day of the week, 1 (Monday) to 7 (Sunday); absent: the locale’s.'),
    },
    kinds: { control: 'text', ...attribute('kinds', 'comma-separated event kinds, e.g. `panel,webinar`.') },
    topics: { control: 'text', ...attribute('topics', 'comma-separated topics.') },
    country: { control: 'text', ...attribute('country', 'ISO country code of the events’ location, e.g. `CL`.') },
    network: { control: 'text', ...attribute('network', 'network id, e.g. `verano-datos-abiertos`.') },
    filters: { control: 'boolean', ...attribute('filters', 'shows the kind / topic filter form.', 'false') },
    maxEventsPerDay: {
      control: { type: 'number', min: 1, max: 10 },
      ...attribute('max-events-per-day', 'events per day in the grid before “+N more”.', '3'),
    },
    seo: { control: 'boolean', ...attribute('seo', 'writes schema.org Event JSON-LD into the light DOM.', 'false') },
    search: { control: 'boolean', ...attribute('search', 'shows a search box over every event of the feed.', 'false') },
    subscribe: { control: 'boolean', ...attribute('subscribe', 'shows a “Suscribirse” menu for calendar apps, from the feed’s .ics.', 'false') },
    searchQuery: { control: 'text', description: 'Typed into the search box (with `search`). Not an attribute.', table: { category: 'Story' } },
    menuOpen: { control: 'boolean', description: 'Opens the subscribe menu (with `subscribe`). Not an attribute.', table: { category: 'Story' } },
    limit: { control: { type: 'number', min: 1, max: 20 }, ...attribute('limit', '`view="upcoming"`: how many events it lists.', '5') },
    days: { control: { type: 'number', min: 1, max: 730 }, ...attribute('days', '`view="upcoming"`: how many days ahead it looks.', '365') },
    moreHref: { control: 'text', ...attribute('more-href', '`view="upcoming"`: the full agenda’s page, linked as “Ver agenda completa” (http(s) only).') },
    colorBy: {
      control: 'inline-radio',
      options: ['', 'kind', 'network'],
      ...attribute('color-by', '`kind` or `network`: a colour each (`--govtech-color-series-1` … `-8`), with a legend that also filters.'),
    },
    syncUrl: { control: 'boolean', ...attribute('sync-url', 'keeps the month, view, filters, legend, search and open event in the page URL (`cal-` parameters); an event’s details offer “Compartir”.', 'false') },
    eventOpen: { control: 'boolean', description: 'Opens the first event listed. Not an attribute.', table: { category: 'Story' } },
    containerWidth: {
      control: { type: 'range', min: 280, max: 1200, step: 20 },
      description: 'Width of the box around the calendar (px). Not an attribute: shows how the calendar adapts.',
      table: { category: 'Story' },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A network’s events as a month grid or an agenda list, read from a GovTech feed. Stories read the sample feed with a fixed clock (21 November 2026, 12:00 UTC) and an explicit time zone.',
      },
    },
  },
} satisfies Meta<CalendarArgs>;

export default meta;
type Story = StoryObj<CalendarArgs>;


// First export: the one the Docs page leads with.
export const NormalMonth: Story = {
  name: 'Normal month',
  args: { date: '2022-02', timeZone: 'America/Santiago' },
  parameters: storyDoc('February 2022 in Santiago: the Verano de Datos Abiertos panels on the 23rd and 24th (two that day), and the next one on 2 March.'),
};

export const Loading: Story = {
  args: { src: LOADING_FEED, date: '2026-12' },
  render: (args) => {
    holdLoadingFeed();
    return renderCalendar(args);
  },
  parameters: storyDoc(
    'The skeleton shown while the feed loads. The feed here never answers (the story holds requests to its URL in the page), so the skeleton stays.',
  ),
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: MISSING_FEED },
  parameters: storyDoc('The feed cannot be read (here a folder without index.json: 404). The calendar shows an alert with Retry and fires `govtech-error`.'),
};

export const Empty: Story = {
  args: { date: '2025-06' },
  parameters: storyDoc('A month without events (June 2025).'),
};

export const BusyMonth: Story = {
  name: 'Busy month',
  args: { date: '2022-02', maxEventsPerDay: 1 },
  parameters: storyDoc(
    'With `max-events-per-day="1"`, a day with more events shows one and “+1 más” (24 February has two panels); the button opens the day.',
  ),
};

export const CurrentMonth: Story = {
  name: 'Current month (fixed clock)',
  args: { date: '' },
  parameters: storyDoc('Without `date`, the month of the clock: November 2026, with the 21st marked as today.'),
};

export const ListView: Story = {
  name: 'List view',
  args: { view: 'list' },
  parameters: storyDoc('`view="list"`: the month as an agenda, one heading per day with events.'),
};

export const NarrowContainer: Story = {
  name: 'Narrow container',
  args: { view: 'auto', containerWidth: 360 },
  parameters: storyDoc('Without `view`, in a 360 px box the calendar switches to the list by itself (below 560 px of its own width).'),
};

export const Spanish: Story = localeStory('es');
export const Portuguese: Story = localeStory('pt');
export const English: Story = localeStory('en', {
  doc: '`locale="en"`. Week start and 12/24-hour times follow the visitor’s regional variant of the language (en-US: Sunday, 5:00 PM), unless `first-day` is set.',
});
export const DarkTheme: Story = { name: 'Dark theme', ...themeStory('the calendar') };

export const CancelledEvent: Story = {
  name: 'Cancelled event',
  args: { date: '2026-12', view: 'list', timeZone: 'America/Bogota' },
  parameters: storyDoc('December 2026 as a list: the Bucaramanga workshop of 3 December is marked “Cancelado”.'),
};

export const RecurringEvent: Story = {
  name: 'Recurring event',
  args: { date: '2027-01' },
  parameters: storyDoc(
    'January 2027: the monthly network meeting (third Thursday, 17:00 Santiago, since January 2026) on the 21st. In December 2026 its occurrence of the 17th is an exception and not shown.',
  ),
};

export const OtherTimeZone: Story = {
  name: 'Event in another time zone',
  args: { date: '2022-02', timeZone: 'Asia/Tokyo' },
  parameters: storyDoc(
    'The Santiago panels seen from Tokyo (`time-zone="Asia/Tokyo"`): 17:00 in Santiago is 05:00 the next day, so they move to the 24th and 25th. Their details show both times.',
  ),
};

export const WithFilters: Story = {
  name: 'With filters',
  args: { date: '2026-12', filters: true },
  parameters: storyDoc('`filters`: a form to narrow the month to a kind or topic of the loaded events.'),
};

export const Seo: Story = {
  name: 'SEO',
  args: { seo: true },
  parameters: storyDoc(
    '`seo`: the calendar writes schema.org Event JSON-LD for the events of the month into its light DOM (`<script type="application/ld+json" data-govtech-seo>`), for search engines. Nothing changes on screen.',
  ),
};

export const SubscribeMenuOpen: Story = {
  name: 'Subscribe menu open',
  args: { subscribe: true, menuOpen: true, view: 'list', date: '2026-12' },
  parameters: storyDoc(
    '`subscribe`: the “Suscribirse” menu, open: webcal (Apple Calendar, Thunderbird), Google Calendar, Outlook.com, Outlook 365, copy the link, download the .ics. With `network`, the network’s own .ics.',
  ),
};

export const SearchResults: Story = {
  name: 'Search with results',
  args: { search: true, searchQuery: 'innovacion abierta', date: '2026-11' },
  parameters: storyDoc('`search`: “innovacion abierta” finds three past events of 2023 and 2024 (accents and case do not matter), listed with their dates.'),
};

export const SearchNoResults: Story = {
  name: 'Search without results',
  args: { search: true, searchQuery: 'zzz', date: '2026-11' },
  parameters: storyDoc('`search`: nothing matches; the count (“Ningún evento coincide…”) is also announced politely.'),
};

export const SeveralFeedsOneFailing: Story = {
  name: 'Several feeds, one failing',
  args: { src: `${SAMPLE_FEED} ${MISSING_FEED}`, date: '2022-02' },
  parameters: storyDoc(
    '`src` with two feeds, the second missing (404): the first one’s events show, with a discreet note and Retry; `govtech-error` fires with `partial: true`.',
  ),
};

export const Upcoming: Story = {
  name: 'Upcoming',
  args: { view: 'upcoming', limit: 5, moreHref: 'https://example.org/agenda' },
  parameters: storyDoc(
    '`view="upcoming"`: the next five events from the clock (21 November 2026), recurring ones expanded, with “Ver agenda completa” (`more-href`) and no month navigation. It moves on by itself when an event ends.',
  ),
};

export const UpcomingSidebar: Story = {
  name: 'Upcoming in a sidebar',
  args: { view: 'upcoming', limit: 3, colorBy: 'network', containerWidth: 300, moreHref: 'https://example.org/agenda' },
  parameters: storyDoc('`view="upcoming" limit="3" color-by="network"` in a 300 px partner sidebar.'),
};

export const ColoursByKind: Story = {
  name: 'Colours by kind',
  args: { date: '2026-12', colorBy: 'kind' },
  parameters: storyDoc(
    '`color-by="kind"`: a colour per event kind, named by the legend, whose buttons filter (pressed: only their events). Each event’s accessible name says its kind.',
  ),
};

export const ColoursByNetwork: Story = {
  name: 'Colours by network',
  args: { date: '2026-12', view: 'list', colorBy: 'network' },
  parameters: storyDoc('`color-by="network"`: a colour per network of the feed, named as the manifest names it.'),
};

export const ColoursDarkTheme: Story = {
  name: 'Colours, dark theme',
  args: { date: '2026-12', colorBy: 'network', theme: 'dark' },
  parameters: storyDoc('The default palette in the dark theme: each colour keeps a 4.5:1 contrast on the background and the cells.'),
};

export const SharedEvent: Story = {
  name: 'Event open, with Compartir (sync-url)',
  args: { syncUrl: true, eventOpen: true, view: 'list', date: '2022-02' },
  parameters: storyDoc(
    '`sync-url`: the open event is in the page URL (`cal-event`), and its details offer “Compartir”: the Web Share sheet where the browser has one, else the link copied, confirmed politely (“Enlace copiado.”).',
  ),
};
