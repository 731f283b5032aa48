/**
 * schema.org `Event` data (JSON-LD) for the calendar's occurrences, so search engines can list them, and
 * the text of the `<script type="application/ld+json">` that carries it.
 */
import {
  type EventOccurrence,
  type EventStatusName,
  type GovEvent,
  offsetMinutes,
  parseFeedInstant,
} from '@govtech-network/sdk';
import { createPolicyOrWarn, trustedTypesFactory } from '../internal/trusted-types.js';

type JsonObject = Record<string, unknown>;

const SCHEMA_ORG = 'https://schema.org/';
const STATUS: Record<EventStatusName, string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
};
const ATTENDANCE: Record<GovEvent['attendance'], string> = {
  online: 'OnlineEventAttendanceMode',
  'in-person': 'OfflineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};
// The inline marks of the feed's Markdown subset (docs/feeds.md); lists and line breaks read fine as text.
const MARKDOWN_INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\((?:https?:\/\/|mailto:)[^\s)]+\)/g;

function plainText(markdown: string): string {
  return markdown
    .replace(MARKDOWN_INLINE, (_match, bold?: string, italic?: string, label?: string) => bold ?? italic ?? label ?? '')
    .trim();
}

/** `value` without its undefined members and empty lists, so the JSON carries only what the feed says. */
function withoutEmpty(value: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, member]) => member !== undefined && !(Array.isArray(member) && member.length === 0),
    ),
  );
}

/** ISO 8601 on the wall clock of `timeZone`, with its offset: 2026-04-18T10:00:00-04:00. */
function zonedIso(instant: number, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  const wall = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

function place({ name, address, city, region, country, lat, lng }: NonNullable<GovEvent['location']>): JsonObject {
  const postal = withoutEmpty({
    '@type': 'PostalAddress',
    streetAddress: address,
    addressLocality: city,
    addressRegion: region,
    addressCountry: country,
  });
  return withoutEmpty({
    '@type': 'Place',
    name,
    address: Object.keys(postal).length > 1 ? postal : undefined,
    geo:
      lat !== undefined && lng !== undefined ? { '@type': 'GeoCoordinates', latitude: lat, longitude: lng } : undefined,
  });
}

/**
 * One occurrence as a schema.org Event. Times carry the offset of the event's own zone, as the organiser
 * announced them; all-day events are dates, `endDate` being the last day (schema.org's end is inclusive).
 */
export function eventJsonLd(occurrence: EventOccurrence, options: { pageUrl?: string } = {}): Record<string, unknown> {
  const { event } = occurrence;
  const dateTime = (instant: number) => zonedIso(instant, event.timeZone).slice(0, event.allDay ? 10 : undefined);
  const start = occurrence.start.getTime();
  // An all-day event ends on the day of its last instant, not on the exclusive end date.
  const end = event.allDay ? Math.max(occurrence.end.getTime() - 1, start) : occurrence.end.getTime();
  const locations = [
    ...(event.location ? [place(event.location)] : []),
    ...(event.onlineUrl ? [{ '@type': 'VirtualLocation', url: event.onlineUrl }] : []),
  ];
  return withoutEmpty({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: plainText(event.description ?? '') || undefined,
    startDate: dateTime(start),
    endDate: dateTime(end),
    eventStatus: SCHEMA_ORG + STATUS[event.status],
    eventAttendanceMode: SCHEMA_ORG + ATTENDANCE[event.attendance],
    previousStartDate:
      event.status === 'rescheduled' && event.previousStart
        ? dateTime(parseFeedInstant(event.previousStart, event.timeZone))
        : undefined,
    location: locations.length > 1 ? locations : locations[0],
    organizer: event.organizers?.map(({ name, url }) => withoutEmpty({ '@type': 'Organization', name, url })),
    performer: event.speakers?.map(({ name, affiliation }) =>
      withoutEmpty({
        '@type': 'Person',
        name,
        affiliation: affiliation && { '@type': 'Organization', name: affiliation },
      }),
    ),
    image: event.image?.url,
    url: event.registrationUrl ?? event.onlineUrl ?? options.pageUrl,
  });
}

// JSON has these only inside strings, where a \u escape means the same character. Escaped, no feed text can
// close the script element ("</script>") or open an HTML comment in it ("<!--"); U+2028/U+2029 end lines
// in older JavaScript parsers.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON to use as the text of a `<script type="application/ld+json">`, even in server-rendered HTML. */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

type JsonLdPolicy = { createScript(text: string): string };

/**
 * Our Trusted Types policy for a script's text, 'govtech-jsonld': it passes only JSON without a "<" (what
 * `jsonLdScriptText` makes), which run as script would do nothing, and only this module holds it. Made
 * on first use; null when the page refuses it (said once in the console), and then no JSON-LD is written.
 */
let jsonLdPolicy: JsonLdPolicy | null | undefined;

function trustedJsonLd(text: string): string | null {
  if (!trustedTypesFactory()) return text;
  // Asked once: a refusal (null) is not asked again (`??=` would, null being nullish), so it is said once.
  if (jsonLdPolicy === undefined)
    jsonLdPolicy =
      createPolicyOrWarn<JsonLdPolicy>(
        'govtech-jsonld',
        {
          createScript(input) {
            if (input.includes('<')) throw new TypeError('govtech-jsonld: not JSON-LD text');
            JSON.parse(input);
            return input;
          },
        },
        '<govtech-event-calendar seo> writes no JSON-LD',
      ) ?? null;
  // A TrustedScript, typed as the string the DOM's types expect for a script's text.
  return jsonLdPolicy?.createScript(text) ?? null;
}

/**
 * Keeps `script` (the calendar's JSON-LD in its light DOM, where search engines read it; created when
 * absent) in step with `occurrences`, touching the page only when the text changes. Under Trusted Types
 * the text goes through our own policy ('govtech-jsonld'); refused, nothing is written.
 */
export function writeStructuredData(
  host: Element,
  script: HTMLScriptElement | null,
  occurrences: readonly EventOccurrence[],
  pageUrl: string,
): void {
  const text = jsonLdScriptText(occurrences.map((occurrence) => eventJsonLd(occurrence, { pageUrl })));
  if (script?.textContent === text) return;
  const trusted = trustedJsonLd(text);
  if (trusted === null) return;
  const target = script ?? document.createElement('script');
  target.type = 'application/ld+json';
  target.dataset.govtechSeo = '';
  target.text = trusted;
  if (!script) host.append(target);
}
