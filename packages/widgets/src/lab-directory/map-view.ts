/**
 * The directory's map view, loaded when it is first shown: the map (tiles only after consent) and,
 * beside it, the same labs as a list by region — the keyboard's and screen readers' way through them,
 * and the whole view when a site has no tiles (`tile-url="none"`, or it refused them for its visitors).
 *
 * Consent works as the stream card's: nothing comes from the tile server until the visitor accepts in
 * the notice, which then holds for every map on the page, unless the site already said yes (or no)
 * through the site-consent API (the rule lives in static-map.ts, shared with a lab's small map, and comes
 * through the details' chunk). Leaflet itself is a chunk of its own, fetched only once tiles may load.
 */
import { html, nothing, render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { GovLab } from '@govtech-network/sdk';
import { collator, numberFormat } from '@govtech-network/sdk/intl';
import type { Locale } from '../base/i18n.js';
import { consentNotice, consentNoticeStyles } from '../internal/consent-notice.js';
import { onSiteConsentChange, siteConsent } from '../internal/site-consent.js';
import { acceptTiles, OSM_TILES, takeMapFocus, tileCredit, tileHost, tilesState, useSiteConsent, watchTiles, type DetailsHost } from './details.js';
import type { LabsMap } from './leaflet-map.js';
import { mapMessages } from './map-messages.js';
import { mapStyles } from './map.styles.js';

const OSM_PRIVACY = 'https://osmfoundation.org/wiki/Privacy_Policy';

/** What the directory hands the view on each render. */
export interface MapViewInput {
  /** The labs found, in the directory's order (its sort). */
  readonly labs: readonly GovLab[];
  readonly language: Locale;
  readonly locale: string;
  /** `aria-level` of the regions' headings. */
  readonly headingLevel: number;
  /** A lab in the list by region: the directory's own card, with its details disclosure. */
  readonly sectorName: (lab: GovLab) => string;
  readonly renderLab: (lab: GovLab) => TemplateResult;
  /** Opens a lab's details (from its popup). */
  readonly openLab: (lab: GovLab) => void;
}

/** The directory, as the view sees it: its map attributes are read from it, as a lab's details do. */
type MapHost = ReactiveControllerHost & Pick<DetailsHost, 'renderRoot' | 'tileUrl' | 'tileAttribution' | 'siteAnswer'>;

interface Region {
  readonly name: string;
  readonly labs: GovLab[];
}

export class MapView implements ReactiveController {
  readonly #host: MapHost;
  readonly #container = createRef<HTMLDivElement>();
  #input: MapViewInput | undefined;
  #map: LabsMap | undefined;
  #loading = false;
  /** A lab to put in the middle of the map once it is drawn (a details' "show on the map"). */
  #centre: GovLab | undefined;
  /** Regions whose labs are listed (their disclosure is open). */
  #open = new Set<string>();
  #regionsFor: { labs: readonly GovLab[]; locale: string; regions: Region[] } | undefined;

  constructor(host: MapHost) {
    this.#host = host;
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    const sheets = [consentNoticeStyles, mapStyles].flatMap((styles) => styles.styleSheet ?? []);
    if (root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => !sheets.includes(sheet)), ...sheets];
    useSiteConsent({ siteConsent, onSiteConsentChange });
    watchTiles(host);
  }

  hostDisconnected(): void {
    this.#map?.destroy();
    this.#map = undefined;
  }

  render(input: MapViewInput): TemplateResult {
    this.#input = input;
    const m = mapMessages[input.language];
    const { tileUrl, tileAttribution, siteAnswer } = this.#host;
    const tiles = tilesState(tileUrl, siteAnswer);
    const url = tileUrl || OSM_TILES;
    const placed = input.labs.filter((lab) => lab.coordinates).length;
    const unplaced = input.labs.length - placed;
    let box: TemplateResult | typeof nothing = nothing;
    if (tiles === 'pending') {
      box = html`<div class="consent map-consent" part="map-consent">${consentNotice({
        text: m.consent(url === OSM_TILES ? 'OpenStreetMap' : tileHost(url)),
        privacy: url === OSM_TILES ? { href: OSM_PRIVACY, label: m.privacy } : undefined,
        accept: m.accept,
        onAccept: acceptTiles,
      })}</div>`;
    } else if (tiles === 'on') {
      box = html`<div class="map" ${ref(this.#container)} role="region" aria-label=${m.map}></div>
        <div class="map-zoom">
          <button class="button" type="button" aria-label=${m.zoomIn} @click=${() => this.#map?.zoom(1)}>+</button>
          <button class="button" type="button" aria-label=${m.zoomOut} @click=${() => this.#map?.zoom(-1)}>−</button>
        </div>
        <p class="map-attribution">${tileCredit(url, tileAttribution)}</p>`;
    }
    const number = (value: number) => numberFormat(input.locale).format(value);
    return html`<div class="map-view ${tiles === 'none' ? 'no-tiles' : ''}">
      ${tiles === 'none' ? nothing : html`<div class="map-box" part="map">${box}</div>`}
      <div class="regions" part="regions" role="region" aria-label=${m.byRegion}>
        ${this.#regions(input).map(
          (region) => html`<details .open=${this.#open.has(region.name)} @toggle=${(e: Event) => this.#toggle(region.name, (e.target as HTMLDetailsElement).open)}>
            <summary><span role="heading" aria-level=${input.headingLevel}>${region.name} (${number(region.labs.length)})</span></summary>
            ${this.#open.has(region.name) ? html`<ul class="results">${region.labs.map(input.renderLab)}</ul>` : nothing}
          </details>`,
        )}
        ${tiles !== 'none' && unplaced ? html`<p class="meta">${m.unplaced(number(unplaced))}</p>` : nothing}
      </div>
    </div>`;
  }

  /** After each render: the map drawn into its container (its code loaded the first time), with the labs of now. */
  hostUpdated(): void {
    const focus = takeMapFocus(this.#host);
    if (focus) {
      this.#centre = focus;
      void this.#reveal(focus);
    }
    const container = this.#container.value;
    const input = this.#input;
    if (!container?.isConnected || !input) {
      if (this.#map && !container?.isConnected) {
        this.#map.destroy();
        this.#map = undefined;
      }
      return;
    }
    if (this.#map) {
      this.#map.setLabs(input.labs);
      this.#showCentre();
      return;
    }
    if (this.#loading) return;
    this.#loading = true;
    void import('./leaflet-map.js').then(({ LabsMap }) => {
      this.#loading = false;
      const now = this.#container.value;
      const current = this.#input;
      if (!now?.isConnected || !current || this.#map) return;
      const m = mapMessages[current.language];
      this.#map = new LabsMap(now, {
        tileUrl: this.#host.tileUrl || OSM_TILES,
        clusterLabel: (count) => m.cluster(numberFormat(current.locale).format(count)),
        popup: (lab) => this.#popup(lab),
      });
      this.#map.setLabs(current.labs);
      this.#showCentre();
    });
  }

  #showCentre(): void {
    if (this.#centre) this.#map?.show(this.#centre);
    this.#centre = undefined;
  }

  /**
   * The labs grouped by region (else city, else country): regions in the language's order, each region's
   * labs in the directory's (already sorted: a keystroke does not sort 5,000 labs twice).
   */
  #regions(input: MapViewInput): Region[] {
    const cached = this.#regionsFor;
    if (cached && cached.labs === input.labs && cached.locale === input.locale) return cached.regions;
    const byName = new Map<string, GovLab[]>();
    for (const lab of input.labs) {
      const name = lab.region ?? lab.city ?? lab.country;
      const list = byName.get(name);
      if (list) list.push(lab);
      else byName.set(name, [lab]);
    }
    const compare = collator(input.locale, { numeric: true, sensitivity: 'base' }).compare;
    const regions = [...byName].map(([name, labs]) => ({ name, labs })).sort((a, b) => compare(a.name, b.name));
    this.#regionsFor = { labs: input.labs, locale: input.locale, regions };
    return regions;
  }

  #toggle(region: string, open: boolean): void {
    if (open === this.#open.has(region)) return;
    const next = new Set(this.#open);
    if (open) next.add(region);
    else next.delete(region);
    this.#open = next;
    this.#host.requestUpdate();
  }

  /** A marker's popup: name, city, sector, and a button to the lab's details in the list by region. */
  #popup(lab: GovLab): HTMLElement {
    const input = this.#input!;
    const m = mapMessages[input.language];
    const element = document.createElement('div');
    const place = [lab.city, input.sectorName(lab)].filter(Boolean).join(' · ');
    render(
      html`<p class="popup-name">${lab.name}</p>
        <p class="popup-meta">${place}</p>
        <button class="button" type="button" @click=${() => void this.#reveal(lab)}>${m.details}</button>`,
      element,
    );
    return element;
  }

  /** Opens the lab's region and its details, and moves the focus to its name there. */
  async #reveal(lab: GovLab): Promise<void> {
    this.#toggle(lab.region ?? lab.city ?? lab.country, true);
    this.#input?.openLab(lab);
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    root.querySelector<HTMLElement>(`.regions [aria-controls="lab-${CSS.escape(lab.id)}"]`)?.focus();
  }
}
