/** The build configuration (feeds.config.json). A JSON Schema for editors is still to come. */
import type { EventDocumentKind, GovEventInput, GovLab, GovNetwork } from '@govtech-network/sdk';
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

/** The lab fields a table column can fill; `lat` and `lng` together make the coordinates, `logo` an image URL. */
export type LabColumn =
  | 'id'
  | 'name'
  | 'sector'
  | 'description'
  | 'website'
  | 'email'
  | 'city'
  | 'region'
  | 'country'
  | 'lat'
  | 'lng'
  | 'focusAreas'
  | 'networks'
  | 'founded'
  | 'logo'
  | 'exampleData';

/** What a CSV and an XLSX lab list share: one row per lab, a header row naming the columns. */
export interface TableSourceOptions {
  /** The file, relative to the config file. */
  readonly path: string;
  /** Feed field ← header text, over the default headers (feed names and common Spanish ones). */
  readonly columns?: Partial<Record<LabColumn, string>>;
  /** Per field, cell text → feed value (e.g. sector "Academia" → "academia"); matched ignoring case and accents. */
  readonly values?: Partial<Record<LabColumn, Readonly<Record<string, string>>>>;
  /** Splits focusAreas and networks cells; default `;` or `|`. */
  readonly listSeparator?: string;
  /** Headers read by nobody, on purpose (no "header maps to nothing" warning). */
  readonly ignore?: readonly string[];
  /** Fields every lab of this file gets unless its row says otherwise (country, networks, sector…). */
  readonly defaults?: Partial<GovLab>;
}

export interface CsvSourceConfig extends TableSourceOptions {
  readonly type: 'csv';
  /** Default: from the header line (`;` as Spanish-locale Excel writes, else `,`, or a tab). */
  readonly delimiter?: ',' | ';' | '\t';
  /** Default: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252. */
  readonly encoding?: 'utf-8' | 'windows-1252';
}

export interface XlsxSourceConfig extends TableSourceOptions {
  readonly type: 'xlsx';
  /** Sheet name, or 1-based position; default the first sheet. */
  readonly sheet?: string | number;
}

export type DataItems = 'networks' | 'streams' | 'labs' | 'events';

/** A YAML or JSON file of feed-shaped items: a list, or an object holding the list under `items`' name. */
export interface DataSourceConfig {
  readonly type: 'data';
  /** A .yaml, .yml or .json file, relative to the config file. */
  readonly path: string;
  readonly items: DataItems;
  /** Fields every item gets unless it says otherwise (e.g. exampleData, or a lab's networks). */
  readonly defaults?: Readonly<Record<string, unknown>>;
}

export type SourceConfig = MarkdownSourceConfig | CsvSourceConfig | XlsxSourceConfig | DataSourceConfig;

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
