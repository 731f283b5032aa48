import type { LabFacetName, LabSectorName } from '@govtech-network/sdk';
import type { Locale } from '../base/i18n.js';
import type { CsvColumns } from './csv.js';
import type { SortKey } from './url-state.js';

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

export const directoryMessages: Record<Locale, DirectoryMessages> = {
  es: {
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
  },
  pt: {
    label: 'Diretório de laboratórios',
    search: 'Buscar laboratórios',
    searchHint: 'Nome, cidade, região ou tema',
    facets: { sector: 'Setor', country: 'País', region: 'Região', city: 'Cidade', focus: 'Tema', network: 'Rede' },
    sectors: { academia: 'Academia', private: 'Setor privado', public: 'Setor público', 'civil-society': 'Sociedade civil' },
    sortBy: 'Ordenar por',
    sorts: { name: 'Nome', city: 'Cidade', founded: 'Ano de fundação' },
    results: (shown, total, n) =>
      total === 0 ? 'Nenhum laboratório corresponde' : shown < total ? `Mostrando ${n(shown)} de ${n(total)} laboratórios` : total === 1 ? '1 laboratório' : `${n(total)} laboratórios`,
    noResults: 'Nenhum laboratório corresponde à busca e aos filtros.',
    clearAll: 'Limpar busca e filtros',
    showMore: (count) => `Mostrar mais ${count}`,
    showAllValues: 'Ver todos',
    download: 'Baixar',
    views: { list: 'Lista', map: 'Mapa' },
    searchIn: 'Buscar em',
    website: 'Site',
    founded: (year) => `Fundado em ${year}`,
    filters: 'Filtros',
    skipToResults: (count) => `Ir para os resultados (${count})`,
    noDetails: 'Não há mais dados deste laboratório.',
    csv: { name: 'Nome', sector: 'Setor', city: 'Cidade', region: 'Região', country: 'País', focusAreas: 'Temas', networks: 'Redes', founded: 'Fundação', website: 'Site', email: 'E-mail' },
  },
  en: {
    label: 'Lab directory',
    search: 'Search labs',
    searchHint: 'Name, city, region or topic',
    facets: { sector: 'Sector', country: 'Country', region: 'Region', city: 'City', focus: 'Topic', network: 'Network' },
    sectors: { academia: 'Academia', private: 'Private sector', public: 'Public sector', 'civil-society': 'Civil society' },
    sortBy: 'Sort by',
    sorts: { name: 'Name', city: 'City', founded: 'Year founded' },
    results: (shown, total, n) =>
      total === 0 ? 'No labs match' : shown < total ? `Showing ${n(shown)} of ${n(total)} labs` : total === 1 ? '1 lab' : `${n(total)} labs`,
    noResults: 'No lab matches the search and filters.',
    clearAll: 'Clear search and filters',
    showMore: (count) => `Show ${count} more`,
    showAllValues: 'Show all',
    download: 'Download',
    views: { list: 'List', map: 'Map' },
    searchIn: 'Search',
    website: 'Website',
    founded: (year) => `Founded in ${year}`,
    filters: 'Filters',
    skipToResults: (count) => `Skip to the results (${count})`,
    noDetails: 'There is nothing more about this lab.',
    csv: { name: 'Name', sector: 'Sector', city: 'City', region: 'Region', country: 'Country', focusAreas: 'Topics', networks: 'Networks', founded: 'Founded', website: 'Website', email: 'E-mail' },
  },
};
