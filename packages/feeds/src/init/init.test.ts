import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Attendance, EventKind, EventsFile, isTimeZone } from '@govtech-network/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildFeed } from '../build.js';
import { checkConfig } from '../config-check.js';
import { loadConfig } from '../config-file.js';
import type { MarkdownSourceConfig } from '../config.js';
import { main, type Io } from '../main.js';
import { mappingOf } from '../sources/markdown.js';
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
  return { result, events, config: loaded.config };
}

function capture(): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) };
}

interface DecapField {
  name: string;
  widget: string;
  format?: string;
  date_format?: string;
  time_format?: string | false;
  picker_utc?: boolean;
  default?: unknown;
  options?: ({ value: string } | string)[];
}
interface DecapCollection {
  name: string;
  folder: string;
  fields: DecapField[];
}

describe('govtech-feeds init', () => {
  it('writes a project that builds with no problems: 17:00 Santiago panels and a meeting on its day', async () => {
    const result = await initProject({ folder: dir });
    expect('written' in result && result.written).toEqual([
      'feeds.config.json',
      'contenido/eventos/verano-2022-panel-1-ecosistema-govtech.md',
      'contenido/eventos/verano-2022-panel-2-digitalizacion-municipal.md',
      'contenido/reuniones/2023-10-19-lanzamiento-red-govtech-iberoamerica.md',
      'admin/config.yml',
      'admin/index.html',
      'LEEME.md',
    ]);
    const { result: build, events } = await buildProject(dir);
    expect(build.problems).toEqual([]);
    expect(build).toMatchObject({ ok: true, written: true, events: 3 });
    expect(events.map((event) => [event.id, event.start, event.end, event.allDay, event.network])).toEqual([
      ['verano-2022-panel-1-ecosistema-govtech', '2022-02-23T17:00:00-03:00', '2022-02-23T18:00:00-03:00', false, 'verano-datos-abiertos'],
      ['verano-2022-panel-2-digitalizacion-municipal', '2022-02-24T16:00:00-03:00', '2022-02-24T17:00:00-03:00', false, 'verano-datos-abiertos'],
      ['2023-10-19-lanzamiento-red-govtech-iberoamerica', '2023-10-19', undefined, true, 'red-govtech-iberoamerica'],
    ]);
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
  let collections: DecapCollection[];
  let sources: MarkdownSourceConfig[];
  let networkIds: string[];

  beforeEach(async () => {
    await initProject({ folder: dir });
    const decap = parseYaml(await readFile(join(dir, 'admin/config.yml'), 'utf8')) as { collections: DecapCollection[]; locale: string };
    expect(decap.locale).toBe('es');
    collections = decap.collections;
    const loaded = await loadConfig(undefined, dir);
    if ('error' in loaded) throw new Error(loaded.error);
    sources = loaded.config.sources as MarkdownSourceConfig[];
    networkIds = (loaded.config.networks ?? []).map((network) => network.id);
  });

  const sourceOf = (collection: DecapCollection) => sources.find((source) => source.path === collection.folder);
  const optionValues = (field: DecapField) => (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));

  it('has one collection per Markdown source, each field a key that source reads (body is the Markdown body)', () => {
    expect(collections.map((collection) => collection.folder).sort()).toEqual(sources.map((source) => source.path).sort());
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
});
