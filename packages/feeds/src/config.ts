/**
 * The build configuration (feeds.config.json or .yaml) as zod schemas: the TypeScript types, the
 * validation of a loaded config (config-check.ts) and the JSON Schema editors complete it with
 * (config.schema.json, `npm run feeds:schema`) all come from here, so they cannot drift.
 *
 * A new source type is one schema in SOURCE_SCHEMAS below (a strictObject with `type: z.literal(…)`)
 * plus its reader in sources/index.ts (the compiler asks for it).
 */
import * as z from 'zod/v4/mini';
import { DocumentKind, Event, HttpUrl, Id, Lab, Network, OffsetDateTime, TimeZone } from '@govtech-network/sdk';
import type { DateMode } from './dates.js';
import type { Lang } from './problems.js';

/** Documentation shown by editors (JSON Schema `description`). */
const about = z.describe;

const FrontMatterKey = z.string().check(z.minLength(1));

export const DocumentMappingSchema = z.strictObject({
  key: FrontMatterKey.check(about('Front-matter key holding the document link (a URL or a /path resolved against siteUrl).')),
  kind: DocumentKind.check(about('Kind of document in the feed: minutes, slides, report or other.')),
  title: z.string().check(z.minLength(1), about('The document\'s title in the feed, e.g. "Minuta".')),
});

/** Feed field ← front-matter key. `body` is the Markdown after the front matter. */
const mapped = (feedField: string) => z.optional(FrontMatterKey.check(about(`Front-matter key read as the event's ${feedField}.`)));
export const FieldMappingSchema = z.strictObject({
  id: mapped('id (default: the file name)'),
  title: mapped('title'),
  start: mapped('start'),
  end: mapped('end'),
  timeZone: mapped('IANA time zone (wins over the source\'s timeZone)'),
  description: mapped('description (the Markdown body is added after it)'),
  outcomes: mapped('outcomes (agreements reached)'),
  highlight: mapped('highlight flag (true or false)'),
  image: mapped('image URL'),
  imageAlt: mapped('image text alternative'),
  onlineUrl: mapped('online URL (stream or meeting link)'),
  registrationUrl: mapped('registration URL'),
  kind: mapped('kind (meeting, panel, workshop, conference, webinar, other)'),
  attendance: mapped('attendance (online, in-person, mixed)'),
  topics: mapped('topics (a list, or text separated by commas)'),
  network: mapped('network id'),
  documentList: mapped('documents, as a front-matter list of { title, url, kind }'),
  // Structured fields, taken as written (a YAML map or list in the feed's own shape) and checked by the contract.
  location: mapped('location ({ name, address, city, region, country, lat, lng })'),
  organizers: mapped('organizers (a list of { name, url })'),
  speakers: mapped('speakers (a list of { name, affiliation, role })'),
  recurrence: mapped('recurrence ({ rule, exceptions })'),
  status: mapped('status (scheduled, cancelled, postponed, rescheduled)'),
  previousStart: mapped('previous start (of a rescheduled event)'),
  streamId: mapped('stream id'),
  updatedAt: mapped('last update (date-time with offset)'),
  exampleData: mapped('example-data flag'),
  documents: z.optional(z.array(DocumentMappingSchema).check(about('Front-matter keys that become the event\'s documents.'))),
  ignore: z.optional(z.array(FrontMatterKey).check(about('Front-matter keys read by nobody, on purpose (no "unknown key" warning).'))),
});

export const PresetNameSchema = z.enum(['mesa']);
export const DateModeSchema = z.enum(['date-only', 'datetime'] as const satisfies readonly DateMode[]);

/** Event fields every item of a source gets unless its file says otherwise (network, kind, location…). */
const EventDefaults = z
  .partial(z.object(Event.shape))
  .check(about('Event fields every event of this source gets unless its file says otherwise (network, kind, attendance, location…).'));

export const MarkdownSourceSchema = z
  .strictObject({
    type: z.literal('markdown').check(about('Markdown/MDX files with YAML front matter (Decap/Netlify CMS, Hugo, Jekyll, Eleventy).')),
    path: z.string().check(z.minLength(1), about('Folder of .md/.markdown files, relative to the config file (read with its subfolders).')),
    preset: z.optional(PresetNameSchema.check(about('Built-in field mapping: "mesa" for the Mesa de Innovadores Públicos\' Decap fields.'))),
    fields: z.optional(FieldMappingSchema.check(about('Feed field ← front-matter key; overrides the preset\'s mapping key by key. Without a preset the keys are the feed\'s field names.'))),
    timeZone: TimeZone.check(about('IANA time zone the events happen in, e.g. America/Santiago (a mapped timeZone front-matter field wins).')),
    dates: z.optional(
      DateModeSchema.check(
        about('What the date fields mean: "datetime" (a wall time is read in the time zone; an instant keeps its moment) or "date-only" (the calendar day the editor picked, even if the CMS saved it as UTC). Default: the preset\'s, else datetime.'),
      ),
    ),
    siteUrl: z.optional(HttpUrl.check(about('Site that relative paths (/images/…) belong to, e.g. https://mesa.example.gt.'))),
    defaults: z.optional(EventDefaults),
  })
  .check(about('A folder of Markdown files, one event each.'));

export const IcsSourceSchema = z
  .strictObject({
    type: z.literal('ics').check(about('An iCalendar file or URL, e.g. a network\'s Google Calendar export.')),
    path: z.optional(z.string().check(z.minLength(1), about('The .ics file, relative to the config file; or give url.'))),
    url: z.optional(
      z.string().check(z.regex(/^(https?|webcal):\/\//i, 'must be an http(s) or webcal URL'), about('Address of the calendar, e.g. Google Calendar\'s "secret address in iCal format".')),
    ),
    network: z.optional(Id.check(about('Network id every event of the calendar belongs to.'))),
    timeZone: TimeZone.check(about('IANA zone for times with no TZID (floating or UTC), unless the calendar\'s X-WR-TIMEZONE names one.')),
    defaults: z.optional(EventDefaults),
    from: z.optional(z.string().check(about('Leave out events (and series) that ended before this date (YYYY-MM-DD, or a date-time with offset).'))),
    timeoutSeconds: z.optional(z.number().check(z.positive(), about('How long to wait for url (default 30).'))),
  })
  .check(about('An iCalendar calendar: VEVENTs with TZID, RRULE and EXDATE become events.'));

/** The lab fields a table column can fill. */
export const LabColumnSchema = z.enum([
  'id',
  'name',
  'sector',
  'description',
  'website',
  'email',
  'city',
  'region',
  'country',
  'lat',
  'lng',
  'focusAreas',
  'networks',
  'founded',
  'logo',
  'exampleData',
]);

/** What a CSV and an XLSX lab list share: one row per lab, a header row naming the columns. */
const tableOptions = {
  path: z.string().check(z.minLength(1), about('The file, relative to the config file.')),
  columns: z.optional(
    z.partialRecord(LabColumnSchema, z.string().check(z.minLength(1))).check(
      about('Lab field ← header text, over the default headers (the feed\'s field names and common Spanish ones); matched ignoring case and accents.'),
    ),
  ),
  values: z.optional(
    z.partialRecord(LabColumnSchema, z.record(z.string(), z.string())).check(
      about('Per field, cell text → feed value (e.g. sector "Academia" → "academia"); matched ignoring case and accents.'),
    ),
  ),
  listSeparator: z.optional(z.string().check(z.minLength(1), about('Splits focusAreas and networks cells; default ";" or "|".'))),
  ignore: z.optional(z.array(z.string()).check(about('Headers read by nobody, on purpose (no "header maps to nothing" warning).'))),
  defaults: z.optional(
    z.partial(z.object(Lab.shape)).check(about('Fields every lab of this file gets unless its row says otherwise (country, networks, sector…).')),
  ),
};

export const CsvSourceSchema = z
  .strictObject({
    type: z.literal('csv').check(about('A lab list as CSV (comma or semicolon; UTF-8, with or without BOM, or Windows-1252 from Excel).')),
    ...tableOptions,
    delimiter: z.optional(z.enum([',', ';', '\t']).check(about('Default: from the header line (";" as Spanish-locale Excel writes, else ",", or a tab).'))),
    encoding: z.optional(z.enum(['utf-8', 'windows-1252']).check(about('Default: UTF-8 when the bytes are valid UTF-8, else Windows-1252.'))),
  })
  .check(about('A CSV lab list, one lab per row.'));

export const XlsxSourceSchema = z
  .strictObject({
    type: z.literal('xlsx').check(about('A lab list as an Excel workbook (.xlsx).')),
    ...tableOptions,
    sheet: z.optional(z.union([z.string(), z.int().check(z.positive())]).check(about('Sheet name, or position from 1; default the first sheet.'))),
  })
  .check(about('An XLSX lab list, one lab per row.'));

export const DataItemsSchema = z.enum(['networks', 'streams', 'labs', 'events']);

export const DataSourceSchema = z
  .strictObject({
    type: z.literal('data').check(about('A YAML or JSON file of items in the feed\'s own shape.')),
    path: z.string().check(z.minLength(1), about('A .yaml, .yml or .json file, relative to the config file: a list, or an object holding the list under the items\' name.')),
    items: DataItemsSchema.check(about('What the file holds: networks, streams, labs or events.')),
    timeZone: z.optional(
      TimeZone.check(
        about('IANA zone a stream\'s date-times without offset are read in (2022-02-23T17:00, as a Decap editor stores them); a stream\'s own timeZone key wins. Date-times with an offset are kept as written.'),
      ),
    ),
    defaults: z.optional(z.record(z.string(), z.unknown()).check(about('Fields every item gets unless it says otherwise (e.g. exampleData, or a lab\'s networks).'))),
  })
  .check(about('Networks, streams, labs or events written as YAML or JSON.'));

/** Every source type a config can name: add a new one here (and its reader in sources/index.ts). */
const SOURCE_SCHEMAS = [MarkdownSourceSchema, IcsSourceSchema, CsvSourceSchema, XlsxSourceSchema, DataSourceSchema] as const;

export const SourceConfigSchema = z.discriminatedUnion('type', SOURCE_SCHEMAS);

export const FeedsConfigSchema = z
  .strictObject({
    $schema: z.optional(z.string().check(about('JSON Schema of this file, for editor completion.'))),
    title: z.optional(z.string().check(z.minLength(1), about('The feed\'s title (manifest title, events.ics calendar name).'))),
    generatedAt: z.optional(
      OffsetDateTime.check(about('When the feed was made (ISO date-time with offset); else SOURCE_DATE_EPOCH; else the build\'s time.')),
    ),
    siteUrl: z.optional(HttpUrl.check(about('Site relative links (/images/…) resolve against when a source gives none.'))),
    lang: z.optional(z.enum(['es', 'en'] as const satisfies readonly Lang[]).check(about('Language of the build\'s messages: es (default) or en; the CLI\'s --lang wins.'))),
    networks: z.optional(z.array(Network).check(about('Networks listed in the config itself (a networks source may add more).'))),
    sources: z.array(SourceConfigSchema).check(about('Where the feed\'s items come from, read in this order (the first to claim an id keeps it).')),
    out: z.optional(z.string().check(z.minLength(1), about('Output folder, relative to the config file (default "feed"); the CLI\'s --out wins.'))),
    basePath: z.optional(z.string().check(about('Path the feed folder is served from on its host, for the _headers file (default "/").'))),
    icsProductId: z.optional(z.string().check(z.minLength(1), about('PRODID of the .ics files.'))),
  })
  .check(about('govtech-feeds configuration: the sources a v1 GovTech feed is built from.'));

export type DocumentMapping = z.input<typeof DocumentMappingSchema>;
export type FieldMapping = z.input<typeof FieldMappingSchema>;
export type PresetName = z.infer<typeof PresetNameSchema>;
export type MarkdownSourceConfig = z.input<typeof MarkdownSourceSchema>;
export type IcsSourceConfig = z.input<typeof IcsSourceSchema>;
export type LabColumn = z.infer<typeof LabColumnSchema>;
export type CsvSourceConfig = z.input<typeof CsvSourceSchema>;
export type XlsxSourceConfig = z.input<typeof XlsxSourceSchema>;
export type DataSourceConfig = z.input<typeof DataSourceSchema>;
export type DataItems = z.infer<typeof DataItemsSchema>;
/** What a CSV and an XLSX lab list share. */
export type TableSourceOptions = Omit<CsvSourceConfig, 'type' | 'delimiter' | 'encoding'>;
export type SourceConfig = z.input<typeof SourceConfigSchema>;
export type FeedsConfig = z.input<typeof FeedsConfigSchema>;
