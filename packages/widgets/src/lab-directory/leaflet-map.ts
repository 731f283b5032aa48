/**
 * The directory's map: Leaflet with raster tiles and Supercluster's clusters, drawn into a container in
 * the directory's shadow root. Its own chunk, loaded only once the visitor (or the site) accepted the
 * tiles: until then the page downloads neither this code nor a tile. Labels and popups are built as DOM
 * nodes with text (never HTML strings), so feed text cannot become markup and Trusted Types pages work;
 * the zoom buttons and the attribution are the directory's own (Leaflet's write innerHTML).
 */
import { DivIcon, LayerGroup, Map as LeafletMap, Marker, TileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import type { GovLab } from '@govtech-network/sdk';

export interface MapOptions {
  readonly tileUrl: string;
  /** A cluster's accessible name, e.g. "12 laboratorios: acercar". */
  readonly clusterLabel: (count: number) => string;
  /** The popup of a lab: built by the directory (name, city, sector, a details button). */
  readonly popup: (lab: GovLab) => HTMLElement;
}

/** A lab with coordinates, as a GeoJSON point. */
type LabPoint = GeoJSON.Feature<GeoJSON.Point, { lab: GovLab }>;

const element = (tag: string, className: string, text = ''): HTMLElement => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

export class LabsMap {
  readonly #map: LeafletMap;
  readonly #layer = new LayerGroup();
  readonly #options: MapOptions;
  #index = new Supercluster<{ lab: GovLab }>({ radius: 48, maxZoom: 16 });
  #labs: readonly GovLab[] | undefined;

  constructor(container: HTMLElement, options: MapOptions) {
    this.#options = options;
    // keyboard: false — the container is not a tab stop; markers and clusters are buttons, and the list
    // by region beside the map reaches every lab.
    this.#map = new LeafletMap(container, { zoomControl: false, attributionControl: false, keyboard: false, minZoom: 2, worldCopyJump: true });
    new TileLayer(options.tileUrl, { maxZoom: 18, crossOrigin: true }).addTo(this.#map);
    this.#layer.addTo(this.#map);
    this.#map.on('moveend', () => this.#draw());
  }

  /** Shows `labs` (those with coordinates), fitting the view to them when the set changed. */
  setLabs(labs: readonly GovLab[]): void {
    if (labs === this.#labs) return;
    this.#labs = labs;
    const points: LabPoint[] = labs.flatMap((lab) =>
      lab.coordinates ? [{ type: 'Feature', properties: { lab }, geometry: { type: 'Point', coordinates: [lab.coordinates.lng, lab.coordinates.lat] } }] : [],
    );
    this.#index = new Supercluster<{ lab: GovLab }>({ radius: 48, maxZoom: 16 }).load(points);
    if (points.length) {
      const lats = points.map((p) => p.geometry.coordinates[1]!);
      const lngs = points.map((p) => p.geometry.coordinates[0]!);
      this.#map.fitBounds([[Math.min(...lats), Math.min(...lngs)], [Math.max(...lats), Math.max(...lngs)]], { padding: [24, 24], maxZoom: 12, animate: false });
    } else {
      this.#map.setView([0, 0], 2, { animate: false });
    }
    this.#draw();
  }

  zoom(delta: number): void {
    this.#map.setZoom(this.#map.getZoom() + delta);
  }

  /** Puts `lab` in the middle of the map, close enough to be a marker of its own, and opens its popup. */
  show(lab: GovLab): void {
    if (!lab.coordinates) return;
    this.#map.setView([lab.coordinates.lat, lab.coordinates.lng], 17, { animate: false });
    this.#layer.eachLayer((layer) => {
      if ((layer as Marker & { lab?: GovLab }).lab === lab) (layer as Marker).openPopup();
    });
  }

  /** The container's size changed (it was hidden, or the layout moved). */
  resize(): void {
    this.#map.invalidateSize({ animate: false });
  }

  destroy(): void {
    this.#map.remove();
  }

  /** The clusters and single labs of the visible area, drawn again after each move or zoom. */
  #draw(): void {
    const bounds = this.#map.getBounds();
    const zoom = Math.round(this.#map.getZoom());
    this.#layer.clearLayers();
    for (const feature of this.#index.getClusters([-180, Math.max(-85, bounds.getSouth()), 180, Math.min(85, bounds.getNorth())], zoom)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const count = props.point_count;
        const icon = element('span', 'cluster-count', String(count));
        const marker = new Marker([lat, lng], {
          icon: new DivIcon({ html: icon, className: 'map-cluster', iconSize: [36, 36] }),
          keyboard: true,
          title: this.#options.clusterLabel(count),
        });
        marker.on('click', () => this.#map.setView([lat, lng], this.#index.getClusterExpansionZoom(props.cluster_id)));
        this.#layer.addLayer(label(marker, this.#options.clusterLabel(count)));
      } else {
        const lab = (props as { lab: GovLab }).lab;
        const marker = new Marker([lat, lng], {
          icon: new DivIcon({ html: element('span', 'pin'), className: 'map-pin', iconSize: [24, 24], iconAnchor: [12, 24], popupAnchor: [0, -24] }),
          keyboard: true,
          title: lab.name,
        });
        (marker as Marker & { lab?: GovLab }).lab = lab;
        marker.bindPopup(() => this.#options.popup(lab));
        this.#layer.addLayer(label(marker, lab.name));
      }
    }
  }
}

/** Leaflet names a div icon only by its title: the accessible name goes on as aria-label once it is drawn. */
function label(marker: Marker, name: string): Marker {
  marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
  return marker;
}
