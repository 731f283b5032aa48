// Stories of <govtech-lab-directory>: one per state a designer, translator or reviewer needs to see. Feed
// stories read the committed sample feed (examples/feeds/v1: Peru's network, 58 labs) with a FIXED clock,
// so they look the same on every machine, every day (stories/feeds.ts).
//
// lab-directory.stories.test.ts renders every story exported here and runs axe on it, so: export only
// stories (and types: Storybook takes every other named export for a story), no `play` functions, and every
// story's feed comes from `args.src` (the test swaps SAMPLE_FEED for the path web-test-runner serves the
// feed at).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { holdLoadingFeed, LOADING_FEED, MISSING_FEED, SAMPLE_FEED, storyClock } from '../../../../stories/feeds.js';
import { attribute, localeStory, orNothing, storyDoc, themeStory } from '../../../../stories/story-helpers.js';
import { applySiteConsent, forgetSiteConsent } from '../internal/site-consent.js';
import '../lab-directory.js';

/** The story controls: the element's attributes (camelCased). Empty text: the attribute is left out. */
export interface DirectoryArgs {
  src: string;
  locale: 'es' | 'pt' | 'en';
  theme: 'light' | 'dark' | 'auto';
  layout: 'grid' | 'list';
  pageSize: number;
  sort: 'name' | 'city' | 'founded';
  /** Initial search text (the `q` attribute). */
  q: string;
  sector: string;
  country: string;
  region: string;
  city: string;
  focus: string;
  network: string;
  syncUrl: boolean;
  view: 'list' | 'map';
  /** The list/map toggle, e.g. `list,map`. */
  views: string;
  tileUrl: string;
  tileAttribution: string;
  /** Stories only: the site's consent banner already accepted map tiles (the site-consent API). */
  siteConsent: boolean;
  /** Stories only: the id of a lab whose details are open, as a `lab-id` link opens them (with `sync-url`). */
  openLab: string;
}

/**
 * The stories' map tiles: one plain tile drawn in the page (an SVG data: URL), so no story asks a tile
 * server for anything. A site gets OpenStreetMap's by default.
 */
const STORY_TILES =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e4ecdf"/><path d="M0 .5H256M.5 0V256" stroke="#c8d4c2"/></svg>');

/**
 * The synthetic benchmark feed (examples/synthetic/generate.ts: 5,000 invented labs, 2.3 MB) under a URL
 * of its own. It is generated in the page, not served: too big to commit, and a static Storybook has no
 * server to generate it. The directory only reads URLs (relative files resolve against its manifest, so a
 * blob: URL cannot be a feed folder), so the page answers this folder's requests itself, the way
 * holdLoadingFeed() holds LOADING_FEED's: `fetch()` of `index.json` and `labs.json` under this folder gets
 * a Response with the generated JSON; every other URL goes to the real fetch. Works the same in
 * `storybook dev`, a static build under any sub-path, and web-test-runner.
 */
const SYNTHETIC_FEED = 'feeds/__synthetic-labs-5000__/';

/** The networks the synthetic labs belong to (as scripts/synthetic-feeds.ts lists them), for their names. */
const SYNTHETIC_NETWORKS = [
  { id: 'red-govtech-iberoamerica', name: 'Red Multisectorial GovTech Iberoamérica', region: 'Iberoamérica' },
  { id: 'red-labs-peru', name: 'Red Nacional de Laboratorios de Innovación Digital', country: 'PE' },
  { id: 'verano-datos-abiertos', name: 'Verano de Datos Abiertos · Observatorio GovTech Municipal', country: 'CL' },
  { id: 'mesa-innovadores-publicos-gt', name: 'Mesa de Innovadores Públicos', country: 'GT' },
  { id: 'lab-innovacion-bucaramanga', name: 'Laboratorio de Innovación Pública de Bucaramanga (proyecto)', country: 'CO' },
];

let servingSynthetic = false;

/** Makes the page answer requests under SYNTHETIC_FEED (idempotent; called from the story's render). */
function serveSyntheticFeed(): void {
  if (servingSynthetic) return;
  servingSynthetic = true;
  const folder = new URL(SYNTHETIC_FEED, document.baseURI).pathname;
  let files: Promise<Map<string, string>> | undefined;
  // Generated on the first request only (about 50 ms), with the generator loaded on demand: the other
  // stories never pay for it.
  const generate = async () => {
    const { syntheticLabs, SYNTHETIC_GENERATED_AT } = await import('../../../../examples/synthetic/generate.js');
    const manifest = {
      schemaVersion: 1,
      generatedAt: SYNTHETIC_GENERATED_AT,
      title: 'Synthetic labs (benchmark data, invented)',
      networks: SYNTHETIC_NETWORKS,
      feeds: { labs: { url: 'labs.json' } },
    };
    return new Map([
      ['index.json', JSON.stringify(manifest)],
      ['labs.json', JSON.stringify(syntheticLabs(5000))],
    ]);
  };
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.startsWith(folder)) return realFetch(input, init);
    const text = (await (files ??= generate())).get(url.pathname.slice(folder.length));
    return text === undefined
      ? new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
      : new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
  };
}


function renderDirectory(args: DirectoryArgs): TemplateResult {
  if (args.src === LOADING_FEED) holdLoadingFeed();
  if (args.siteConsent) applySiteConsent({ 'map-tiles': true });
  else forgetSiteConsent('map-tiles');
  if (args.openLab) {
    const search = new URLSearchParams(location.search);
    search.set('lab-id', args.openLab);
    history.replaceState(history.state, '', `${location.pathname}?${search}${location.hash}`);
  }
  if (args.src === SYNTHETIC_FEED) serveSyntheticFeed();
  return html`<govtech-lab-directory
    src=${args.src}
    locale=${args.locale}
    theme=${args.theme}
    layout=${args.layout}
    page-size=${args.pageSize}
    sort=${args.sort}
    q=${orNothing(args.q)}
    sector=${orNothing(args.sector)}
    country=${orNothing(args.country)}
    region=${orNothing(args.region)}
    city=${orNothing(args.city)}
    focus=${orNothing(args.focus)}
    network=${orNothing(args.network)}
    ?sync-url=${args.syncUrl || !!args.openLab}
    view=${args.view}
    views=${orNothing(args.views)}
    tile-url=${orNothing(args.tileUrl)}
    tile-attribution=${orNothing(args.tileAttribution)}
    .now=${storyClock}
  ></govtech-lab-directory>`;
}

const preset = (name: string, example: string) =>
  attribute(name, `preset: narrows the labs and hides its facet; comma-separated values combine with OR, e.g. \`${example}\`.`);

const meta = {
  title: 'Widgets/Lab directory',
  component: 'govtech-lab-directory',
  tags: ['autodocs'],
  render: renderDirectory,
  args: {
    src: SAMPLE_FEED,
    locale: 'es',
    theme: 'light',
    layout: 'grid',
    pageSize: 24,
    sort: 'name',
    q: '',
    sector: '',
    country: '',
    region: '',
    city: '',
    focus: '',
    network: '',
    syncUrl: false,
    view: 'list',
    views: '',
    tileUrl: '',
    tileAttribution: '',
    siteConsent: false,
    openLab: '',
  },
  argTypes: {
    src: { control: 'text', ...attribute('src', 'feed folder (holding index.json) or manifest URL.') },
    locale: { control: 'inline-radio', options: ['es', 'pt', 'en'], ...attribute('locale', 'language of the widget; absent: the nearest `lang`, then the browser’s.', 'es') },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], ...attribute('theme', 'colour scheme: light, dark, or auto (the visitor’s system); absent: the page’s own.') },
    layout: { control: 'inline-radio', options: ['grid', 'list'], ...attribute('layout', '`grid` (cards) or `list` (compact).', 'grid') },
    pageSize: { control: { type: 'number', min: 1, max: 200 }, ...attribute('page-size', 'labs per page; “Mostrar más” adds a page.', '24') },
    sort: { control: 'inline-radio', options: ['name', 'city', 'founded'], ...attribute('sort', 'initial order: `name`, `city` or `founded`.', 'name') },
    q: { control: 'text', ...attribute('q', 'initial search text.') },
    sector: { control: 'text', ...preset('sector', 'academia,public') },
    country: { control: 'text', ...preset('country', 'PE') },
    region: { control: 'text', ...preset('region', 'Cusco') },
    city: { control: 'text', ...preset('city', 'Lima,Arequipa') },
    focus: { control: 'text', ...preset('focus', 'Inteligencia artificial') },
    network: { control: 'text', ...preset('network', 'red-labs-peru') },
    syncUrl: {
      control: 'boolean',
      ...attribute('sync-url', 'keeps the search, filters and sort in the page URL (`lab-q`, `lab-sector`…); in Storybook, the preview frame’s URL.', 'false'),
    },
    view: { control: 'inline-radio', options: ['list', 'map'], ...attribute('view', 'the view shown: `list` or `map` (the map’s code loads when first shown).', 'list') },
    views: { control: 'text', ...attribute('views', 'views the visitor can switch between, e.g. `list,map` (a toggle).') },
    tileUrl: {
      control: 'text',
      ...attribute('tile-url', 'map tiles URL template (`{z}/{x}/{y}`); `none`: no tiles, the labs by region. Default: OpenStreetMap’s.'),
    },
    tileAttribution: { control: 'text', ...attribute('tile-attribution', 'the tiles’ attribution, as text. Default: © OpenStreetMap.') },
    siteConsent: { control: 'boolean', description: 'Stories only: the site’s consent banner already accepted map tiles (the site-consent API).' },
    openLab: { control: 'text', description: 'Stories only: the id of a lab whose details are open, as a `lab-id` link opens them.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A network’s innovation labs from a GovTech feed: search as you type, facets with live counts, sort, pages and CSV download. Stories read the sample feed (Peru’s network: 58 labs, 55 of them example data) with a fixed clock.',
      },
    },
  },
} satisfies Meta<DirectoryArgs>;

export default meta;
type Story = StoryObj<DirectoryArgs>;


// First export: the one the Docs page leads with.
export const Default: Story = {
  parameters: storyDoc('The sample network’s 58 labs by name, 24 at a time (“Mostrar 24 más”), with every facet.'),
};

export const FilteredByPreset: Story = {
  name: 'Filtered by preset',
  args: { country: 'PE', sector: 'academia' },
  parameters: storyDoc('`country="PE" sector="academia"`: the 40 academic labs of Peru; the Sector and País facets are hidden.'),
};

export const NoResults: Story = {
  name: 'Search with no results',
  args: { q: 'zzzz' },
  parameters: storyDoc('`q="zzzz"`: a search nothing matches, with “Ningún laboratorio coincide” and the button that clears it.'),
};

export const ListLayout: Story = {
  name: 'List layout',
  args: { layout: 'list' },
  parameters: storyDoc('`layout="list"`: one compact row per lab.'),
};

export const Spanish: Story = localeStory('es');
export const Portuguese: Story = localeStory('pt');
export const English: Story = localeStory('en');
export const DarkTheme: Story = { name: 'Dark theme', ...themeStory('the directory') };

export const Loading: Story = {
  args: { src: LOADING_FEED },
  parameters: storyDoc(
    'The skeleton shown while the feed loads. The feed here never answers (the story holds requests to its URL in the page), so the skeleton stays.',
  ),
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: MISSING_FEED },
  parameters: storyDoc('The feed cannot be read (here a folder without index.json: 404). The directory shows an alert with Retry and fires `govtech-error`.'),
};

export const Synthetic: Story = {
  name: 'Synthetic 5,000 labs (benchmark data)',
  args: { src: SYNTHETIC_FEED },
  parameters: storyDoc(
    'The synthetic feed `npm run bench` measures: 5,000 INVENTED labs (examples/synthetic/generate.ts, every one marked as example data) across Latin America and Spain, to try search and facets at scale. Generated in the page on first load (no 2.3 MB file in the repository or the build).',
  ),
};

export const MapView: Story = {
  name: 'Map',
  args: { view: 'map', views: 'list,map', tileUrl: STORY_TILES, siteConsent: true },
  parameters: storyDoc(
    '`view="map" views="list,map"`: markers for the labs with coordinates, clustered where they crowd (a cluster is a button that zooms in), a popup per lab with its details button, and beside the map the same labs by region for the keyboard. The site has accepted map tiles; the tiles here are a plain pattern drawn in the page (a site gets OpenStreetMap’s).',
  ),
};

export const MapConsentPending: Story = {
  name: 'Map: consent pending',
  args: { view: 'map', views: 'list,map' },
  parameters: storyDoc(
    'The map before the visitor accepts: a notice naming the tile server (OpenStreetMap by default, with its privacy policy) and “Mostrar el mapa”. Nothing is requested from the tile server, and Leaflet’s code is not loaded, until then; accepting counts for every map on the page.',
  ),
};

export const MapNoTiles: Story = {
  name: 'Map: no tiles',
  args: { view: 'map', views: 'list,map', tileUrl: 'none' },
  parameters: storyDoc('`tile-url="none"` (or a site that refused map tiles): no map, the labs by region — nothing from third parties at all.'),
};

export const Details: Story = {
  name: 'A lab’s details',
  args: { openLab: 'co-laboratorio-innovacion-publica-bucaramanga' },
  parameters: storyDoc(
    'A lab’s details open under its name: description (safe Markdown), networks, year, website and e-mail. With `sync-url` the open lab is in the URL (`lab-id`), so a link opens it — here, as such a link would.',
  ),
};

export const DetailsSmallMap: Story = {
  name: 'A lab’s details: small map',
  args: { openLab: 'pe-ejemplo-02', views: 'list,map', tileUrl: STORY_TILES, siteConsent: true },
  parameters: storyDoc(
    'A lab with coordinates, once map tiles are accepted (here by the site): a small map of its town in its details — six tiles of `tile-url` around its point, no map library — with a pin, the attribution, and “Ver en el mapa” (with `views` including `map`) to the map view on this lab. The tiles here are a plain pattern drawn in the page.',
  ),
};

export const DetailsConsentPending: Story = {
  name: 'A lab’s details: tiles not yet accepted',
  args: { openLab: 'pe-ejemplo-02', views: 'list,map' },
  parameters: storyDoc(
    'The same lab before anyone accepted map tiles (or with `tile-url="none"`): its coordinates as text and “Ver en el mapa”, which opens the map view — with its consent notice — on this lab. Nothing is requested from the tile server.',
  ),
};
