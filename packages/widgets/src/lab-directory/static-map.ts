/**
 * Map tiles' consent, one rule for the map view and a lab's details, and the details' small map: a few
 * tiles around the lab's point as plain images, with a pin drawn in SVG — no Leaflet, so opening a lab
 * downloads no map library. Part of the details' chunk (the map view takes the consent from there).
 *
 * Consent works as the stream card's: nothing comes from the tile server until the visitor accepts in a
 * map's notice, which then holds for every map on the page until it unloads, unless the site already
 * said yes (or no) through the site-consent API or the `site-consent` attribute. The details have no
 * notice of their own: before consent they give the coordinates as text and a way to the map view.
 */
import { css, html, nothing, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { numberFormat } from '@govtech-network/sdk/intl';
import type { GovLab } from '@govtech-network/sdk';
import type { Locale } from '../base/i18n.js';
import { siteConsentAttribute } from '../internal/consent-attribute.js';
import type { onSiteConsentChange, siteConsent } from '../internal/site-consent.js';

/** OpenStreetMap's standard tiles: the default `tile-url`, with its attribution and privacy policy. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export type TilesState = 'none' | 'pending' | 'on';

/** The visitor accepted the tiles in one map's notice: it holds for every map, until the page unloads. */
let accepted = false;
/** Connected hosts showing tiles or waiting for them: re-rendered when the consent changes. */
const hosts = new Set<ReactiveControllerHost>();
const watched = new WeakSet<ReactiveControllerHost>();
const rerender = () => hosts.forEach((host) => host.requestUpdate());

interface SiteConsentReader {
  readonly siteConsent: typeof siteConsent;
  readonly onSiteConsentChange: typeof onSiteConsentChange;
}
/** The site-consent API, once a map or a lab's details has it. */
let site: SiteConsentReader | undefined;

/**
 * Hands over the site-consent API (internal/site-consent.ts): the map view imports it, a lab's details
 * load it on first opening. Not imported here: a static import from the details' chunk made the CDN
 * build wrap that module (the stream card's too) in a namespace object and its runtime, one more file in
 * the stream card's first download.
 */
export function useSiteConsent(reader: SiteConsentReader): void {
  if (site) return;
  site = reader;
  reader.onSiteConsentChange(rerender);
  rerender();
}

/** Tiles: 'none' (no tile server, or the site refused), 'pending' (waiting for consent) or 'on'. */
export function tilesState(tileUrl: string | undefined, siteAnswer: string | undefined): TilesState {
  const answer = siteConsentAttribute(site?.siteConsent('map-tiles'), siteAnswer);
  if (tileUrl?.trim() === 'none' || answer === false) return 'none';
  return accepted || answer === true ? 'on' : 'pending';
}

/** The visitor accepted in a map's notice: every watching host re-renders with its tiles. */
export function acceptTiles(): void {
  accepted = true;
  rerender();
}

/** Re-renders `host` whenever the tiles' consent changes (the site's answer, or the visitor's in any map). */
export function watchTiles(host: ReactiveControllerHost): void {
  if (watched.has(host)) return;
  watched.add(host);
  // Lit calls hostConnected at once when the host is already connected.
  host.addController({ hostConnected: () => hosts.add(host), hostDisconnected: () => hosts.delete(host) });
}

/** The tile server's host name for the notice ("tiles.example.org"), from a URL template. */
export function tileHost(template: string): string {
  try {
    return new URL(template.replace(/\{s\}\./, '').replace(/[{}]/g, ''), location.href).host;
  } catch {
    return template;
  }
}

/** The attribution under a map: the site's text, else OpenStreetMap's with its link for its tiles. */
export function tileCredit(template: string, attribution: string | undefined): TemplateResult | string | typeof nothing {
  if (attribution) return attribution;
  return template === OSM_TILES
    ? html`© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap</a>`
    : nothing;
}

const TILE = 256;
/** The small map's zoom: a town and its surroundings. */
export const SMALL_MAP_ZOOM = 13;
/** Tiles across and down: they cover 256 px on each side of the point, and 128 px above and below it. */
const COLUMNS = 3;
const ROWS = 2;

export interface TilesAround {
  /** Row by row, `COLUMNS` a row; undefined where the world ends (above the north, below the south). */
  readonly tiles: ReadonlyArray<string | undefined>;
  /** The point, in pixels from the first tile's top left corner. */
  readonly x: number;
  readonly y: number;
}

/** The Web Mercator tiles around a point at `zoom`, from a `{z}/{x}/{y}` template (`{s}`: the first server). */
export function tilesAround(template: string, lat: number, lng: number, zoom = SMALL_MAP_ZOOM): TilesAround {
  const count = 2 ** zoom;
  const sin = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
  const px = ((lng + 180) / 360) * count * TILE;
  const py = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * count * TILE;
  const firstX = Math.floor(px / TILE) - 1;
  const firstY = Math.floor((py - TILE / 2) / TILE);
  const tiles = Array.from({ length: COLUMNS * ROWS }, (_, index) => {
    const y = firstY + Math.floor(index / COLUMNS);
    // Across the antimeridian the world repeats; above and below it does not.
    const x = (((firstX + (index % COLUMNS)) % count) + count) % count;
    return y < 0 || y >= count ? undefined : template.replace('{s}', 'a').replace('{z}', String(zoom)).replace('{x}', String(x)).replace('{y}', String(y)).replace('{r}', '');
  });
  return { tiles, x: px - firstX * TILE, y: py - firstY * TILE };
}

interface SmallMapMessages {
  /** The map's text alternative: where the lab is. */
  map: (place: string) => string;
  coordinates: (lat: string, lng: string) => string;
  showOnMap: string;
}

/** The small map's words: in the details' chunk, so the list's first download carries none of them. */
export const smallMapMessages: Record<Locale, SmallMapMessages> = {
  es: {
    map: (place) => `Mapa de la ubicación: ${place}`,
    coordinates: (lat, lng) => `Coordenadas: ${lat}, ${lng}`,
    showOnMap: 'Ver en el mapa',
  },
  pt: {
    map: (place) => `Mapa da localização: ${place}`,
    coordinates: (lat, lng) => `Coordenadas: ${lat}, ${lng}`,
    showOnMap: 'Ver no mapa',
  },
  en: {
    map: (place) => `Map of the location: ${place}`,
    coordinates: (lat, lng) => `Coordinates: ${lat}, ${lng}`,
    showOnMap: 'Show on the map',
  },
};

export interface SmallMapInput {
  readonly lab: GovLab;
  readonly language: Locale;
  readonly locale: string;
  readonly tileUrl: string | undefined;
  readonly tileAttribution: string | undefined;
  readonly siteAnswer: string | undefined;
  /** Switches to the map view, on this lab; undefined when the directory has no map view. */
  readonly showOnMap: (() => void) | undefined;
}

/**
 * A lab's place in its details: with tiles (after consent), a small map centred on it, its text
 * alternative the lab's city and coordinates; without, the coordinates as text. Then, when the directory
 * has a map view, a button to it. Nothing for a lab without coordinates.
 */
export function smallMap({ lab, language, locale, tileUrl, tileAttribution, siteAnswer, showOnMap }: SmallMapInput): TemplateResult | typeof nothing {
  if (!lab.coordinates) return nothing;
  const m = smallMapMessages[language];
  const degrees = (value: number) => numberFormat(locale, { maximumFractionDigits: 4 }).format(value);
  const { lat, lng } = lab.coordinates;
  const coordinates = m.coordinates(degrees(lat), degrees(lng));
  const template = tileUrl || OSM_TILES;
  let map: TemplateResult | typeof nothing = nothing;
  if (tilesState(tileUrl, siteAnswer) === 'on') {
    const { tiles, x, y } = tilesAround(template, lat, lng);
    const place = [...new Set([lab.city, lab.region, lab.country].filter(Boolean))].join(', ');
    // The tiles are decorative (alt=""): the group's name says where the lab is. The offset is set
    // through the CSSOM (a property, not a style attribute), which a strict CSP allows.
    map = html`<div class="lab-map" part="lab-map">
      <div class="lab-map-view" role="img" aria-label=${m.map(`${place} (${coordinates})`)}>
        <div class="lab-map-tiles" .style=${`transform: translate(${-x}px, ${-y}px)`}>
          ${tiles.map((src) => (src ? html`<img src=${src} alt="" width="256" height="256" decoding="async" />` : html`<span></span>`))}
        </div>
        <svg class="lab-map-pin" viewBox="0 0 24 32" aria-hidden="true"><path d="M12 31s10-11.6 10-19A10 10 0 0 0 2 12c0 7.4 10 19 10 19z" /><circle cx="12" cy="12" r="4" /></svg>
      </div>
      <p class="lab-map-credit">${tileCredit(template, tileAttribution)}</p>
    </div>`;
  }
  return html`${map}
    <p class="meta lab-place">
      ${map === nothing ? html`<span>${coordinates}</span>` : nothing}
      ${showOnMap ? html`<button class="link" type="button" @click=${showOnMap}>${m.showOnMap}</button>` : nothing}
    </p>`;
}

/** The small map's styles, adopted into the directory's shadow root with the details' code. */
export const smallMapStyles: CSSResult = css`
  .lab-map {
    margin-block-start: 0.5em;
    max-width: 32em;
  }
  .lab-map-view {
    position: relative;
    overflow: hidden;
    height: 10em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    background: #e5e3df;
  }
  /* The tiles' top left corner is moved so that the lab's point is the box's centre, whatever its width. */
  .lab-map-tiles {
    position: absolute;
    inset-block-start: 50%;
    left: 50%;
    display: grid;
    grid-template-columns: repeat(3, 256px);
    grid-auto-rows: 256px;
  }
  .lab-map-tiles img {
    display: block;
    max-width: none;
  }
  .lab-map-pin {
    position: absolute;
    left: 50%;
    inset-block-start: 50%;
    width: 1.5em;
    height: 2em;
    transform: translate(-50%, -100%);
    fill: #c0392b;
    stroke: #fff;
    stroke-width: 1.5;
  }
  .lab-map-pin circle {
    fill: #fff;
    stroke: none;
  }
  .lab-map-credit {
    margin: 0.1em 0 0;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .lab-place {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
  }
`;
