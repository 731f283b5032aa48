// Its own module so widgets that only need zone names (every widget's base) load nothing else.

/** The few fields of a Temporal.ZonedDateTime the SDK reads. */
export interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
}

/** The part of TC39 Temporal the SDK uses for zone arithmetic. */
export interface TemporalZones {
  Now: { timeZoneId(): string };
  Instant: { fromEpochMilliseconds(epochMs: number): { toZonedDateTimeISO(timeZone: string): ZonedFields } };
}

/**
 * The runtime's Temporal, where it has one (Chromium 144+, Firefox 139+). Its zone arithmetic reads the
 * same zone data as Intl, without what the first `Intl.DateTimeFormat` of a page costs (ICU's date
 * formatting loads: 15–50 ms of a phone's main thread, in the task that first renders the widgets).
 * Elsewhere the SDK does the same with `Intl.DateTimeFormat`.
 */
export const temporal: TemporalZones | undefined = (globalThis as { Temporal?: TemporalZones }).Temporal;

const knownZones = new Map<string, boolean>();
/** True for a time zone the runtime knows, by IANA name (cached: the first lookup is not free). */
export function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      if (temporal) temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(value);
      else new Intl.DateTimeFormat('en', { timeZone: value });
      known = value.includes('/') || value === 'UTC';
    } catch {
      known = false;
    }
    knownZones.set(value, known);
  }
  return known;
}

/** The zone the runtime runs in: the visitor's own, in a browser. */
export function runtimeTimeZone(): string {
  return temporal ? temporal.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone;
}
