/**
 * The Event object of the feed contract, built around the check of its recurrence rule: the public
 * schema (event.ts) checks rules with the SDK's parser; the client's events path (events-feed.ts) with the
 * same parser, loaded with the RRULE engine only for a file that has a series, so a page whose events are
 * all single never downloads it. Both accept exactly the same events.
 */
import * as z from 'zod/v4/mini';
import { isTimeZone } from '../time-zone.js';
import { CountryCode, HttpUrl, Id, Image, LongText, OffsetDateTime, Text } from './common.js';
import { refinement } from './refinement.js';

export { isTimeZone };

// Building blocks only the Event uses; the shared ones are in common.ts.

/** ISO 8601 calendar date, used by all-day events (end exclusive, as in iCalendar). */
export const CalendarDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

/** IANA time zone name, checked against the runtime's own zone database. */
export const TimeZone = z.string().check(
  refinement(isTimeZone, 'must be an IANA time zone such as America/Santiago'),
);

export function isDateOnly(value: string): boolean {
  return value.length === 10;
}

export const EventKind = z.enum(['meeting', 'panel', 'workshop', 'conference', 'webinar', 'other']);
export const EventStatus = z.enum(['scheduled', 'cancelled', 'postponed', 'rescheduled']);
export const Attendance = z.enum(['online', 'in-person', 'mixed']);
export const DocumentKind = z.enum(['minutes', 'slides', 'report', 'other']);

export const Location = z.object({
  name: z.optional(Text),
  address: z.optional(Text),
  city: z.optional(Text),
  region: z.optional(Text),
  country: z.optional(CountryCode),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lng: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

export const Person = z.object({
  name: Text,
  affiliation: z.optional(Text),
  /** What they do at this event, e.g. "Panelist", "Moderator". */
  role: z.optional(Text),
});

export const Organizer = z.object({
  name: Text,
  url: z.optional(HttpUrl),
});

export const EventDocument = z.object({
  title: Text,
  url: HttpUrl,
  kind: z._default(DocumentKind, 'other'),
});

/**
 * The Recurrence and the Event schemas, whose rules `checkRule` checks: it throws (a RecurrenceError) for
 * a rule the SDK cannot expand, and its message is the publisher's.
 */
export function eventSchemas(checkRule: (rule: string) => unknown) {
  const Recurrence = z.object({
    /** RFC 5545 RRULE value without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;BYDAY=3TH;COUNT=7`. */
    rule: z.string().check(
      z.regex(
        /^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Za-z0-9,+:-]+)*$/,
        'must be an RRULE value starting with FREQ=, e.g. FREQ=MONTHLY;BYDAY=3TH',
      ),
      // A plain check function (what z.check would wrap): the events bundle is ~50 B smaller without z.check.
      (context) => {
        try {
          checkRule(context.value);
        } catch (error) {
          context.issues.push({ code: 'custom', input: context.value, message: (error as Error).message });
        }
      },
    ),
    /** Start instants of occurrences that do not happen (EXDATE), in the same form as `start`. */
    exceptions: z.optional(z.array(z.union([OffsetDateTime, CalendarDate]))),
  });

  const Event = z
    .object({
      id: Id,
      title: Text,
      /** Plain text or the Markdown subset of docs/feeds.md; never rendered as HTML. */
      description: z.optional(LongText),
      /** Date-time with offset; a calendar date when `allDay`. */
      start: z.union([OffsetDateTime, CalendarDate]),
      /** Exclusive end; defaults to `start` plus one hour (one day when `allDay`). */
      end: z.optional(z.union([OffsetDateTime, CalendarDate])),
      /** IANA zone the event is organised in: recurrences repeat on its wall clock. */
      timeZone: TimeZone,
      allDay: z._default(z.boolean(), false),
      recurrence: z.optional(Recurrence),
      status: z._default(EventStatus, 'scheduled'),
      /** For `rescheduled` (and `postponed` once known): where the event was before. */
      previousStart: z.optional(z.union([OffsetDateTime, CalendarDate])),
      kind: z._default(EventKind, 'other'),
      attendance: z._default(Attendance, 'online'),
      location: z.optional(Location),
      onlineUrl: z.optional(HttpUrl),
      registrationUrl: z.optional(HttpUrl),
      organizers: z.optional(z.array(Organizer)),
      speakers: z.optional(z.array(Person)),
      topics: z.optional(z.array(Text)),
      network: z.optional(Id),
      streamId: z.optional(Id),
      image: z.optional(Image),
      documents: z.optional(z.array(EventDocument)),
      /** Agreements reached at a meeting, plain text. */
      outcomes: z.optional(LongText),
      highlight: z._default(z.boolean(), false),
      updatedAt: z.optional(OffsetDateTime),
      exampleData: z.optional(z.boolean()),
    })
    .check(
      refinement(
        (event) => isDateOnly(event.start) === event.allDay,
        'start must be a calendar date (YYYY-MM-DD) when allDay is true, and a date-time with offset otherwise',
        ['start'],
      ),
      refinement(
        (event) => event.end === undefined || isDateOnly(event.end) === event.allDay,
        'end must have the same form as start',
        ['end'],
      ),
      refinement(
        (event) => event.end === undefined || Date.parse(event.end) >= Date.parse(event.start),
        'end must not be before start',
        ['end'],
      ),
    );

  return { Recurrence, Event };
}
