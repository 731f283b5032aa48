/**
 * The words a lab list is written in: the headers a column is recognised by when the config maps none,
 * and the cell texts that mean a sector, a country or yes/no. Everything is compared by `keyOf`, so
 * "Región", " region " and "REGION" are one header.
 */
import { LabSector, normalizeText, type LabSectorName } from '@govtech-network/sdk';
import type { LabColumn } from '../config.js';

/** Case, accents and surrounding or repeated spaces do not matter. */
export function keyOf(text: string): string {
  return normalizeText(text).trim().replace(/\s+/g, ' ');
}

/** Headers recognised without a `columns` mapping: the feed's own name first, then common Spanish ones. */
export const DEFAULT_HEADERS: Readonly<Record<LabColumn, readonly string[]>> = {
  id: ['id', 'identificador', 'código', 'clave'],
  name: ['name', 'nombre', 'laboratorio', 'nombre del laboratorio'],
  sector: ['sector', 'tipo', 'tipo de laboratorio'],
  description: ['description', 'descripción', 'reseña'],
  website: ['website', 'sitio web', 'web', 'página web', 'url', 'enlace'],
  email: ['email', 'e-mail', 'correo', 'correo electrónico', 'mail'],
  city: ['city', 'ciudad', 'localidad'],
  region: ['region', 'región', 'departamento', 'provincia', 'estado'],
  country: ['country', 'país'],
  lat: ['lat', 'latitude', 'latitud'],
  lng: ['lng', 'lon', 'longitude', 'longitud'],
  focusAreas: ['focusAreas', 'focus areas', 'áreas', 'áreas de trabajo', 'áreas de enfoque', 'temas'],
  networks: ['networks', 'redes', 'red'],
  founded: ['founded', 'fundación', 'año de fundación', 'año'],
  logo: ['logo', 'logotipo'],
  exampleData: ['exampleData', 'example data', 'ejemplo', 'datos de ejemplo'],
};

/** How each column is shown in problems when the config names none: the common Spanish header. */
export const SHOWN_HEADER: Readonly<Record<LabColumn, string>> = {
  id: 'Id',
  name: 'Nombre',
  sector: 'Sector',
  description: 'Descripción',
  website: 'Sitio web',
  email: 'Correo',
  city: 'Ciudad',
  region: 'Región',
  country: 'País',
  lat: 'Latitud',
  lng: 'Longitud',
  focusAreas: 'Áreas',
  networks: 'Redes',
  founded: 'Fundación',
  logo: 'Logo',
  exampleData: 'Ejemplo',
};

export const LAB_COLUMNS = Object.keys(DEFAULT_HEADERS) as LabColumn[];

export const SECTORS = LabSector.options as readonly LabSectorName[];

/** Sector texts read without a `values` mapping (the config's own mapping is added over these). */
export const SECTOR_WORDS: Readonly<Record<string, LabSectorName>> = {
  academia: 'academia',
  académico: 'academia',
  académica: 'academia',
  'sector académico': 'academia',
  universidad: 'academia',
  universitario: 'academia',
  public: 'public',
  público: 'public',
  pública: 'public',
  'sector público': 'public',
  gobierno: 'public',
  estado: 'public',
  private: 'private',
  privado: 'private',
  privada: 'private',
  'sector privado': 'private',
  empresa: 'private',
  'civil-society': 'civil-society',
  'civil society': 'civil-society',
  'sociedad civil': 'civil-society',
  ong: 'civil-society',
  osc: 'civil-society',
};

/** Yes/no texts of a flag column (exampleData); an empty cell is no. */
export const FLAG_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  sí: true,
  si: true,
  s: true,
  yes: true,
  y: true,
  x: true,
  '1': true,
  verdadero: true,
  no: false,
  n: false,
  '0': false,
  falso: false,
};

let countryNames: Map<string, string> | undefined;

/**
 * ISO 3166-1 alpha-2 code of a country's name in Spanish, English or Portuguese ("Perú", "Peru" → PE),
 * or of a code in any case; undefined for anything else. The names come from Intl, built once on first use.
 */
export function countryCodeOf(text: string): string | undefined {
  if (/^[a-z]{2}$/i.test(text.trim())) return text.trim().toUpperCase();
  if (!countryNames) {
    countryNames = new Map();
    const namers = ['es', 'en', 'pt'].map((lang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        for (const namer of namers) {
          const name = namer.of(code);
          if (name !== undefined && name !== code) countryNames.set(keyOf(name), code);
        }
      }
    }
  }
  return countryNames.get(keyOf(text));
}
