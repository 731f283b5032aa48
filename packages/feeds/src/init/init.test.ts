import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Attendance, CountryCode, EventKind, EventsFile, Id, isTimeZone, Lab, LabSector, LabsFile, Stream, StreamsFile, YOUTUBE_ID_PATTERN } from '@govtech-network/sdk';
import * as z from 'zod/v4/mini';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { buildFeed } from '../build.js';
import { checkConfig } from '../config-check.js';
import { loadConfig } from '../config-file.js';
import type { DataSourceConfig, MarkdownSourceConfig, SourceConfig } from '../config.js';
import { main, type Io } from '../main.js';
import { dataItemKeys } from '../sources/data.js';
import { countryCodeOf, keyOf, SECTOR_WORDS } from '../sources/lab-columns.js';
import { mappingOf } from '../sources/markdown.js';
import { CSV_LABS_EXAMPLE, CSV_LABS_SOURCE } from './readme.js';
import { markdownFile } from './starter.js';
import { initProject, schemaRefFor } from './project.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govtech-feeds-init-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Loads the project's config and builds it the way the CLI does (config file named, lines known). */
async function buildProject(folder: string) {
  const loaded = await loadConfig(undefined, folder);
  if ('error' in loaded) throw new Error(loaded.error);
  const result = await buildFeed(loaded.config, {
    outDir: join(folder, 'feed'),
    configDir: loaded.dir,
    configSource: { file: 'feeds.config', text: loaded.text },
    env: { SOURCE_DATE_EPOCH: '1767225600' },
  });
  const events = result.files.has('events.json') ? EventsFile.parse(JSON.parse(result.files.get('events.json')!)).events : [];
  const labs = result.files.has('labs.json') ? LabsFile.parse(JSON.parse(result.files.get('labs.json')!)).labs : [];
  const streams = result.files.has('streams.json') ? StreamsFile.parse(JSON.parse(result.files.get('streams.json')!)).streams : [];
  return { result, events, labs, streams, config: loaded.config };
}

function capture(): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) };
}

interface DecapField {
  name: string;
  widget: string;
  required?: boolean;
  multiple?: boolean;
  pattern?: [string, string];
  fields?: DecapField[];
  collection?: string;
  value_field?: string;
  format?: string;
  date_format?: string;
  time_format?: string | false;
  picker_utc?: boolean;
  default?: unknown;
  options?: ({ value: string } | string)[];
}
interface DecapCollection {
  name: string;
  folder?: string;
  fields?: DecapField[];
  files?: { name: string; file: string; fields: DecapField[] }[];
}

describe('govtech-feeds init', () => {
  it('writes a project that builds with no problems: 17:00 Santiago panels and a meeting on its day', async () => {
    const result = await initProject({ folder: dir });
    expect('written' in result && result.written).toEqual([
      'feeds.config.json',
      'contenido/eventos/verano-2022-panel-1-ecosistema-govtech.md',
      'contenido/eventos/verano-2022-panel-2-digitalizacion-municipal.md',
      'contenido/reuniones/2023-10-19-lanzamiento-red-govtech-iberoamerica.md',
      'datos/laboratorios.yaml',
      'datos/transmisiones.yaml',
      'admin/config.yml',
      'admin/index.html',
      'LEEME.md',
    ]);
    const { result: build, events, labs, streams } = await buildProject(dir);
    expect(build.problems).toEqual([]);
    expect(build).toMatchObject({ ok: true, written: true, events: 3, labs: 4, streams: 2 });
    expect([...build.files.keys()]).toEqual(expect.arrayContaining(['index.json', 'events.json', 'labs.json', 'streams.json', 'events.ics']));
    expect(events.map((event) => [event.id, event.start, event.end, event.allDay, event.network])).toEqual([
      ['verano-2022-panel-1-ecosistema-govtech', '2022-02-23T17:00:00-03:00', '2022-02-23T18:00:00-03:00', false, 'verano-datos-abiertos'],
      ['verano-2022-panel-2-digitalizacion-municipal', '2022-02-24T16:00:00-03:00', '2022-02-24T17:00:00-03:00', false, 'verano-datos-abiertos'],
      ['2023-10-19-lanzamiento-red-govtech-iberoamerica', '2023-10-19', undefined, true, 'red-govtech-iberoamerica'],
    ]);
    // Real labs from the seeds (no invented coordinates or links), one invented lab marked as such.
    expect(labs.map((lab) => [lab.id, lab.sector, lab.country, lab.networks, lab.exampleData, lab.coordinates !== undefined])).toEqual([
      ['co-laboratorio-innovacion-publica-bucaramanga', 'public', 'CO', undefined, undefined, false],
      ['pe-ejemplo-arequipa', 'academia', 'PE', ['red-labs-peru'], true, true],
      ['pe-laboratorio-gobierno-transformacion-digital', 'public', 'PE', ['red-labs-peru'], undefined, false],
      ['pe-laboratorio-gore-cajamarca', 'public', 'PE', ['red-labs-peru'], undefined, false],
    ]);
    // The panels' streams: tied to their events, at the events' own times (17:00 Santiago), invented video ids marked.
    expect(streams.map((stream) => [stream.eventId, stream.scheduledStart, stream.scheduledEnd, stream.exampleData])).toEqual(
      events.filter((event) => event.kind === 'panel').map((event) => [event.id, event.start, event.end, true]),
    );
    expect(streams.every((stream) => YOUTUBE_ID_PATTERN.test(stream.videoId))).toBe(true);
  });

  it('writes the same config as YAML, with the modeline editors read the schema from', async () => {
    await initProject({ folder: join(dir, 'json'), schemaRef: 'https://example.org/s.json' });
    await initProject({ folder: join(dir, 'yaml'), format: 'yaml', schemaRef: 'https://example.org/s.json' });
    const yamlText = await readFile(join(dir, 'yaml/feeds.config.yaml'), 'utf8');
    expect(yamlText.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/s.json');
    const { $schema, ...fromJson } = JSON.parse(await readFile(join(dir, 'json/feeds.config.json'), 'utf8'));
    expect($schema).toBe('https://example.org/s.json');
    expect(parseYaml(yamlText)).toEqual(fromJson);
    expect(checkConfig(fromJson, 'es')).toEqual([]);
    expect((await buildProject(join(dir, 'yaml'))).result.problems).toEqual([]);
  });

  it('refuses to overwrite, naming the files (exit 2), and overwrites with --force', async () => {
    await writeFile(join(dir, 'LEEME.md'), 'mío\n');
    await writeFile(join(dir, 'feeds.config.yaml'), 'sources: []\n');
    const io = capture();
    expect(await main(['init', dir], io)).toBe(2);
    expect(io.lines.err.join('\n')).toMatch(/No se escribió nada: .*LEEME\.md, feeds\.config\.yaml\. Use --force/);
    expect(existsSync(join(dir, 'feeds.config.json'))).toBe(false);
    expect(await readFile(join(dir, 'LEEME.md'), 'utf8')).toBe('mío\n');

    const forced = capture();
    expect(await main(['init', dir, '--force', '--lang', 'en'], forced)).toBe(0);
    expect(forced.lines.out[0]).toBe(`Project created in ${dir}:`);
    expect(await readFile(join(dir, 'LEEME.md'), 'utf8')).toContain('# Agenda GovTech');
  });

  it('usage mistakes exit 2', async () => {
    expect(await main(['init', dir, '--format', 'toml'], capture())).toBe(2);
    expect(await main(['init', dir, 'otra'], capture())).toBe(2);
    expect(await main(['init', dir, '--lang', 'pt'], capture())).toBe(2);
  });

  it('points $schema at the installed package when there is one, else at the CDN with this version', async () => {
    const inRepo = join(repoRoot, 'examples');
    const ref = await schemaRefFor(inRepo);
    expect(ref).toMatch(/^\.\.?\/.*config\.schema\.json$/);
    expect(existsSync(resolve(inRepo, ref))).toBe(true);
    const { version } = JSON.parse(await readFile(join(repoRoot, 'packages/feeds/package.json'), 'utf8'));
    expect(await schemaRefFor(dir)).toBe(`https://cdn.jsdelivr.net/npm/@govtech-network/feeds@${version}/config.schema.json`);
  });
});

describe('the Decap admin init writes', () => {
  /** The folder collections (Markdown events); the files collections are in `fileCollections`. */
  let collections: (DecapCollection & { folder: string; fields: DecapField[] })[];
  let fileCollections: (DecapCollection & { files: NonNullable<DecapCollection['files']> })[];
  let allSources: SourceConfig[];
  let sources: MarkdownSourceConfig[];
  let dataSources: DataSourceConfig[];
  let networkIds: string[];

  beforeEach(async () => {
    await initProject({ folder: dir });
    const decap = parseYaml(await readFile(join(dir, 'admin/config.yml'), 'utf8')) as { collections: DecapCollection[]; locale: string };
    expect(decap.locale).toBe('es');
    collections = decap.collections.filter((collection) => collection.folder !== undefined) as typeof collections;
    fileCollections = decap.collections.filter((collection) => collection.files !== undefined) as typeof fileCollections;
    expect(collections.length + fileCollections.length).toBe(decap.collections.length);
    const loaded = await loadConfig(undefined, dir);
    if ('error' in loaded) throw new Error(loaded.error);
    allSources = loaded.config.sources;
    sources = allSources.filter((source): source is MarkdownSourceConfig => source.type === 'markdown');
    dataSources = allSources.filter((source): source is DataSourceConfig => source.type === 'data');
    networkIds = (loaded.config.networks ?? []).map((network) => network.id);
  });

  const sourceOf = (collection: DecapCollection) => sources.find((source) => source.path === collection.folder);
  const optionValues = (field: DecapField) => (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));

  it('edits every source of the config: Markdown folders with folder collections, data files with files collections', () => {
    expect(allSources.every((source) => source.type === 'markdown' || source.type === 'data')).toBe(true);
    expect(collections.map((collection) => collection.folder).sort()).toEqual(sources.map((source) => source.path).sort());
    expect(fileCollections.flatMap((collection) => collection.files.map((file) => file.file)).sort()).toEqual(dataSources.map((source) => source.path).sort());
  });

  it('has one collection per Markdown source, each field a key that source reads (body is the Markdown body)', () => {
    for (const collection of collections) {
      const { fields } = mappingOf(sourceOf(collection)!);
      const read = new Set([...Object.values(fields).filter((key): key is string => typeof key === 'string'), ...(fields.ignore ?? []), ...(fields.documents ?? []).map((d) => d.key)]);
      const names = collection.fields.map((field) => field.name).filter((name) => name !== 'body');
      expect(names.filter((name) => !read.has(name)), collection.name).toEqual([]);
      expect(names, collection.name).toEqual(expect.arrayContaining(['title', 'start', 'timeZone']));
    }
  });

  it('offers valid choices, defaulting to the source\'s zone, network, kind and attendance', () => {
    for (const collection of collections) {
      const source = sourceOf(collection)!;
      const field = (name: string) => collection.fields.find((f) => f.name === name)!;
      expect(optionValues(field('timeZone')).every(isTimeZone)).toBe(true);
      expect(field('timeZone').default).toBe(source.timeZone);
      expect(optionValues(field('network')).sort()).toEqual([...networkIds].sort());
      expect(field('network').default).toBe(source.defaults?.network);
      expect(optionValues(field('kind')).sort()).toEqual([...EventKind.options].sort());
      expect(field('kind').default).toBe(source.defaults?.kind);
      expect(optionValues(field('attendance')).sort()).toEqual([...Attendance.options].sort());
    }
  });

  it('stores dates without a zone, in the form the source\'s date mode reads', () => {
    for (const collection of collections) {
      const timed = (sourceOf(collection)!.dates ?? 'datetime') === 'datetime';
      const dates = collection.fields.filter((field) => field.widget === 'datetime');
      expect(dates.length).toBeGreaterThan(0);
      for (const field of dates) {
        expect(field.picker_utc, field.name).toBe(false);
        expect(field.format, field.name).toBe(timed ? 'YYYY-MM-DDTHH:mm' : 'YYYY-MM-DD');
        // A Decap that builds the format from date_format and time_format gets the same one.
        expect(field.time_format === false ? field.date_format : `${field.date_format}T${field.time_format}`).toBe(field.format);
      }
    }
  });

  /** What Decap's datetime widget stores for a picked wall time: the storage format's tokens filled in. */
  const decapValue = (format: string, [year, month, day, hour, minute]: number[]) =>
    format
      .replace('YYYY', String(year))
      .replace('MM', String(month).padStart(2, '0'))
      .replace('DD', String(day).padStart(2, '0'))
      .replace('HH', String(hour).padStart(2, '0'))
      .replace('mm', String(minute).padStart(2, '0'));

  it('files as Decap writes them (every field, empty optionals included) build to 17:00 Santiago and to the right day', async () => {
    // A summer (-03:00) and a winter (-04:00) panel at 17:00 Santiago, and a meeting on 26 April.
    const picks: Record<string, number[][]> = { eventos: [[2022, 2, 23, 17, 0], [2022, 7, 14, 17, 0]], reuniones: [[2022, 4, 26, 0, 0]] };
    for (const collection of collections) {
      const source = sourceOf(collection)!;
      for (const [index, pick] of picks[collection.name]!.entries()) {
        const frontMatter: Record<string, unknown> = {};
        for (const field of collection.fields) {
          if (field.name === 'body') continue;
          if (field.widget === 'datetime') frontMatter[field.name] = field.name === 'start' ? decapValue(field.format!, pick) : '';
          else if (field.widget === 'select') frontMatter[field.name] = field.default;
          else if (field.widget === 'boolean') frontMatter[field.name] = false;
          else if (field.widget === 'list') frontMatter[field.name] = [];
          else frontMatter[field.name] = field.name === 'title' ? `Decap ${index}` : '';
        }
        await writeFile(join(dir, source.path, `decap-${collection.name}-${index}.md`), markdownFile(frontMatter, 'Texto.'));
      }
    }
    const { result, events } = await buildProject(dir);
    expect(result.problems).toEqual([]);
    const start = (id: string) => events.find((event) => event.id === id)?.start;
    expect([start('decap-eventos-0'), start('decap-eventos-1'), start('decap-reuniones-0')]).toEqual([
      '2022-02-23T17:00:00-03:00',
      '2022-07-14T17:00:00-04:00',
      '2022-04-26',
    ]);
  });
  /** A data source's collection: its file, and the one list field named as the source's items. */
  const listOf = (source: DataSourceConfig) => {
    const file = fileCollections.flatMap((collection) => collection.files).find((entry) => entry.file === source.path)!;
    expect(file.fields.map((field) => [field.name, field.widget])).toEqual([[source.items, 'list']]);
    return file.fields[0]!.fields!;
  };
  const ITEM_SCHEMAS = { labs: Lab, streams: Stream } as const;
  type JsonSchema = { properties?: Record<string, JsonSchema>; required?: string[] };

  it('writes, in each data file, one list named as the source\'s items: every field a key that source reads, nested ones too, every required one offered', () => {
    expect(dataSources.map((source) => source.items).sort()).toEqual(['labs', 'streams']);
    for (const source of dataSources) {
      const fields = listOf(source);
      const json = z.toJSONSchema(ITEM_SCHEMAS[source.items as 'labs' | 'streams'], { io: 'input' }) as JsonSchema;
      const read = dataItemKeys(source.items);
      expect(fields.map((field) => field.name).filter((name) => !read.has(name)), source.path).toEqual([]);
      // Required by the contract: required in the editor too, so Decap refuses to save without them.
      for (const name of json.required ?? []) expect(fields.find((field) => field.name === name), `${source.path} ${name}`).toMatchObject({ name });
      expect(fields.filter((field) => field.required !== false).map((field) => field.name).sort()).toEqual(
        [...(json.required ?? []), ...(fields.some((field) => field.name === 'timeZone') ? ['timeZone'] : [])].sort(),
      );
      for (const field of fields.filter((candidate) => candidate.widget === 'object')) {
        const nested = json.properties?.[field.name]?.properties ?? {};
        expect(field.fields!.map((sub) => sub.name).sort(), `${source.path} ${field.name}`).toEqual(Object.keys(nested).sort());
      }
    }
  });

  it('offers the contract\'s choices: sectors in Spanish the CSV reader reads too, countries by name, the config\'s networks, its id and YouTube patterns', () => {
    const labs = listOf(dataSources.find((source) => source.items === 'labs')!);
    const streams = listOf(dataSources.find((source) => source.items === 'streams')!);
    const field = (fields: DecapField[], name: string) => fields.find((candidate) => candidate.name === name)!;
    const sector = field(labs, 'sector').options as { label: string; value: string }[];
    expect(sector.map((option) => option.value).sort()).toEqual([...LabSector.options].sort());
    const sectorWords = new Map(Object.entries(SECTOR_WORDS).map(([word, value]) => [keyOf(word), value]));
    expect(sector.filter((option) => sectorWords.get(keyOf(option.label)) !== option.value)).toEqual([]);
    const countries = field(labs, 'country').options as { label: string; value: string }[];
    expect(countries.length).toBeGreaterThan(20);
    expect(countries.filter((option) => !CountryCode.safeParse(option.value).success || countryCodeOf(option.label) !== option.value)).toEqual([]);
    expect(field(labs, 'networks')).toMatchObject({ widget: 'select', multiple: true });
    expect(optionValues(field(labs, 'networks')).sort()).toEqual([...networkIds].sort());
    expect(field(labs, 'coordinates').fields!.map((sub) => [sub.name, sub.widget, (sub as { value_type?: string }).value_type])).toEqual([
      ['lat', 'number', 'float'],
      ['lng', 'number', 'float'],
    ]);
    // Decap checks the patterns the build checks: the same verdicts on ids and video ids.
    const idPattern = new RegExp(field(labs, 'id').pattern![0]);
    for (const id of ['pe-lab', 'Lab.2', 'a:b_c', 'con espacio', '-guion', 'ñandú', 'x'.repeat(129)]) expect(idPattern.test(id), id).toBe(Id.safeParse(id).success);
    const videoPattern = new RegExp(field(streams, 'videoId').pattern![0]);
    expect(videoPattern.source).toBe(YOUTUBE_ID_PATTERN.source);
    for (const id of ['dQw4w9WgXcQ', 'ejVerano221', 'dQw4w9WgXc', 'https://youtu.be/dQw4w9WgXcQ']) expect(videoPattern.test(id), id).toBe(YOUTUBE_ID_PATTERN.test(id));
    const zone = field(streams, 'timeZone');
    expect(optionValues(zone).every(isTimeZone)).toBe(true);
    expect(zone.default).toBe(dataSources.find((source) => source.items === 'streams')!.timeZone);
  });

  it('stores a stream\'s event as the event\'s id: the file name, in a Markdown collection that writes no id', () => {
    const eventId = listOf(dataSources.find((source) => source.items === 'streams')!).find((field) => field.name === 'eventId')!;
    expect(eventId).toMatchObject({ widget: 'relation', value_field: '{{slug}}' });
    const events = collections.find((collection) => collection.name === eventId.collection)!;
    expect((events as { slug?: string }).slug).toBe('{{slug}}');
    // With no id in the front matter, the build takes the file name (Decap's entry slug) as the event's id.
    const idKey = mappingOf(sourceOf(events)!).fields.id;
    expect(events.fields.map((field) => field.name)).not.toContain(idKey);
  });

  /** A list item as Decap writes it: every field in order, untouched optionals empty ('' — a number too —, [] or false). */
  function decapItem(fields: DecapField[], picked: Record<string, unknown>): Record<string, unknown> {
    const item: Record<string, unknown> = {};
    for (const field of fields) {
      if (field.name in picked) item[field.name] = picked[field.name];
      else if (field.widget === 'object') item[field.name] = decapItem(field.fields!, {});
      else if (field.default !== undefined) item[field.name] = field.default;
      else if (field.widget === 'boolean') item[field.name] = false;
      else if (field.widget === 'list' || field.multiple) item[field.name] = [];
      else item[field.name] = '';
    }
    return item;
  }

  it('lists as Decap writes them (every field, empty optionals included) build: labs as picked, streams at 17:00 Santiago in summer and winter', async () => {
    const labsSource = dataSources.find((source) => source.items === 'labs')!;
    const streamsSource = dataSources.find((source) => source.items === 'streams')!;
    const labFields = listOf(labsSource);
    const streamFields = listOf(streamsSource);
    // Every field filled: it must come out exactly as it went in.
    const completeLab = {
      id: 'pe-lab-completo',
      name: 'Lab completo',
      sector: 'academia',
      website: 'https://lab.example.org',
      email: 'lab@example.org',
      city: 'Chiclayo',
      region: 'Lambayeque',
      country: 'PE',
      coordinates: { lat: -6.7714, lng: -79.8409 },
      focusAreas: ['Talento digital'],
      networks: ['red-labs-peru'],
      founded: 2020,
      logo: { url: 'https://lab.example.org/logo.png', alt: '' },
      exampleData: true,
    };
    const labs = [
      decapItem(labFields, { id: 'cl-lab-minimo', name: 'Lab mínimo', sector: 'civil-society', country: 'CL' }),
      decapItem(labFields, completeLab),
    ];
    const eventFile = (await readdir(join(dir, sourceOf(collections.find((collection) => collection.name === 'eventos')!)!.path)))[0]!;
    const when = (field: DecapField, pick: number[]) => decapValue(field.format!, pick);
    const start = streamFields.find((field) => field.name === 'scheduledStart')!;
    const streams = [
      decapItem(streamFields, { id: 'verano', title: 'Verano', videoId: 'dQw4w9WgXcQ', eventId: eventFile.replace(/\.md$/, ''), scheduledStart: when(start, [2022, 2, 23, 17, 0]) }),
      decapItem(streamFields, { id: 'invierno', title: 'Invierno', videoId: 'dQw4w9WgXcR', scheduledStart: when(start, [2022, 7, 14, 17, 0]), scheduledEnd: when(start, [2022, 7, 14, 18, 30]) }),
    ];
    await writeFile(join(dir, labsSource.path), stringifyYaml({ labs }));
    await writeFile(join(dir, streamsSource.path), stringifyYaml({ streams }));

    const built = await buildProject(dir);
    expect(built.result.problems).toEqual([]);
    expect(built.labs).toEqual([
      { id: 'cl-lab-minimo', name: 'Lab mínimo', sector: 'civil-society', country: 'CL', focusAreas: [], networks: [], exampleData: false },
      completeLab,
    ]);
    expect(built.streams.map((stream) => [stream.id, stream.eventId, stream.scheduledStart, stream.scheduledEnd, stream.status])).toEqual([
      ['invierno', undefined, '2022-07-14T17:00:00-04:00', '2022-07-14T18:30:00-04:00', undefined],
      ['verano', built.events.find((event) => event.id === eventFile.replace(/\.md$/, ''))!.id, '2022-02-23T17:00:00-03:00', undefined, undefined],
    ]);
  });
});

describe('a network that keeps its labs in Excel (LEEME.md)', () => {
  it('builds the CSV LEEME.md shows, saved as Spanish Excel saves it, after the switch LEEME.md describes', async () => {
    await initProject({ folder: dir });
    const readme = await readFile(join(dir, 'LEEME.md'), 'utf8');
    expect(readme).toContain(CSV_LABS_EXAMPLE.split('\n').map((line) => `   ${line}`).join('\n'));
    expect(readme).toContain(`\`{ "type": "csv", "path": "${CSV_LABS_SOURCE.path}" }\``);
    // Windows-1252 (the same bytes as Latin-1 for Spanish letters), as "CSV (delimitado por comas)" writes.
    await writeFile(join(dir, CSV_LABS_SOURCE.path), Buffer.from(`${CSV_LABS_EXAMPLE.replaceAll('\n', '\r\n')}\r\n`, 'latin1'));
    const config = JSON.parse(await readFile(join(dir, 'feeds.config.json'), 'utf8'));
    config.sources = config.sources.map((source: SourceConfig) => (source.type === 'data' && source.items === 'labs' ? CSV_LABS_SOURCE : source));
    await writeFile(join(dir, 'feeds.config.json'), JSON.stringify(config));
    await rm(join(dir, 'datos/laboratorios.yaml'));

    const { result, labs } = await buildProject(dir);
    expect(result.problems).toEqual([]);
    expect(labs.map((lab) => [lab.name, lab.sector, lab.city, lab.region, lab.country, lab.focusAreas, lab.networks])).toEqual([
      ['Laboratorio de Gobierno y Transformación Digital', 'public', 'Lima', 'Lima', 'PE', ['Inteligencia artificial', 'Talento digital'], ['red-labs-peru']],
      ['Laboratorio de Innovación Pública de Bucaramanga (en diseño)', 'public', 'Bucaramanga', 'Santander', 'CO', ['Innovación pública'], undefined],
    ]);
  });
});
