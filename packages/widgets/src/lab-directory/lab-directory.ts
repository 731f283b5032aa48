import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { highlightRanges, normalizeText, type FacetCount, type GovLab, type LabFacetName, type LabFacets, type LabFilter } from '@govtech-network/sdk';
import { collator as intlCollator, numberFormat } from '@govtech-network/sdk/intl';
import { FeedController } from '../base/feed-controller.js';
import { GovtechElement } from '../base/govtech-element.js';
import { formControlStyles } from '../base/form-control-styles.js';
import { printStyles } from '../base/print-styles.js';
import { bone } from '../internal/bone.js';
import { parseList } from '../internal/list-attribute.js';
import type { labDetails } from './details.js';
import type { ExportFormat } from './export.js';
import { directoryStyles } from './lab-directory.styles.js';
import { directoryStrings, type DirectoryMessages } from './messages.js';
import type { MapView } from './map-view.js';
import { FACETS, SORTS, type DirectoryState, type SortKey } from './directory-state.js';
import type * as UrlStateModule from './url-state.js';

export type DirectoryView = 'list' | 'map';

interface DirectoryData {
  readonly labs: GovLab[];
  readonly facets: LabFacets;
  readonly networkNames: ReadonlyMap<string, string>;
}

/** Facet values listed before "show all". */
const FACET_PREVIEW = 6;
/** How names (and cities) are ordered: "Lab 2" before "Lab 10", accents and case aside. */
const NAME_ORDER: Intl.CollatorOptions = { numeric: true, sensitivity: 'base' };

/**
 * The skeleton's cards: bone lengths of a name and its topics, from the sample feed's first page (by name,
 * numbers as numbers), so a page of typical labs keeps its size (rows are as tall as their tallest card). A bone's x is wider than
 * an average letter: the names' lengths wrap as the names do, the topics' are shorter than the topics.
 */
const SAMPLE_PAGE = [
  [31, 20, 18], [35, 18], [35, 18], [39, 13, 20], [35, 14], [35, 20], [39, 18, 13], [34, 18],
  [40, 13], [33, 14, 18], [39, 20], [33, 18], [34, 18, 14], [36, 13], [37, 14], [40, 20, 18],
  [33, 18], [36, 18], [32, 13, 20], [36, 14], [36, 20], [39, 18, 13], [36, 18], [36, 13],
];

/**
 * A network's innovation labs: search as you type (accents and case ignored), facets with live counts
 * (a search of their own when they have many values), sorting (names and cities in the language's order,
 * numbers as numbers), pages, CSV and JSON downloads, a map view, and optionally the state in the page URL
 * (the open lab too: `lab-id`).
 *
 * The map view (`view="map"`, or a list/map toggle with `views="list,map"`) loads its code when first
 * shown: the labs as clustered markers with popups, and beside them the same labs by region (the
 * keyboard's way through them). Map tiles are third-party content: nothing is requested from the tile
 * server (`tile-url`, OpenStreetMap's by default) until the visitor accepts in the map's notice, or the
 * site said yes through its consent API; `tile-url="none"`, or a site that said no, shows only the labs
 * by region.
 *
 * Narrower than 640 px (its own width: a container query), the filters fold behind a "Filtros (n)"
 * button so that the search and the results come first; a skip link leads past the controls to the
 * results at any width. A lab's name opens its details (description and contact).
 *
 * @element govtech-lab-directory
 * @fires {CustomEvent<LabSelectDetail>} govtech-lab-select - The visitor opened a lab's details (its name is a disclosure button); `detail.lab` is the lab.
 * @fires {CustomEvent<GovtechErrorDetail>} govtech-error - The feed could not be read; the directory shows an error with Retry.
 * @csspart search - The search field.
 * @csspart facets - The facet filters.
 * @csspart count - The result count (a polite live region).
 * @csspart results - The list of labs.
 * @csspart lab - One lab.
 * @csspart more - The "show more" button.
 * @csspart csv - The CSV download button.
 * @csspart json - The JSON download button (the filtered labs in the feed's Lab shape).
 * @csspart view-list - The toggle's "list" button (with `views`).
 * @csspart view-map - The toggle's "map" button (with `views`).
 * @csspart map - The map's box: the consent notice, or the map.
 * @csspart map-consent - The notice shown before any map tile loads.
 * @csspart regions - The labs by region, beside the map (or alone, without tiles).
 * @csspart lab-map - A lab's small map in its details (with coordinates, once map tiles are accepted).
 */
export class GovtechLabDirectory extends GovtechElement {
  static override styles = [...GovtechElement.styles, formControlStyles, directoryStyles, printStyles];
  static override strings = [...GovtechElement.strings, directoryStrings];

  /** Labs have no dates to format (counts and names only). */
  protected override get formatsDates(): boolean {
    return false;
  }

  static override properties: PropertyDeclarations = {
    sector: {},
    country: {},
    region: {},
    city: {},
    focusArea: { attribute: 'focus' },
    network: {},
    layout: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    sort: {},
    q: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    view: { reflect: true },
    views: {},
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    siteAnswer: { attribute: 'site-consent' },
    query: { state: true },
    valueQueries: { state: true },
    sortKey: { state: true },
    chosen: { state: true },
    pages: { state: true },
    expanded: { state: true },
    filtersOpen: { state: true },
    openLabs: { state: true },
  };

  // Preset filters (`sector` to `network`): narrow the data and hide their facet. Comma-separated values combine with OR.
  /** Preset filter: sector(s) (`academia`, `private`, `public`, `civil-society`); hides the sector facet. */
  sector: string | undefined;
  /** Preset filter: ISO country code(s), e.g. `PE,CL`; hides the country facet. */
  country: string | undefined;
  /** Preset filter: region(s); hides the region facet. */
  region: string | undefined;
  /** Preset filter: city or cities; hides the city facet. */
  city: string | undefined;
  /** Preset filter: focus area(s); hides that facet. The property is `focusArea`, as `focus()` is HTMLElement's. */
  focusArea: string | undefined;
  /** Preset filter: network id(s); hides the network facet. */
  network: string | undefined;
  /** `grid` (cards, default) or `list` (compact). */
  layout: 'grid' | 'list' = 'grid';
  /** Labs shown per page ("show more" adds a page). */
  pageSize = 24;
  /** Initial sort: `name`, `city` or `founded`. */
  sort: SortKey = 'name';
  /** Initial search text. */
  q = '';
  /** Keep the search, filters and sort in the page URL (`lab-q`, `lab-sector`…), so links and back/forward work. */
  syncUrl = false;
  /** The view shown: `list` (default) or `map` (its code and Leaflet load when first shown). */
  view: DirectoryView = 'list';
  /** The views the visitor can switch between, e.g. `list,map` (a toggle); empty: no toggle. */
  views: string | undefined;
  /** The map's tile URL template (`{z}/{x}/{y}`); OpenStreetMap's by default; `none`: no tiles, the labs by region. */
  tileUrl: string | undefined;
  /** The tiles' attribution, as text (OpenStreetMap's, with its link, by default). */
  tileAttribution: string | undefined;
  /**
   * The `site-consent` attribute: `granted` or `denied`, the site's consent manager's answer for the map's
   * tiles written into the page (a CMS template). The page API (`govtechConsent.push`) decides when it answers.
   */
  siteAnswer: string | undefined;

  private query = '';
  private sortKey: SortKey = 'name';
  private chosen: DirectoryState['facets'] = {};
  private pages = 1;
  private expanded = new Set<LabFacetName>();
  /** The folded filters (narrow widths only) are shown. */
  private filtersOpen = false;
  /** Ids of the labs whose details are open. */
  private openLabs = new Set<string>();
  /** What the visitor typed into a facet's own search (facets with many values). */
  private valueQueries: Partial<Record<LabFacetName, string>> = {};
  /** Code loaded on first use: the map view, a lab's details, the exports. */
  #map: MapView | undefined;
  #details: { labDetails: typeof labDetails } | undefined;

  #focusFirstOfPage: number | undefined;
  /** The URL's part of the state (`sync-url` only), loaded as the directory connects. */
  #url: typeof UrlStateModule | undefined;
  /** Settles once the URL's state is applied: the first query waits for it (it may hold a search or filters). */
  #urlApplied: Promise<void> | undefined;
  #onPopState = () => this.#url && this.#applyState(this.#url.readState(location.search, this.sort));

  private feed = new FeedController<DirectoryData>(
    this,
    async (client, signal) => {
      if (this.#urlApplied) {
        await this.#urlApplied;
        // A search or filters from the URL rerun the query (aborting this run).
        await this.updateComplete;
        signal.throwIfAborted();
      }
      const filter = this.#filter();
      const [found, facets, networks] = await Promise.all([
        client.labs.list({ ...filter, signal }),
        client.labs.facets({ ...filter, signal }),
        client.networks.list({ signal }),
      ]);
      return {
        labs: found.items,
        facets,
        networkNames: new Map(networks.items.map((network) => [network.id, network.name])),
        warnings: [...found.warnings, ...networks.warnings],
        stale: found.stale || facets.stale,
      };
    },
    () => [this.query, ...FACETS.map((facet) => this.#presets(facet).join() + '|' + (this.chosen[facet] ?? []).join())],
  );

  private get m(): DirectoryMessages {
    return directoryStrings.in(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The state the attributes give: without sync-url, or when its code cannot load.
    const attributes = () => this.#applyState({ q: this.q, sort: this.sort, facets: {} });
    if (!this.syncUrl) return attributes();
    const applied = (this.#urlApplied = import('./url-state.js').then(
      (url) => {
        this.#url = url;
        // Read on each connection: a directory moved in the page picks up the URL of then.
        if (this.#urlApplied === applied && this.isConnected) {
          this.#applyState(url.readState(location.search, this.sort));
          window.addEventListener('popstate', this.#onPopState);
        }
      },
      // Without its code the URL is not followed: the directory shows its attributes' state, and says why.
      (error: unknown) => {
        attributes();
        this.reportError(error, true);
      },
    ));
    void applied.finally(() => {
      if (this.#urlApplied === applied) this.#urlApplied = undefined;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Later changes of the attributes apply; the first values were read when connected (after the URL's).
    if (this.hasUpdated && changed.has('q')) this.query = this.q;
    if (this.hasUpdated && changed.has('sort')) this.sortKey = this.sort;
    // A lab opened by a link (or by a click) shows its details once their code is here.
    if (this.openLabs.size && !this.#details) {
      void import('./details.js').then((module) => {
        this.#details = module;
        this.requestUpdate();
      });
    }
  }

  /**
   * A page's first collator and first number format load ICU's collation tables and number formatting
   * (10–20 ms of a desktop's main thread, four times that on a phone): built here, each in a task of its
   * own while the feed is on its way, not in the task that sorts and counts the labs (which made it the
   * directory page's longest). Both are kept in the shared Intl cache the sort and the counts read.
   */
  protected override firstUpdated(): void {
    setTimeout(() => intlCollator(this.intlLocale, NAME_ORDER));
    setTimeout(() => numberFormat(this.intlLocale));
  }

  protected override updated(): void {
    if (this.#focusFirstOfPage !== undefined) {
      const index = this.#focusFirstOfPage;
      this.#focusFirstOfPage = undefined;
      this.renderRoot.querySelectorAll<HTMLElement>('[part="lab"] .lab-name')[index]?.focus();
    }
  }

  #applyState({ q, sort, facets, lab }: DirectoryState): void {
    this.query = q;
    this.sortKey = sort;
    this.chosen = facets;
    this.pages = 1;
    if (lab !== this.#openLab()) this.openLabs = new Set(lab ? [lab] : []);
    this.#linkedLab = lab;
  }

  /** The lab whose details were opened last (the one `sync-url` keeps), if it is still open. */
  #openLab(): string | undefined {
    return [...this.openLabs].at(-1);
  }

  /** The lab a link opened (`lab-id`): its page is shown even past the first. */
  #linkedLab: string | undefined;

  /** Changes what the visitor chose; typing replaces the URL's history entry, other choices push one. */
  #choose(change: Partial<DirectoryState>, entry: 'pushState' | 'replaceState' = 'pushState'): void {
    const state = { q: this.query, sort: this.sortKey, facets: this.chosen, lab: this.#openLab(), ...change };
    this.#applyState(state);
    this.#writeUrl(state, entry);
  }

  #writeUrl(state: DirectoryState, entry: 'pushState' | 'replaceState'): void {
    if (this.syncUrl) this.#url?.writeUrl(state, this.sort, entry);
  }

  #presets(facet: LabFacetName): string[] {
    return parseList(facet === 'focus' ? this.focusArea : this[facet]);
  }

  #filter(): LabFilter {
    const filter: LabFilter = { q: this.query };
    for (const facet of FACETS) {
      const presets = this.#presets(facet);
      const values = presets.length ? presets : this.chosen[facet];
      if (values?.length) filter[facet] = values;
    }
    return filter;
  }

  /** The last collator sort, of the widest result set yet, by sort key and language. */
  #ranked: { key: string; sorted: GovLab[] } | undefined;
  #sortedFor: { labs: GovLab[]; key: string; sorted: GovLab[] } | undefined;
  /**
   * Sorted once per result set, sort key and language: a keystroke's renders reuse it. A result set within
   * the last sorted one (typing narrows it, deleting widens it back) is that one filtered, not sorted
   * again: comparing 5,000 names with the collator took most of a keystroke.
   */
  #sorted(labs: GovLab[]): GovLab[] {
    const key = this.sortKey + this.intlLocale;
    const cached = this.#sortedFor;
    if (cached?.labs === labs && cached.key === key) return cached.sorted;
    const found = new Set(labs);
    let sorted = this.#ranked?.key === key ? this.#ranked.sorted.filter((lab) => found.has(lab)) : [];
    if (sorted.length < labs.length) {
      const collator = intlCollator(this.intlLocale, NAME_ORDER);
      const byName = (a: GovLab, b: GovLab) => collator.compare(a.name, b.name);
      const compare: Record<SortKey, (a: GovLab, b: GovLab) => number> = {
        name: byName,
        city: (a, b) => collator.compare(a.city ?? '\uffff', b.city ?? '\uffff') || byName(a, b),
        // Oldest first; labs without a year last.
        founded: (a, b) => (a.founded ?? Infinity) - (b.founded ?? Infinity) || byName(a, b),
      };
      sorted = [...labs].sort(compare[this.sortKey]);
      this.#ranked = { key, sorted };
    }
    this.#sortedFor = { labs, key, sorted };
    return sorted;
  }

  protected override renderContent(): TemplateResult {
    const feed = this.feed;
    const m = this.m;
    const data = feed.value;
    const loading = feed.state === 'loading' && !data;
    return html`<section class="directory" aria-label=${m.label}>
      ${data && feed.state !== 'error'
        ? html`<a class="skip" href="#results" @click=${(e: Event) => {
            e.preventDefault();
            this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
          }}>${m.skipToResults(this.#number(data.labs.length))}</a>`
        : nothing}
      <div class="toolbar">
        <label class="field search">
          <span>${m.search}</span>
          <input
            part="search"
            type="search"
            autocomplete="off"
            placeholder=${m.searchHint}
            .value=${this.query}
            @input=${(e: Event) => this.#choose({ q: (e.target as HTMLInputElement).value }, 'replaceState')}
          />
        </label>
        <label class="field sort">
          <span>${m.sortBy}</span>
          <select @change=${(e: Event) => this.#choose({ sort: (e.target as HTMLSelectElement).value as SortKey })}>
            ${SORTS.map(
              (key) => html`<option value=${key} ?selected=${key === this.sortKey}>${m.sorts[key]}</option>`,
            )}
          </select>
        </label>
        ${this.#viewToggle()}
      </div>
      ${feed.state === 'error'
        ? this.renderError(() => void feed.run())
        : loading
          ? this.renderLoading('', undefined, this.#skeleton())
          : data
            ? this.#renderData(data)
            : nothing}
      ${this.renderStaleNote(feed.stale)}
    </section>`;
  }

  /** The list/map toggle (`views`): two buttons, the shown view's pressed. */
  #viewToggle(): TemplateResult | typeof nothing {
    const views = parseList(this.views).filter((view): view is DirectoryView => view in this.m.views);
    return views.length > 1
      ? html`<div class="views">${views.map(
          (view) => html`<button class="button ${this.view === view ? 'primary' : ''}" part="view-${view}" type="button" aria-pressed=${this.view === view} @click=${() => (this.view = view)}>${this.m.views[view]}</button>`,
        )}</div>`
      : nothing;
  }

  /** The map view, its code loaded the first time it is shown (until then, the list's place stays empty). */
  #renderMap(labs: GovLab[], data: DirectoryData): TemplateResult | typeof nothing {
    if (!this.#map) {
      void import('./map-view.js').then(({ MapView }) => {
        this.#map ??= new MapView(this);
        this.requestUpdate();
      });
      return nothing;
    }
    return this.#map.render({
      labs,
      language: this.language,
      locale: this.intlLocale,
      headingLevel: this.headingLevelAt(1),
      sectorName: (lab) => this.m.sectors[lab.sector],
      renderLab: (lab) => this.#renderLab(lab, data),
      openLab: (lab) => this.openLabs.has(lab.id) || this.#toggleLab(lab),
    });
  }

  #renderData(data: DirectoryData): TemplateResult {
    const m = this.m;
    const labs = this.#sorted(data.labs);
    const linked = this.#linkedLab ? labs.findIndex((lab) => lab.id === this.#linkedLab) + 1 : 0;
    // The map view shows every lab: the count says so, and "show more" has nothing to add.
    const shown = this.view === 'map' ? labs : labs.slice(0, Math.max(this.pages * this.pageSize, linked));
    const anything = !!this.query || FACETS.some((facet) => this.chosen[facet]?.length);
    const refinements = FACETS.reduce((sum, facet) => sum + (this.chosen[facet]?.length ?? 0), 0);
    // The toggle shows only when the directory is narrow (see the styles' container query).
    return html`<div class="layout">
      <button
        class="button filters-toggle"
        type="button"
        aria-expanded=${this.filtersOpen}
        aria-controls="facets"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >${m.filters} (${this.#number(refinements)})</button>
      <div class="facets ${this.filtersOpen ? 'open' : ''}" id="facets" part="facets" role="group" aria-label=${m.filters}>
        ${FACETS.filter((facet) => !this.#presets(facet).length).map((facet) => this.#renderFacet(facet, data))}
        <button class="button" type="button" ?disabled=${!anything} @click=${() => this.#choose({ q: '', facets: {} })}>
          ${m.clearAll}
        </button>
      </div>
      <div class="main" id="results" tabindex="-1" role="region" aria-labelledby="count">
        <div class="summary">
          <p class="count" id="count" part="count" role="status">${m.results(shown.length, labs.length, this.#number)}</p>
          ${(['csv', 'json'] as const).map(
            (format) => html`<button class="button" part=${format} type="button" ?disabled=${!labs.length} @click=${() => this.#download(format, labs)}>
              ${m.download} ${format.toUpperCase()}
            </button>`,
          )}
        </div>
        ${this.view === 'map'
          ? this.#renderMap(labs, data)
          : labs.length
          ? html`<ul class="results" part="results">
              ${shown.map((lab) => this.#renderLab(lab, data))}
            </ul>`
          : html`<p class="state">${m.noResults}</p>`}
        ${shown.length < labs.length
          ? html`<button class="button more" part="more" type="button" @click=${() => {
              this.#focusFirstOfPage = shown.length;
              this.pages++;
            }}>${m.showMore(Math.min(this.pageSize, labs.length - shown.length))}</button>`
          : nothing}
      </div>
    </div>`;
  }

  /**
   * The layout of a first page while labs.json loads: the facets, the summary, a page of cards (`page-size`)
   * and "show more". How many labs there are is unknown until labs.json comes: a feed with fewer than a
   * page shrinks, and one whose names or topics are longer than the sample's grows.
   */
  #skeleton(): TemplateResult {
    const card = ([name, ...topics]: number[]) => html`<li class="lab">
      <div><b>${bone(name!)}</b></div>
      <p class="badges"><span class="badge">${bone(7)}</span></p>
      <p class="meta">${bone(14)}</p>
      <ul class="topics">${topics.map((chars) => html`<li>${bone(chars)}</li>`)}</ul>
    </li>`;
    return html`<div class="layout">
      <span class="button filters-toggle">${bone(10)}</span>
      <div class="facets">${FACETS.map(() => html`<fieldset><legend>${bone(8)}</legend>${[1, 2, 3].map(() => html`<p class="option">${bone(14)}</p>`)}</fieldset>`)}</div>
      <div class="main">
        <div class="summary"><p class="count">${bone(28)}</p><span class="button">${bone(14)}</span><span class="button">${bone(15)}</span></div>
        <ul class="results">${Array.from({ length: this.pageSize }, (_, index) => card(SAMPLE_PAGE[index % SAMPLE_PAGE.length]!))}</ul>
        <span class="button more">${bone(20)}</span>
      </div>
    </div>`;
  }

  #number = (value: number) => numberFormat(this.intlLocale).format(value);

  #renderFacet(facet: LabFacetName, data: DirectoryData): TemplateResult | typeof nothing {
    const chosen = this.chosen[facet] ?? [];
    // A chosen value stays listed (to be unchosen) even when the other filters leave it no lab.
    const counts: FacetCount[] = [
      ...data.facets[facet],
      ...chosen.filter((value) => !data.facets[facet].some((c) => c.value === value)).map((value) => ({ value, count: 0 })),
    ];
    if (!counts.length) return nothing;
    const open = this.expanded.has(facet);
    const label = (value: string) =>
      facet === 'sector' ? (this.m.sectors[value as GovLab['sector']] ?? value) : facet === 'network' ? (data.networkNames.get(value) ?? value) : value;
    // A facet with many values, shown in full, gets a search of its own: it narrows the values listed,
    // never their counts (what choosing each would leave), and chosen values stay listed.
    const typed = open && counts.length > FACET_PREVIEW ? normalizeText(this.valueQueries[facet] ?? '') : '';
    const visible = open
      ? counts.filter(({ value }) => !typed || chosen.includes(value) || normalizeText(label(value)).includes(typed))
      : counts.slice(0, FACET_PREVIEW);
    return html`<fieldset>
      <legend>${this.m.facets[facet]}</legend>
      ${open && counts.length > FACET_PREVIEW
        ? html`<input
            type="search"
            aria-label="${this.m.searchIn} ${this.m.facets[facet]}"
            .value=${this.valueQueries[facet] ?? ''}
            @input=${(e: Event) => (this.valueQueries = { ...this.valueQueries, [facet]: (e.target as HTMLInputElement).value })}
          />`
        : nothing}
      ${visible.map(
        ({ value, count }) => html`<label class="option">
          <input
            type="checkbox"
            .checked=${chosen.includes(value)}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const values = on ? [...chosen, value] : chosen.filter((v) => v !== value);
              this.#choose({ facets: { ...this.chosen, [facet]: values } });
            }}
          />
          <span class="option-label">${label(value)}</span>
          <span class="option-count">${count}</span>
        </label>`,
      )}
      ${counts.length > FACET_PREVIEW && !open
        ? html`<button class="link" type="button" @click=${() => (this.expanded = new Set([...this.expanded, facet]))}>
            ${this.m.showAllValues} (${counts.length})
          </button>`
        : nothing}
    </fieldset>`;
  }

  #renderLab(lab: GovLab, data: DirectoryData): TemplateResult {
    const m = this.m;
    const place = [...new Set([lab.city, lab.region, lab.country].filter(Boolean))].join(', ');
    const open = this.openLabs.has(lab.id);
    const details = `lab-${lab.id}`;
    return html`<li part="lab" class="lab">
      ${lab.logo ? html`<img class="logo" src=${lab.logo.url} alt=${lab.logo.alt} loading="lazy" decoding="async" />` : nothing}
      <div role="heading" aria-level=${this.headingLevelAt(1)}>
        <button class="lab-name" type="button" aria-expanded=${open} aria-controls=${details} @click=${() => this.#toggleLab(lab)}>${this.#highlight(lab.name)}</button>
      </div>
      <p class="badges">
        <span class="badge">${m.sectors[lab.sector]}</span>
        ${lab.exampleData ? html`<span class="badge example">${this.messages.exampleData}</span>` : nothing}
      </p>
      ${place ? html`<p class="meta">${this.#highlight(place)}</p>` : nothing}
      ${lab.focusAreas?.length
        ? html`<ul class="topics">
            ${lab.focusAreas.map((topic) => html`<li>${this.#highlight(topic)}</li>`)}
          </ul>`
        : nothing}
      <div class="details" id=${details}>${open && this.#details ? this.#details.labDetails(lab, data.networkNames, m, this, this.intlLocale) : nothing}</div>
    </li>`;
  }

  /** Opens or closes a lab's details; opening tells the page (`govtech-lab-select`). */
  #toggleLab(lab: GovLab): void {
    const open = new Set(this.openLabs);
    const closing = open.delete(lab.id);
    this.openLabs = closing ? open : open.add(lab.id);
    this.#writeUrl({ q: this.query, sort: this.sortKey, facets: this.chosen, lab: this.#openLab() }, 'pushState');
    if (closing) return;
    this.emit('govtech-lab-select', { lab });
  }

  /** Matches as <mark>, the rest as text: feed text is only ever sliced, never parsed. */
  #highlight(text: string): Array<string | TemplateResult> {
    const parts: Array<string | TemplateResult> = [];
    let last = 0;
    for (const [start, end] of highlightRanges(text, this.query)) {
      parts.push(text.slice(last, start), html`<mark>${text.slice(start, end)}</mark>`);
      last = end;
    }
    parts.push(text.slice(last));
    return parts;
  }

  #download(format: ExportFormat, labs: GovLab[]): void {
    void import('./export.js').then(({ downloadLabs }) => downloadLabs(format, labs, this.m));
  }
}
