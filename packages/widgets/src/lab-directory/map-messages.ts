import type { Locale } from '../base/i18n.js';

/** The map view's words: loaded with its code, so the list view's download carries none of them. */
export interface MapMessages {
  map: string;
  /** The notice before any tile loads; `host` is the tile server's name. */
  consent: (host: string) => string;
  privacy: string;
  accept: string;
  zoomIn: string;
  zoomOut: string;
  /** The list of labs by region beside the map (or instead of it, without tiles). */
  byRegion: string;
  /** A cluster of `count` labs (a button that zooms in). */
  cluster: (count: string) => string;
  details: string;
  /** Labs the map cannot place: the feed has no coordinates for them. */
  unplaced: (count: string) => string;
}

export const mapMessages: Record<Locale, MapMessages> = {
  es: {
    map: 'Mapa de laboratorios',
    consent: (host) => `El mapa se dibuja con imágenes de ${host}, que recibirá tu dirección IP al cargarlas.`,
    privacy: 'Política de privacidad',
    accept: 'Mostrar el mapa',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    byRegion: 'Laboratorios por región',
    cluster: (count) => `${count} laboratorios: acercar`,
    details: 'Ver detalles',
    unplaced: (count) => `${count} sin ubicación en el mapa`,
  },
  pt: {
    map: 'Mapa de laboratórios',
    consent: (host) => `O mapa é desenhado com imagens de ${host}, que receberá seu endereço IP ao carregá-las.`,
    privacy: 'Política de privacidade',
    accept: 'Mostrar o mapa',
    zoomIn: 'Aproximar',
    zoomOut: 'Afastar',
    byRegion: 'Laboratórios por região',
    cluster: (count) => `${count} laboratórios: aproximar`,
    details: 'Ver detalhes',
    unplaced: (count) => `${count} sem localização no mapa`,
  },
  en: {
    map: 'Map of labs',
    consent: (host) => `The map is drawn with images from ${host}, which will receive your IP address when they load.`,
    privacy: 'Privacy policy',
    accept: 'Show the map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    byRegion: 'Labs by region',
    cluster: (count) => `${count} labs: zoom in`,
    details: 'Show details',
    unplaced: (count) => `${count} not on the map`,
  },
};
