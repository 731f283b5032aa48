// The widgets' Custom Elements Manifest documents their public surface: for each tag, its attributes
// (with their attribute names), events, CSS parts and --govtech-* custom properties, each with the
// description written in the source's JSDoc. The manifest is generated here, as `npm run analyze` does
// (same analyzer, config and working directory) but into a temporary folder, so the test reads the
// sources, never a stale packages/widgets/custom-elements.json.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

interface Documented {
  name: string;
  description?: string;
  inheritedFrom?: { name: string };
}
interface Attribute extends Documented {
  fieldName?: string;
}
interface Member extends Documented {
  kind: 'field' | 'method';
  attribute?: string;
  privacy?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

const widgetsDir = fileURLToPath(new URL('../../packages/widgets/', import.meta.url));

async function generateManifest(): Promise<Manifest> {
  const analyzer = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  const outdir = await mkdtemp(join(tmpdir(), 'govtech-cem-test-'));
  try {
    // The analyzer joins --outdir to its working directory: give it a relative path.
    const args = ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(widgetsDir, outdir), '--quiet'];
    await promisify(execFile)(process.execPath, [analyzer, ...args], { cwd: widgetsDir });
    return JSON.parse(await readFile(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

/** What GovtechElement gives every widget. */
const BASE_ATTRIBUTES = { src: 'src', locale: 'locale', theme: 'theme', 'time-zone': 'timeZone', 'heading-level': 'headingLevel' };
const BASE_PARTS = ['error', 'retry', 'stale-note'];
const CUSTOM_PROPERTIES = [
  '--govtech-color-accent',
  '--govtech-color-on-accent',
  '--govtech-color-text',
  '--govtech-color-muted',
  '--govtech-color-background',
  '--govtech-color-surface',
  '--govtech-color-border',
  '--govtech-color-danger',
  '--govtech-color-focus',
  '--govtech-font-family',
  '--govtech-font-size',
  '--govtech-radius',
  '--govtech-space',
];

/** Each element's documented surface: attribute name → property name, events, CSS parts, slots. */
const ELEMENTS = {
  'govtech-event-calendar': {
    className: 'GovtechEventCalendar',
    module: 'src/event-calendar.ts',
    attributes: {
      view: 'view',
      date: 'date',
      'first-day': 'firstDay',
      kinds: 'kinds',
      topics: 'topics',
      country: 'country',
      network: 'network',
      filters: 'filters',
      'max-events-per-day': 'maxEventsPerDay',
      seo: 'seo',
      search: 'search',
      subscribe: 'subscribe',
      limit: 'limit',
      days: 'days',
      'more-href': 'moreHref',
      'color-by': 'colorBy',
      'sync-url': 'syncUrl',
    },
    events: ['govtech-event-select'],
    parts: ['header', 'title', 'nav', 'grid', 'day', 'event', 'list', 'filters', 'legend', 'more-link', 'dialog', 'partial-note'],
    slots: [] as string[],
    /** Besides every widget's: the colours of `color-by`. */
    cssProperties: Array.from({ length: 8 }, (_, i) => `--govtech-color-series-${i + 1}`),
  },
  'govtech-panel-countdown': {
    className: 'GovtechPanelCountdown',
    module: 'src/panel-countdown.ts',
    attributes: { kind: 'kind', 'event-id': 'eventId', follow: 'follow', layout: 'layout', 'server-time': 'serverTime' },
    events: ['govtech-countdown-live', 'govtech-countdown-ended'],
    parts: ['status', 'title', 'when', 'digits', 'summary', 'action', 'partial-note'],
    slots: [] as string[],
  },
  'govtech-lab-directory': {
    className: 'GovtechLabDirectory',
    module: 'src/lab-directory.ts',
    attributes: {
      sector: 'sector',
      country: 'country',
      region: 'region',
      city: 'city',
      focus: 'focusArea',
      network: 'network',
      layout: 'layout',
      'page-size': 'pageSize',
      sort: 'sort',
      q: 'q',
      'sync-url': 'syncUrl',
      view: 'view',
      views: 'views',
      'tile-url': 'tileUrl',
      'tile-attribution': 'tileAttribution',
      'site-consent': 'siteAnswer',
    },
    events: ['govtech-lab-select'],
    parts: ['search', 'facets', 'count', 'results', 'lab', 'more', 'csv', 'json', 'view-list', 'view-map', 'map', 'map-consent', 'regions', 'lab-map'],
    slots: [] as string[],
  },
  'govtech-stream-card': {
    className: 'GovtechStreamCard',
    module: 'src/stream-card.ts',
    attributes: {
      'video-id': 'videoId',
      title: 'heading',
      'stream-id': 'streamId',
      poster: 'poster',
      channel: 'channel',
      date: 'date',
      status: 'status',
      start: 'start',
      playlist: 'playlist',
      consent: 'consent',
      'site-consent': 'siteAnswer',
    },
    events: ['govtech-stream-play'],
    parts: ['media', 'poster', 'play', 'consent', 'iframe', 'title', 'channel', 'date', 'badge', 'note'],
    // The default slot: fallback content.
    slots: [''],
  },
} as const;

const names = (items: Documented[] | undefined) => (items ?? []).map((item) => item.name).sort();
/** Names of the items without a description: `[]` when all are documented. */
const undocumented = (items: Documented[] | undefined) => (items ?? []).filter((item) => !item.description?.trim()).map((item) => item.name);

describe('custom-elements.json (packages/widgets, `npm run analyze`)', () => {
  let manifest: Manifest;
  const declarations = new Map<string, Declaration>();

  beforeAll(async () => {
    manifest = await generateManifest();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) if (declaration.tagName) declarations.set(declaration.tagName, declaration);
    }
  }, 30_000);

  const element = (tag: string) => {
    const declaration = declarations.get(tag);
    if (!declaration) throw new Error(`${tag} is not in the manifest (an @element tag missing from its class's JSDoc?)`);
    return declaration;
  };

  it('documents the four elements, and only them', () => {
    expect([...declarations.keys()].sort()).toEqual(Object.keys(ELEMENTS).sort());
    for (const [tag, { className }] of Object.entries(ELEMENTS)) {
      expect(element(tag)).toMatchObject({ kind: 'class', name: className, customElement: true });
      expect(element(tag).description, `${tag}'s class description`).toBeTruthy();
    }
  });

  it.each(Object.entries(ELEMENTS))('says which module registers <%s>', (tag, { className, module }) => {
    const definitions = manifest.modules.flatMap((entry) => (entry.exports ?? []).filter((item) => item.kind === 'custom-element-definition').map((item) => ({ module: entry.path, ...item })));
    expect(definitions.filter((definition) => definition.name === tag)).toEqual([
      { module, kind: 'custom-element-definition', name: tag, declaration: { name: className, module: expect.stringMatching(/\.ts$/) } },
    ]);
  });

  it.each(Object.entries(ELEMENTS))('<%s>: attributes, with their attribute names and descriptions', (tag, expected) => {
    const { attributes = [] } = element(tag);
    const byName = Object.fromEntries(attributes.map((attribute) => [attribute.name, attribute.fieldName]));
    expect(byName).toEqual({ ...expected.attributes, ...BASE_ATTRIBUTES });
    expect(undocumented(attributes), 'attributes without a JSDoc description').toEqual([]);
  });

  it.each(Object.entries(ELEMENTS))('<%s>: properties, each documented, private ones left out', (tag, expected) => {
    const { members = [] } = element(tag);
    const fields = members.filter((member) => member.kind === 'field');
    // Every attribute's property, and `now` (a property only).
    for (const [attribute, property] of Object.entries({ ...expected.attributes, ...BASE_ATTRIBUTES })) {
      expect(fields.find((field) => field.name === property)?.attribute, `${tag}.${property}`).toBe(attribute);
    }
    expect(fields.find((field) => field.name === 'now')).toMatchObject({ inheritedFrom: { name: 'GovtechElement' } });
    expect(fields.find((field) => field.name === 'now')?.attribute).toBeUndefined();
    expect(undocumented(members), 'public properties and methods without a JSDoc description').toEqual([]);
    expect(members.filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#'))).toEqual([]);
  });

  it.each(Object.entries(ELEMENTS))('<%s>: events (its own and govtech-error), documented', (tag, expected) => {
    const { events = [] } = element(tag);
    expect(names(events)).toEqual([...expected.events, 'govtech-error'].sort());
    // An event dispatched in the code but missing from @fires is listed without a description.
    expect(undocumented(events), 'events without an @fires description').toEqual([]);
  });

  it.each(Object.entries(ELEMENTS))('<%s>: CSS parts, documented', (tag, expected) => {
    const { cssParts = [] } = element(tag);
    expect(names(cssParts)).toEqual([...expected.parts, ...BASE_PARTS].sort());
    expect(undocumented(cssParts), 'parts without a description').toEqual([]);
    // Two tags on one JSDoc line are read as one, with the second in the first's description.
    expect(cssParts.filter((part) => part.description?.includes('@'))).toEqual([]);
  });

  it.each(Object.entries(ELEMENTS))('<%s>: the --govtech-* custom properties, documented', (tag, expected) => {
    const { cssProperties = [] } = element(tag);
    const own = 'cssProperties' in expected ? expected.cssProperties : [];
    expect(names(cssProperties)).toEqual([...CUSTOM_PROPERTIES, ...own].sort());
    expect(undocumented(cssProperties), 'custom properties without a description').toEqual([]);
  });

  it.each(Object.entries(ELEMENTS))('<%s>: slots, documented', (tag, expected) => {
    const { slots = [] } = element(tag);
    expect(names(slots)).toEqual([...expected.slots]);
    expect(slots.filter((slot) => !slot.description?.trim()), 'slots without a description').toEqual([]);
  });
});
