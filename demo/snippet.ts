// The embed snippet of the configurator, as pure functions (no DOM): which attributes and custom
// properties an element gets, and the HTML a webmaster pastes. The live preview applies the same
// `elementAttributes` and `elementStyle`, so what is previewed is what is copied.

export type WidgetName = 'event-calendar' | 'panel-countdown' | 'lab-directory' | 'stream-card';

export interface WidgetSpec {
  /** The custom element's tag name. */
  readonly tag: string;
  /** Name shown in the configurator (Spanish). */
  readonly label: string;
  /** Attribute order in the snippet; attributes not listed come after, in the order given. */
  readonly order: readonly string[];
  /** Attribute values the element uses when the attribute is absent: left out of the snippet. */
  readonly defaults: Readonly<Record<string, string>>;
}

const COMMON_ORDER = ['locale', 'time-zone', 'theme', 'heading-level'];

export const WIDGETS: Readonly<Record<WidgetName, WidgetSpec>> = {
  'event-calendar': {
    tag: 'govtech-event-calendar',
    label: 'Calendario de eventos',
    order: ['src', 'view', 'date', 'first-day', 'kinds', 'topics', 'country', 'network', 'filters', 'max-events-per-day', 'seo', ...COMMON_ORDER],
    defaults: { 'max-events-per-day': '3' },
  },
  'panel-countdown': {
    tag: 'govtech-panel-countdown',
    label: 'Cuenta regresiva del próximo panel',
    order: ['src', 'kind', 'event-id', 'layout', 'follow', 'server-time', ...COMMON_ORDER],
    defaults: { kind: 'panel', layout: 'card' },
  },
  'lab-directory': {
    tag: 'govtech-lab-directory',
    label: 'Directorio de laboratorios',
    order: ['src', 'layout', 'country', 'region', 'city', 'sector', 'focus', 'network', 'sort', 'page-size', 'sync-url', 'view', 'views', 'tile-url', 'tile-attribution', ...COMMON_ORDER],
    defaults: { layout: 'grid', 'page-size': '24', sort: 'name', view: 'list' },
  },
  'stream-card': {
    tag: 'govtech-stream-card',
    label: 'Tarjeta de transmisión',
    order: ['src', 'stream-id', 'video-id', 'title', 'channel', 'date', 'status', 'poster', 'start', 'playlist', 'consent', ...COMMON_ORDER],
    defaults: {},
  },
};

export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

/** Where the published CDN build of one widget lives (see scripts/build-cdn.mjs for the file names). */
export const cdnUrl = (widget: WidgetName): string => `https://cdn.jsdelivr.net/npm/@govtech-network/widgets@0/dist/cdn/${widget}.js`;

/** The theme custom properties the configurator sets, with the values the widgets use by default (light). */
export const DEFAULT_STYLE: Readonly<Record<string, readonly string[]>> = {
  '--govtech-color-accent': ['#0b5cad'],
  '--govtech-color-background': ['#ffffff', '#fff'],
  '--govtech-color-text': ['#1b1f24'],
  '--govtech-radius': ['0.5rem', '8px'],
};

export interface EmbedOptions {
  /** Attribute values by name: a string, or true for a boolean attribute; '', false and undefined leave it out. */
  readonly attributes?: Readonly<Record<string, string | boolean | undefined>>;
  /** `--govtech-*` custom properties by name; left out when empty or equal to the widget's default. */
  readonly style?: Readonly<Record<string, string | undefined>>;
  /** Light-DOM content for visitors without JavaScript (the stream card's link to the video). */
  readonly fallbackLink?: { readonly href: string; readonly text: string } | undefined;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const CUSTOM_PROPERTY = /^--govtech-[a-z0-9-]+$/;
/** Values a colour or length input can produce; anything else (a `;`, braces, quotes) is left out. */
const SAFE_CSS_VALUE = /^[#a-zA-Z0-9.,%() -]+$/;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` escaped for HTML text and double- or single-quoted attribute values. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/** The element's attributes, in snippet order, without defaults and empty values (`true`: a boolean attribute). */
export function elementAttributes(widget: WidgetName, options: EmbedOptions = {}): Array<[string, string | true]> {
  const spec = WIDGETS[widget];
  const entries: Array<[string, string | true]> = [];
  for (const [name, raw] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name) || raw === undefined || raw === false) continue;
    const value = raw === true ? true : raw.trim();
    if (value === '' || value === spec.defaults[name]) continue;
    entries.push([name, value]);
  }
  const rank = (name: string) => {
    const index = spec.order.indexOf(name);
    return index === -1 ? spec.order.length : index;
  };
  // Array.prototype.sort is stable: unlisted attributes keep the order they were given in.
  return entries.sort(([a], [b]) => rank(a) - rank(b));
}

/** The custom properties that differ from the defaults, in the order given. */
export function elementStyle(options: EmbedOptions = {}): Array<[string, string]> {
  const declarations: Array<[string, string]> = [];
  for (const [name, raw] of Object.entries(options.style ?? {})) {
    const value = raw?.trim().toLowerCase();
    if (!CUSTOM_PROPERTY.test(name) || !value || !SAFE_CSS_VALUE.test(value)) continue;
    if (DEFAULT_STYLE[name]?.includes(value)) continue;
    declarations.push([name, value]);
  }
  return declarations;
}

/** The `style` attribute's text for those custom properties ('' when none). */
export const styleText = (declarations: ReadonlyArray<[string, string]>): string => declarations.map(([name, value]) => `${name}: ${value}`).join('; ');

/** Longest element start tag kept on one line; longer ones get one attribute per line. */
const LINE_LENGTH = 100;

/**
 * The snippet for a page: the CDN script tag and the element. Every value is HTML-escaped; attributes
 * at their defaults are left out, and so are colours equal to the widget's own.
 */
export function buildSnippet(widget: WidgetName, options: EmbedOptions = {}): string {
  const { tag } = WIDGETS[widget];
  const parts = elementAttributes(widget, options).map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`));
  const style = styleText(elementStyle(options));
  if (style) parts.push(`style="${escapeHtml(style)}"`);
  const oneLine = `<${[tag, ...parts].join(' ')}>`;
  const startTag = oneLine.length <= LINE_LENGTH || parts.length < 2 ? oneLine : `<${tag}\n${parts.map((part) => `  ${part}`).join('\n')}\n>`;
  const link = options.fallbackLink;
  const content = link ? `\n  <a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>\n` : '';
  return `<script type="module" src="${cdnUrl(widget)}"></script>\n${startTag}${content}</${tag}>`;
}

/** Attributes an embed page leaves out (packages/widgets/src/embed/params.ts, NOT_IN_EMBED): no use in an iframe. */
const NOT_IN_IFRAME = new Set(['seo', 'sync-url']);

/** Heights without the resizer: the widget's usual content at a desktop width, so most visitors see it without scrolling inside. */
export const IFRAME_HEIGHT: Readonly<Record<WidgetName, number>> = {
  'event-calendar': 760,
  'panel-countdown': 320,
  'lab-directory': 900,
  'stream-card': 480,
};

export interface IframeOptions {
  /** The embed page: the publisher's copy of the widgets' dist/iframe/index.html. */
  readonly page: string;
  /** Adds `govtech-embed.js` (beside the page), which sizes the iframe to its content. */
  readonly resizer: boolean;
}

/** The embed page's address for the widget and its attributes (`page` must be an absolute URL). */
export function iframeUrl(widget: WidgetName, options: EmbedOptions, page: string): string {
  const url = new URL(page);
  url.search = '';
  url.searchParams.set('widget', widget);
  for (const [name, value] of elementAttributes(widget, options)) {
    if (!NOT_IN_IFRAME.has(name)) url.searchParams.set(name, value === true ? '' : value);
  }
  return url.href;
}

/**
 * The snippet for a CMS that keeps only iframes: the iframe (a title for screen readers, full width, a
 * fixed height it scrolls inside) and, when `resizer`, the script that sizes it to its content instead.
 * Colours are not carried over: they style the element, which is inside the embed page.
 */
export function buildIframeSnippet(widget: WidgetName, options: EmbedOptions, iframe: IframeOptions): string {
  const player = widget === 'stream-card' ? ['allow="autoplay; encrypted-media; fullscreen; picture-in-picture"'] : [];
  const parts = [
    `src="${escapeHtml(iframeUrl(widget, options, iframe.page))}"`,
    `title="${escapeHtml(WIDGETS[widget].label)}"`,
    'width="100%"',
    `height="${IFRAME_HEIGHT[widget]}"`,
    'style="border: 0; width: 100%"',
    'loading="lazy"',
    ...player,
  ];
  const tag = `<iframe\n${parts.map((part) => `  ${part}`).join('\n')}\n></iframe>`;
  if (!iframe.resizer) return tag;
  return `${tag}\n<script src="${escapeHtml(new URL('govtech-embed.js', iframe.page).href)}" async></script>`;
}
