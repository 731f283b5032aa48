import type { LabFacetName, LabSectorName } from '@govtech-network/sdk';
import { LocaleStrings } from '../base/i18n.js';
import type { CsvColumns } from './csv.js';
import type { SortKey } from './directory-state.js';

export interface DirectoryMessages {
  label: string;
  search: string;
  searchHint: string;
  facets: Record<LabFacetName, string>;
  sectors: Record<LabSectorName, string>;
  sortBy: string;
  sorts: Record<SortKey, string>;
  /** The count line; `n` formats a number for the visitor's locale. */
  results: (shown: number, total: number, n: (value: number) => string) => string;
  noResults: string;
  clearAll: string;
  showMore: (count: number) => string;
  showAllValues: string;
  /** "Descargar", before a format's name (CSV, JSON). */
  download: string;
  /** The list/map toggle's buttons (pressed: the view shown). */
  views: Record<'list' | 'map', string>;
  /** The search inside a facet's values, before the facet's name ("Buscar en Región"). */
  searchIn: string;
  website: string;
  founded: (year: number) => string;
  filters: string;
  /** The skip link past the controls; `count` is the number of labs found, formatted. */
  skipToResults: (count: string) => string;
  /** A lab's details when the feed has nothing more about it. */
  noDetails: string;
  csv: CsvColumns;
}

const sectorsEs = { academia: 'Academia', private: 'Sector privado', public: 'Sector público', 'civil-society': 'Sociedad civil' };

/** Spanish, the default: in the widget's own download (Portuguese and English: src/locales/). */
export const directoryMessages: DirectoryMessages = {
  label: 'Directorio de laboratorios',
  search: 'Buscar laboratorios',
  searchHint: 'Nombre, ciudad, región o tema',
  facets: { sector: 'Sector', country: 'País', region: 'Región', city: 'Ciudad', focus: 'Tema', network: 'Red' },
  sectors: sectorsEs,
  sortBy: 'Ordenar por',
  sorts: { name: 'Nombre', city: 'Ciudad', founded: 'Año de fundación' },
  results: (shown, total, n) =>
    total === 0 ? 'Ningún laboratorio coincide' : shown < total ? `Mostrando ${n(shown)} de ${n(total)} laboratorios` : total === 1 ? '1 laboratorio' : `${n(total)} laboratorios`,
  noResults: 'Ningún laboratorio coincide con la búsqueda y los filtros.',
  clearAll: 'Borrar búsqueda y filtros',
  showMore: (count) => `Mostrar ${count} más`,
  showAllValues: 'Ver todos',
  download: 'Descargar',
  views: { list: 'Lista', map: 'Mapa' },
  searchIn: 'Buscar en',
  website: 'Sitio web',
  founded: (year) => `Fundado en ${year}`,
  filters: 'Filtros',
  skipToResults: (count) => `Ir a los resultados (${count})`,
  noDetails: 'No hay más datos de este laboratorio.',
  csv: { name: 'Nombre', sector: 'Sector', city: 'Ciudad', region: 'Región', country: 'País', focusAreas: 'Temas', networks: 'Redes', founded: 'Fundación', website: 'Sitio web', email: 'Correo' },
};

export const directoryStrings = new LocaleStrings(directoryMessages, (module) => module.directory);
