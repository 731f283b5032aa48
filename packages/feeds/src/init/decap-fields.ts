/**
 * Widgets every collection of the starter's Decap admin shares: the wall-time and day widgets (why they
 * store no zone: decap.ts), the time-zone select, the networks select and the link pattern.
 */
import type { FeedsConfig } from '../config.js';

/** Time zones offered in the editor, beside the config's own: Latin America, Spain and Portugal. */
export const EDITOR_TIME_ZONES: readonly (readonly [zone: string, place: string])[] = [
  ['America/Santiago', 'Chile'],
  ['America/Argentina/Buenos_Aires', 'Argentina'],
  ['America/Montevideo', 'Uruguay'],
  ['America/Asuncion', 'Paraguay'],
  ['America/La_Paz', 'Bolivia'],
  ['America/Lima', 'Perú'],
  ['America/Guayaquil', 'Ecuador'],
  ['America/Bogota', 'Colombia'],
  ['America/Caracas', 'Venezuela'],
  ['America/Panama', 'Panamá'],
  ['America/Costa_Rica', 'Costa Rica'],
  ['America/Managua', 'Nicaragua'],
  ['America/Tegucigalpa', 'Honduras'],
  ['America/El_Salvador', 'El Salvador'],
  ['America/Guatemala', 'Guatemala'],
  ['America/Mexico_City', 'México (centro)'],
  ['America/Havana', 'Cuba'],
  ['America/Santo_Domingo', 'República Dominicana'],
  ['America/Puerto_Rico', 'Puerto Rico'],
  ['America/Sao_Paulo', 'Brasil (Brasilia)'],
  ['Europe/Madrid', 'España (península)'],
  ['Atlantic/Canary', 'España (Canarias)'],
  ['Europe/Lisbon', 'Portugal'],
];

/** Wall time: what the editor picks is what the file holds, read in the event's `timeZone`. */
export const WALL_TIME_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false, default: '' } as const;
/** A day: `YYYY-MM-DD`, never an instant, so it cannot move to the day before. */
export const DAY_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false, default: '' } as const;

export const LINK_PATTERN = ['^https?://\\S+$', 'Escriba un enlace completo que empiece por https://'];

export type Field = Record<string, unknown> & { name: string };

/** The zone an item's wall times are read in: `defaultZone` first, then the editor's list. */
export function timeZoneField(defaultZone: string, hint: string): Field {
  const place = new Map(EDITOR_TIME_ZONES);
  const zones = [defaultZone, ...EDITOR_TIME_ZONES.map(([zone]) => zone).filter((zone) => zone !== defaultZone)];
  return {
    name: 'timeZone',
    label: 'Zona horaria',
    widget: 'select',
    options: zones.map((zone) => ({ label: place.has(zone) ? `${place.get(zone)} (${zone})` : zone, value: zone })),
    default: defaultZone,
    hint,
  };
}

/** The config's networks as a select (several for a lab: `multiple`). */
export function networkOptions(config: FeedsConfig): { label: string; value: string }[] {
  return (config.networks ?? []).map((network) => ({ label: network.name, value: network.id }));
}
