// The stream card's one date, apart from internal/zoned-time.ts (the calendar's and countdown's, with
// events' zones and cities): a card given only a video id and a `date` needs this alone, and the CDN
// build keeps zoned-time.ts with the events code a card never loads.
import { dateTimeFormat } from '@govtech-network/sdk/intl';

/** A stream's start as the visitor reads it, zone named: "10 de diciembre de 2026, 12:00 GMT-3". */
export function instantText(date: Date | number, locale: string, displayZone: string): string {
  return dateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: displayZone,
  }).format(date);
}
