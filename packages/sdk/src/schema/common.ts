/**
 * Building blocks shared by the objects of the feed contract (see ../schema.ts). Those only the Event uses
 * (calendar dates, time zones) live in event.ts: a bundle that splits the lazy labs and streams paths off
 * then imports them from no shared chunk.
 */
import * as z from 'zod/v4/mini';

export const FEED_SCHEMA_VERSION = 1;

/** Identifiers: stable, URL-safe, used in links, element attributes and iCalendar UIDs. */
export const Id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 128)'),
);

export const Text = z.string().check(z.minLength(1), z.maxLength(500));
export const LongText = z.string().check(z.maxLength(20_000));

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
/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as CL'));

export const Image = z.object({
  url: HttpUrl,
  /** Text alternative; an empty string marks a decorative image. */
  alt: z.string().check(z.maxLength(500)),
});

/** A collection file: the envelope every events, labs and streams file shares. */
// No side effects: a bundle that never uses an EventsFile / LabsFile / StreamsFile drops it.
/* @__NO_SIDE_EFFECTS__ */
export function collectionFile<K extends string, S extends z.ZodMiniType>(key: K, item: S) {
  return z.object({
    schemaVersion: z.literal(FEED_SCHEMA_VERSION),
    generatedAt: z.optional(OffsetDateTime),
    ...({ [key]: z.array(item) } as Record<K, z.ZodMiniArray<S>>),
  });
}

