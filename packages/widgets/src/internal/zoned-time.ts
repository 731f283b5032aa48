/**
 * How the widgets show a date and time: the one answer. An event happens in its own zone; the visitor
 * reads it in theirs (the widget's display zone). When the two clocks read alike, one time is shown;
 * otherwise the event's, named by its city, then the visitor's: "jueves, 10 de diciembre de 2026,
 * 16:00 Madrid · 10:00 tu hora". All-day dates are calendar dates of the event's own zone.
 *
 * Formatters come from the shared bounded cache (@govtech-network/sdk/intl, zod-free).
 */
import { dateTimeFormat } from '@govtech-network/sdk/intl';

/**
 * What is shown: an occurrence (the SDK's EventOccurrence fits) — an instant, or an all-day span, and
 * the zone its event happens in.
 */
export interface ZonedWhen {
  readonly event: { readonly allDay: boolean; readonly timeZone: string };
  readonly start: Date;
  /** Exclusive end. Given for an all-day event, a span of several days shows as "first – last". */
  readonly end?: Date;
}

/** Who reads it: the Intl locale, their zone, and how their language says "your time". */
export interface ZonedReader {
  readonly locale: string;
  readonly displayZone: string;
  readonly yourTime: string;
}

/** "jueves, 10 de diciembre de 2026, 16:00 Madrid · 10:00 tu hora"; one time when both clocks read alike; the date(s) alone all day. */
export function whenText({ event: { allDay, timeZone }, start, end }: ZonedWhen, { locale, displayZone, yourTime }: ZonedReader): string {
  if (allDay) {
    const first = dateText(start, timeZone, locale);
    const last = end ? dateText(new Date(+end - 1), timeZone, locale) : first;
    return first === last ? first : `${first} – ${last}`;
  }
  const full = (zone: string) => dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(start);
  if (sameWallClock(start, timeZone, displayZone)) return full(displayZone);
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: displayZone }).format(start);
  return `${full(timeZone)} ${cityOf(timeZone, locale)} · ${time} ${yourTime}`;
}

/** The full date of `date` in `timeZone`: "jueves, 10 de diciembre de 2026". */
export function dateText(date: Date | number, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(date);
}

/** True when the clocks of the two zones show the same day, hour and minute at `date`. */
export function sameWallClock(date: Date | number, zoneA: string, zoneB: string): boolean {
  if (zoneA === zoneB) return true;
  const clock = (timeZone: string) => dateTimeFormat('en', { hour: 'numeric', minute: 'numeric', day: 'numeric', timeZone }).format(date);
  return clock(zoneA) === clock(zoneB);
}

/**
 * Intl names zones ("hora de Colombia") but not their cities, so the cities of our networks' zones
 * (Latin America, Spain) whose Spanish and Portuguese names differ from their IANA spelling are here:
 * those written with accents, found by their spelling without them, and the few with other names
 * ("es|pt"). English and every other city keep the IANA spelling.
 */
const ACCENTED = 'Araguaína,Belém,Bogotá,Cancún,Ciudad Juárez,Córdoba,Cuiabá,Galápagos,Maceió,Mazatlán,Mérida,Panamá,Santarém,São Paulo,Tucumán';
const RENAMED: Record<string, string> = {
  Asuncion: 'Asunción|Assunção',
  Canary: 'Canarias|Canárias',
  Havana: 'La Habana|Havana',
  Mexico_City: 'Ciudad de México|Cidade do México',
};
const unaccented = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ /g, '_');

/** "America/Bogota" → "Bogotá" (es, pt) or "Bogota" (en); "America/Mexico_City" → "Ciudad de México", "Cidade do México", "Mexico City". */
export function cityOf(timeZone: string, locale: string): string {
  const city = timeZone.slice(timeZone.lastIndexOf('/') + 1);
  const [es, pt = es] = RENAMED[city]?.split('|') ?? [ACCENTED.split(',').find((name) => unaccented(name) === city)];
  const language = locale.slice(0, 2);
  return (language === 'es' ? es : language === 'pt' ? pt : undefined) ?? city.replace(/_/g, ' ');
}
