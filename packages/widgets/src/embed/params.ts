/**
 * The embed page's query string → one widget and its attributes, as pure data (no DOM). Each widget has a
 * hand-written allow-list of its documented attributes (custom-elements.json is generated at build time,
 * so it cannot be read here; tests/node checks that every name below is in it), each with a validator.
 * A parameter that is unknown, not available in an iframe, repeated or invalid is left out and reported
 * (name and reason: the value never reaches the page). Values go into `setAttribute` only, never HTML.
 */
import { isTimeZone } from '@govtech-network/sdk/time-zone';
import { httpUrl } from '../stream-card/youtube.js';

/** The widgets an embed page can show: the `widget` parameter. */
export const EMBED_WIDGETS = ['event-calendar', 'panel-countdown', 'lab-directory', 'stream-card'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/** A value as the attribute should get it, or undefined when it is not acceptable. */
type Validator = (value: string) => string | undefined;

/** A query string longer than this is refused whole (error state): nothing legitimate comes near it. */
export const MAX_QUERY_LENGTH = 4096;

/** C0 controls and DEL: no attribute value of ours holds one. */
const CONTROL = /\p{Cc}/u;

const text =
  (max: number): Validator =>
  (value) =>
    value.length > 0 && value.length <= max && !CONTROL.test(value) ? value : undefined;
const pattern =
  (regex: RegExp): Validator =>
  (value) =>
    regex.test(value) ? value : undefined;
const oneOf = (...values: string[]): Validator => pattern(new RegExp(`^(?:${values.join('|')})$`));
const integer =
  (min: number, max: number): Validator =>
  (value) =>
    /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max ? String(Number(value)) : undefined;
/** A boolean attribute: present with '', 1 or true; anything else is invalid (absent is how to say false). */
const flag: Validator = (value) => (['', '1', 'true'].includes(value) ? '' : undefined);
/** An address the widget may fetch or show: http(s) only, absolute or relative to the embed page. */
const httpAddress =
  (base: string): Validator =>
  (value) =>
    value.length > 2048 || CONTROL.test(value) ? undefined : httpUrl(value, base);
/** An IANA zone the widgets honour (the base's `isTimeZone`), in the characters zone names use. */
const timeZone: Validator = (value) => (/^[A-Za-z][A-Za-z0-9_+/-]{0,63}$/.test(value) && isTimeZone(value) ? value : undefined);
/**
 * The map's tile address: `none`, or an http(s) template with {z}, {x}, {y} (kept as written: a URL
 * parser would escape the braces).
 */
const tileUrl: Validator = (value) =>
  value === 'none' || (/^https?:\/\/[^\s"'<>\\`]{1,500}$/.test(value) && ['{z}', '{x}', '{y}'].every((part) => value.includes(part))) ? value : undefined;
/** A feed id (the SDK's `Id`). */
const id = pattern(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
/** A comma-separated list of filter values (kinds, countries, topics, sectors…). */
const list = pattern(/^[\p{L}\p{N} ._:,'-]{1,300}$/u);

type AllowList = Readonly<Record<string, (base: string) => Validator>>;
const plain = (validator: Validator) => () => validator;

const COMMON: AllowList = {
  src: httpAddress,
  locale: plain(oneOf('es', 'pt', 'en')),
  theme: plain(oneOf('light', 'dark', 'auto')),
  'time-zone': plain(timeZone),
  'heading-level': plain(integer(1, 6)),
};

export const EMBED_ATTRIBUTES: Readonly<Record<EmbedWidget, AllowList>> = {
  'event-calendar': {
    ...COMMON,
    view: plain(oneOf('month', 'list', 'upcoming')),
    date: plain(pattern(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/)),
    'first-day': plain(integer(1, 7)),
    kinds: plain(list),
    topics: plain(list),
    country: plain(list),
    network: plain(list),
    filters: plain(flag),
    'max-events-per-day': plain(integer(1, 20)),
    search: plain(flag),
    subscribe: plain(flag),
    limit: plain(integer(1, 50)),
    days: plain(integer(1, 3650)),
    'more-href': httpAddress,
    'color-by': plain(oneOf('kind', 'network')),
  },
  'panel-countdown': {
    ...COMMON,
    kind: plain(oneOf('meeting', 'panel', 'workshop', 'conference', 'webinar', 'other')),
    'event-id': plain(id),
    follow: plain(flag),
    layout: plain(oneOf('badge', 'card', 'hero')),
    'server-time': plain(flag),
  },
  'lab-directory': {
    ...COMMON,
    sector: plain(list),
    country: plain(list),
    region: plain(list),
    city: plain(list),
    focus: plain(list),
    network: plain(list),
    layout: plain(oneOf('grid', 'list')),
    'page-size': plain(integer(1, 200)),
    sort: plain(oneOf('name', 'city', 'founded')),
    q: plain(text(200)),
    view: plain(oneOf('list', 'map')),
    views: plain(oneOf('list,map', 'map,list')),
    'tile-url': plain(tileUrl),
    'tile-attribution': plain(text(300)),
    'site-consent': plain(oneOf('granted', 'denied')),
  },
  'stream-card': {
    ...COMMON,
    'video-id': plain(pattern(/^[A-Za-z0-9_-]{11}$/)),
    title: plain(text(300)),
    'stream-id': plain(id),
    poster: httpAddress,
    channel: plain(text(200)),
    date: plain((value) => (value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : undefined)),
    status: plain(oneOf('upcoming', 'live', 'ended')),
    start: plain(integer(0, 86_400)),
    playlist: plain(pattern(/^[A-Za-z0-9_-]{1,64}$/)),
    consent: plain(flag),
    'site-consent': plain(oneOf('granted', 'denied')),
  },
};

/** Documented attributes an iframe cannot use, and why (said in the console). */
export const NOT_IN_EMBED: Readonly<Record<string, string>> = {
  'sync-url': 'it would write the address of the embed page, which the visitor never sees',
  seo: "search engines read the host page, not the embedded one: use the script embed for JSON-LD",
};

export interface EmbedRequest {
  /** The widget to show; undefined when the query does not name one that exists (the page's error state). */
  readonly widget: EmbedWidget | undefined;
  /** Attributes to set, validated and normalised. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** Why each left-out parameter was left out, for the console (names truncated; values never included). */
  readonly problems: readonly string[];
}

const named = (name: string) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);

/** Reads `search` (location.search) for the embed page at `base` (location.href). */
export function readEmbedQuery(search: string, base: string): EmbedRequest {
  if (search.length > MAX_QUERY_LENGTH) {
    return { widget: undefined, attributes: [], problems: [`the query string is longer than ${MAX_QUERY_LENGTH} characters; nothing was read`] };
  }
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const requested = params.get('widget') ?? '';
  const widget = (EMBED_WIDGETS as readonly string[]).includes(requested) ? (requested as EmbedWidget) : undefined;
  if (!widget) problems.push(`"widget" must be one of ${EMBED_WIDGETS.join(', ')}`);
  const allowed = widget ? EMBED_ATTRIBUTES[widget] : {};
  const attributes: Array<[string, string]> = [];
  const seen = new Set<string>(['widget']);
  for (const [name, value] of params) {
    if (seen.has(name)) {
      if (name !== 'widget' || value !== requested) problems.push(`${named(name)} is repeated: the first one counts`);
      continue;
    }
    seen.add(name);
    if (!widget) continue;
    const validator = Object.hasOwn(allowed, name) ? allowed[name]!(base) : undefined;
    if (!validator) {
      problems.push(
        Object.hasOwn(NOT_IN_EMBED, name) ? `${named(name)} is not available in an embed: ${NOT_IN_EMBED[name]}` : `${named(name)} is not an attribute of <govtech-${widget}>`,
      );
      continue;
    }
    const valid = validator(value);
    if (valid === undefined) problems.push(`${named(name)} has a value <govtech-${widget}> does not accept`);
    else attributes.push([name, valid]);
  }
  return { widget, attributes, problems };
}
