/**
 * A lab's details, disclosed under its name (in the list, and in the map's list by region): its
 * description (the feed's safe Markdown), the rest of its fields and, when it has coordinates, a small map
 * (static-map.ts: tiles after consent, else the coordinates) with a way to the map view. Loaded on the
 * first opening, so neither the Markdown renderer nor the small map is in the directory's first download.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { GovLab } from '@govtech-network/sdk';
import type { Locale } from '../base/i18n.js';
import type { DirectoryMessages } from './messages.js';
import { renderMarkdown } from '../base/markdown.js';
import { smallMap, smallMapStyles, useSiteConsent, watchTiles } from './static-map.js';

// The map view takes the tiles' consent from here: one rule, one copy, in a chunk it loads anyway (the
// labs it lists open these details).
export { acceptTiles, OSM_TILES, tileCredit, tileHost, tilesState, useSiteConsent, watchTiles, type TilesState } from './static-map.js';

/** What the details read of the directory: its words' language and its map attributes. */
export interface DetailsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  view: string;
  readonly views: string | undefined;
  readonly tileUrl: string | undefined;
  readonly tileAttribution: string | undefined;
  readonly siteAnswer: string | undefined;
}

/** A lab the details' "show on the map" asked the map view to show, by directory; taken once by the map view. */
const mapFocus = new WeakMap<object, GovLab>();

/** The lab the map view should show and focus (from a "show on the map"), once. */
export function takeMapFocus(host: object): GovLab | undefined {
  const lab = mapFocus.get(host);
  mapFocus.delete(host);
  return lab;
}

/** The details' styles, adopted with their code: the list's first download carries none of them. */
const detailsStyles = css`
  .details > :first-child {
    margin-block-start: 0.5em;
  }
  .description {
    font-size: 0.9em;
  }
  .description > * {
    margin: 0.25em 0 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.25em 0 0;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  ${smallMapStyles}
`;

const styled = new WeakSet<DetailsHost>();

export function labDetails(
  lab: GovLab,
  networkNames: ReadonlyMap<string, string>,
  m: DirectoryMessages,
  host: DetailsHost,
  /** The directory's Intl locale: its language's tag, with the visitor's region when it matches. */
  locale: string,
): TemplateResult {
  const language = locale.slice(0, 2) as Locale;
  if (!styled.has(host)) {
    styled.add(host);
    // As the map view adopts its own (internal/lazy-styles.ts is the calendar's first download: importing
    // it here would make it a chunk of its own, one more request for the calendar).
    const root = host.renderRoot as ShadowRoot;
    if (detailsStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, detailsStyles.styleSheet];
    watchTiles(host);
    // Named, as the stream card's: the CDN build then keeps only what the two use in the site-consent
    // chunk (not the stories' and the embed's helpers).
    void import('../internal/site-consent.js').then(({ siteConsent, onSiteConsentChange }) => useSiteConsent({ siteConsent, onSiteConsentChange }));
  }
  const withMap = host.view !== 'map' && !!host.views?.split(',').some((view) => view.trim() === 'map');
  const more = lab.description || lab.networks?.length || lab.founded || lab.website || lab.email;
  // The feed's schema lets only http(s) websites and plain addresses through; the checks here keep a
  // link that is not one of those from ever becoming an href.
  const website = lab.website && /^https?:\/\//i.test(lab.website) ? lab.website : undefined;
  const email = lab.email && !/[\s:/?#]/.test(lab.email) ? lab.email : undefined;
  return html`${lab.description ? html`<div class="description">${renderMarkdown(lab.description)}</div>` : nothing}
    ${lab.networks?.length ? html`<p class="meta">${lab.networks.map((id) => networkNames.get(id) ?? id).join(' · ')}</p>` : nothing}
    ${lab.founded ? html`<p class="meta">${m.founded(lab.founded)}</p>` : nothing}
    ${website || email
      ? html`<p class="links">
          ${website ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${m.website}</a>` : nothing}
          ${email ? html`<a href="mailto:${email}">${email}</a>` : nothing}
        </p>`
      : nothing}
    ${smallMap({
      lab,
      language,
      locale,
      tileUrl: host.tileUrl,
      tileAttribution: host.tileAttribution,
      siteAnswer: host.siteAnswer,
      showOnMap: withMap
        ? () => {
            mapFocus.set(host, lab);
            host.view = 'map';
          }
        : undefined,
    })}
    ${more || lab.coordinates ? nothing : html`<p class="meta">${m.noDetails}</p>`}`;
}
