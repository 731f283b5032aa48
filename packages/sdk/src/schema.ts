/**
 * The feed contract, v1, as zod schemas. `docs/feeds.md` is the same contract in prose; the JSON Schema
 * files in `packages/sdk/json-schema/` are generated from these (`npm run feeds:schema`).
 *
 * zod/mini keeps the validator small (a few KB gzip instead of ~25 KB for classic zod).
 */
import * as z from 'zod/v4/mini';
import { parseRRule } from './recurrence.js';

export const FEED_SCHEMA_VERSION = 1;

/** Identifiers: stable, URL-safe, used in links, element attributes and iCalendar UIDs. */
export const Id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 128)'),
);

const Text = z.string().check(z.minLength(1), z.maxLength(500));
const LongText = z.string().check(z.maxLength(20_000));

/** Only http(s) links: a feed can never smuggle `javascript:` or `data:` URLs into a host page. */
export const HttpUrl = z.string().check(
  z.regex(/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i, 'must be an absolute http(s) URL'),
);

/** ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`); a bare local time is ambiguous. */
export const OffsetDateTime = z.string().check(
  z.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'must be an ISO 8601 date-time with offset, e.g. 2022-02-23T17:00:00-03:00',
  ),
);
/** ISO 8601 calendar date, used by all-day events (end exclusive, as in iCalendar). */
export const CalendarDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

/** IANA time zone name, checked against the runtime's own zone database. */
export const TimeZone = z.string().check(
  z.refine((value) => isTimeZone(value), { message: 'must be an IANA time zone such as America/Santiago' }),
);

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as CL'));

export const Image = z.object({
  url: HttpUrl,
  /** Text alternative; an empty string marks a decorative image. */
  alt: z.string().check(z.maxLength(500)),
});

export const Network = z.object({
  id: Id,
  name: Text,
  /** Country the network belongs to, when it is national. */
  country: z.optional(CountryCode),
  /** Wider region when it spans countries, e.g. "Iberoamérica". */
  region: z.optional(Text),
  url: z.optional(HttpUrl),
  logo: z.optional(Image),
  exampleData: z.optional(z.boolean()),
});

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

export const Recurrence = z.object({
  /** RFC 5545 RRULE value without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;BYDAY=3TH;COUNT=7`. */
  rule: z.string().check(
    z.regex(
      /^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Za-z0-9,+:-]+)*$/,
      'must be an RRULE value starting with FREQ=, e.g. FREQ=MONTHLY;BYDAY=3TH',
    ),
    // The same parser that expands the rule checks it, so a rule the SDK cannot expand is reported here.
    z.check((context) => {
      try {
        parseRRule(context.value);
      } catch (error) {
        context.issues.push({ code: 'custom', input: context.value, message: (error as Error).message });
      }
    }),
  ),
  /** Start instants of occurrences that do not happen (EXDATE), in the same form as `start`. */
  exceptions: z.optional(z.array(z.union([OffsetDateTime, CalendarDate]))),
});

export const Event = z
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
    z.refine((event) => isDateOnly(event.start) === event.allDay, {
      message: 'start must be a calendar date (YYYY-MM-DD) when allDay is true, and a date-time with offset otherwise',
      path: ['start'],
    }),
    z.refine((event) => event.end === undefined || isDateOnly(event.end) === event.allDay, {
      message: 'end must have the same form as start',
      path: ['end'],
    }),
    z.refine((event) => event.end === undefined || Date.parse(event.end) >= Date.parse(event.start), {
      message: 'end must not be before start',
      path: ['end'],
    }),
  );

export const LabSector = z.enum(['academia', 'private', 'public', 'civil-society']);

export const Lab = z.object({
  id: Id,
  name: Text,
  sector: LabSector,
  description: z.optional(LongText),
  website: z.optional(HttpUrl),
  email: z.optional(z.string().check(z.regex(/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/, 'must be an e-mail address'))),
  city: z.optional(Text),
  region: z.optional(Text),
  country: CountryCode,
  coordinates: z.optional(
    z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lng: z.number().check(z.gte(-180), z.lte(180)),
    }),
  ),
  focusAreas: z.optional(z.array(Text)),
  /** Ids of the networks the lab belongs to. */
  networks: z.optional(z.array(Id)),
  founded: z.optional(z.int().check(z.gte(1800), z.lte(2100))),
  logo: z.optional(Image),
  exampleData: z.optional(z.boolean()),
});

/** YouTube video ids are exactly 11 characters of the URL-safe base64 alphabet. */
export const YOUTUBE_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;
export const YouTubeId = z.string().check(z.regex(YOUTUBE_ID_PATTERN, 'must be a YouTube video id: 11 of A-Z a-z 0-9 _ -'));
export const StreamStatus = z.enum(['upcoming', 'live', 'ended']);

export const Stream = z.object({
  id: Id,
  videoId: YouTubeId,
  title: Text,
  channel: z.optional(z.object({ name: Text, url: z.optional(HttpUrl) })),
  scheduledStart: z.optional(OffsetDateTime),
  scheduledEnd: z.optional(OffsetDateTime),
  actualStart: z.optional(OffsetDateTime),
  actualEnd: z.optional(OffsetDateTime),
  /** When given, wins over what the schedule says. */
  status: z.optional(StreamStatus),
  eventId: z.optional(Id),
  exampleData: z.optional(z.boolean()),
});

/** A file of the feed; `url` is relative to the manifest (or absolute). */
const FeedFile = z.object({ url: z.string().check(z.minLength(1)) });

export const EventShard = z.object({
  url: z.string().check(z.minLength(1)),
  /** Inclusive start of the range the shard covers. */
  from: OffsetDateTime,
  /** Exclusive end of the range. */
  to: OffsetDateTime,
});

export const Manifest = z.object({
  schemaVersion: z.literal(FEED_SCHEMA_VERSION),
  generatedAt: OffsetDateTime,
  title: z.optional(Text),
  networks: z.array(Network),
  feeds: z.object({
    /**
     * `url`: all events in one file. `shards`: the same events split by date range, so a client showing
     * one month fetches only the shards that overlap it. A feed may give both.
     */
    events: z.optional(
      z
        .object({ url: z.optional(z.string().check(z.minLength(1))), shards: z.optional(z.array(EventShard)) })
        .check(z.refine((feed) => feed.url !== undefined || feed.shards !== undefined, 'give url, shards or both')),
    ),
    labs: z.optional(FeedFile),
    streams: z.optional(FeedFile),
    ics: z.optional(FeedFile),
  }),
});

/** A collection file: the envelope every events, labs and streams file shares. */
function collectionFile<K extends string, S extends z.ZodMiniType>(key: K, item: S) {
  return z.object({
    schemaVersion: z.literal(FEED_SCHEMA_VERSION),
    generatedAt: z.optional(OffsetDateTime),
    ...({ [key]: z.array(item) } as Record<K, z.ZodMiniArray<S>>),
  });
}

export const EventsFile = collectionFile('events', Event);
export const LabsFile = collectionFile('labs', Lab);
export const StreamsFile = collectionFile('streams', Stream);

export type GovNetwork = z.infer<typeof Network>;
export type GovEvent = z.infer<typeof Event>;
export type GovEventInput = z.input<typeof Event>;
export type GovLab = z.infer<typeof Lab>;
export type GovStream = z.infer<typeof Stream>;
export type FeedManifest = z.infer<typeof Manifest>;
export type EventKindName = z.infer<typeof EventKind>;
export type EventStatusName = z.infer<typeof EventStatus>;
export type LabSectorName = z.infer<typeof LabSector>;
export type StreamStatusName = z.infer<typeof StreamStatus>;
export type EventDocumentKind = z.infer<typeof DocumentKind>;

export function isDateOnly(value: string): boolean {
  return value.length === 10;
}

const knownZones = new Map<string, boolean>();
/** True for a time zone the runtime's Intl knows (cached: constructing a formatter is not free). */
export function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = value.includes('/') || value === 'UTC';
    } catch {
      known = false;
    }
    knownZones.set(value, known);
  }
  return known;
}
