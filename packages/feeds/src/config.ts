/** The build configuration (feeds.config.json). A JSON Schema for editors is still to come. */
import type { EventDocumentKind, GovEventInput, GovNetwork } from '@govtech-network/sdk';
import type { DateMode } from './dates.js';
import type { Lang } from './problems.js';

/** A front-matter key that becomes one of the event's documents. */
export interface DocumentMapping {
  readonly key: string;
  readonly kind: EventDocumentKind;
  /** The document's title in the feed, e.g. "Minuta". */
  readonly title: string;
}

/** Feed field ← front-matter key. `body` is the Markdown after the front matter. */
export interface FieldMapping {
  readonly id?: string;
  readonly title?: string;
  readonly start?: string;
  readonly end?: string;
  readonly timeZone?: string;
  readonly description?: string;
  readonly outcomes?: string;
  readonly highlight?: string;
  readonly image?: string;
  readonly imageAlt?: string;
  readonly onlineUrl?: string;
  readonly registrationUrl?: string;
  readonly kind?: string;
  readonly attendance?: string;
  readonly topics?: string;
  readonly documents?: readonly DocumentMapping[];
  /** A front-matter list of { title, url, kind } documents (links resolved as the others). */
  readonly documentList?: string;
  /**
   * Structured fields, taken as written in the front matter (a YAML map or list in the feed's own shape)
   * and checked by the feed contract: location, organizers, speakers, recurrence, status, previousStart,
   * network, streamId, updatedAt, exampleData.
   */
  readonly location?: string;
  readonly organizers?: string;
  readonly speakers?: string;
  readonly recurrence?: string;
  readonly status?: string;
  readonly previousStart?: string;
  readonly network?: string;
  readonly streamId?: string;
  readonly updatedAt?: string;
  readonly exampleData?: string;
  /** Front-matter keys read by nobody, on purpose (no "unknown key" warning). */
  readonly ignore?: readonly string[];
}

export type PresetName = 'mesa';

export interface MarkdownSourceConfig {
  readonly type: 'markdown';
  /** Folder of .md/.markdown files, relative to the config file. */
  readonly path: string;
  readonly preset?: PresetName;
  /** Overrides the preset's mapping, key by key. */
  readonly fields?: FieldMapping;
  /** IANA zone the events happen in (a front-matter `timeZone` field, if mapped, wins). */
  readonly timeZone: string;
  /** What the date fields mean; the preset's, else `datetime`. */
  readonly dates?: DateMode;
  /** Site the relative paths (/images/…) belong to, e.g. https://mesa.example.gt. */
  readonly siteUrl?: string;
  /** Fields every event of this source gets unless its file says otherwise (network, kind, location…). */
  readonly defaults?: Partial<GovEventInput>;
}

/** An iCalendar file or URL, e.g. a network's Google Calendar export. */
export interface IcsSourceConfig {
  readonly type: 'ics';
  /** The .ics file, relative to the config file; or give `url`. */
  readonly path?: string;
  /** http(s) (or webcal) address of the calendar, e.g. Google Calendar's "address in iCal format". */
  readonly url?: string;
  /** Network id every event of the calendar belongs to. */
  readonly network?: string;
  /** IANA zone for times with no TZID (floating or UTC), unless the calendar's X-WR-TIMEZONE names one. */
  readonly timeZone: string;
  /** Fields every event gets unless the calendar says otherwise (kind, attendance, location.country…). */
  readonly defaults?: Partial<GovEventInput>;
  /** Leave out events (and series) that ended before this date (YYYY-MM-DD, or a date-time with offset). */
  readonly from?: string;
  /** How long to wait for `url` (default 30). */
  readonly timeoutSeconds?: number;
}

export type SourceConfig = MarkdownSourceConfig | IcsSourceConfig;

export interface FeedsConfig {
  readonly title?: string;
  /** When the feed was made (ISO date-time with offset); else SOURCE_DATE_EPOCH; else the build's time. */
  readonly generatedAt?: string;
  readonly siteUrl?: string;
  readonly lang?: Lang;
  /** Networks listed in the config itself (a networks source may add more). */
  readonly networks?: readonly GovNetwork[];
  readonly sources: readonly SourceConfig[];
  /** Output folder, relative to the config file (default `feed`); the CLI's --out wins. */
  readonly out?: string;
  /** Path the feed folder is served from on its host, for the `_headers` file (default `/`). */
  readonly basePath?: string;
  /** PRODID of events.ics. */
  readonly icsProductId?: string;
}
