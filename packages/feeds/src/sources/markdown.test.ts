import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Event, EventsFile } from '@govtech-network/sdk';
import { describe, expect, it } from 'vitest';
import type { MarkdownSourceConfig } from '../config.js';
import { splitFrontMatter } from './front-matter.js';
import { parseMarkdownEvent, slugOf } from './markdown.js';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/${path}`, import.meta.url)), 'utf8');
const example = (path: string) => readFileSync(fileURLToPath(new URL(`../../../../examples/feeds/v1/${path}`, import.meta.url)), 'utf8');

const mesa: MarkdownSourceConfig = {
  type: 'markdown',
  path: 'content/agenda',
  preset: 'mesa',
  timeZone: 'America/Guatemala',
  siteUrl: 'https://example.org',
  defaults: { network: 'mesa-innovadores-publicos-gt', kind: 'meeting', attendance: 'in-person', location: { country: 'GT' } },
};
const plain: MarkdownSourceConfig = { type: 'markdown', path: 'content', timeZone: 'America/Santiago', siteUrl: 'https://example.org' };

describe('the Mesa seed (verbatim fixture) with the mesa preset', () => {
  const result = parseMarkdownEvent(fixture('mesa/mesa-innovadores-publicos-1.md'), 'mesa-innovadores-publicos-1.md', mesa, { lang: 'es' });
  const expected = (JSON.parse(example('events.json')) as { events: { id: string }[] }).events.find(
    (event) => event.id === 'mesa-innovadores-publicos-1',
  ) as Record<string, unknown>;

  it('builds into a valid event with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.event).toBeDefined();
    expect(Event.safeParse(result.event!.item).success).toBe(true);
    expect(EventsFile.safeParse({ schemaVersion: 1, events: [result.event!.item] }).success).toBe(true);
  });

  it('matches the hand-written sample event in id, title, dates, zone, outcomes, documents and text', () => {
    const event = result.event!.item;
    for (const field of ['id', 'title', 'start', 'allDay', 'timeZone', 'outcomes', 'highlight', 'network', 'kind', 'attendance', 'location']) {
      expect(event[field as keyof typeof event], field).toEqual(expected[field]);
    }
    expect(event.documents?.map((document) => [document.kind, document.url])).toEqual(
      (expected.documents as { kind: string; url: string }[]).map((document) => [document.kind, document.url]),
    );
    expect(event.description).toBe(expected.description);
  });

  it('maps imagen against siteUrl, leaves the empty video out and ignores enlace', () => {
    const event = result.event!.item;
    expect(event.image).toEqual({ url: 'https://example.org/images/posts/mesa1.png', alt: '' });
    expect(event.onlineUrl).toBeUndefined();
    expect(event.documents?.map((document) => document.title)).toEqual(['Minuta', 'Presentación']);
  });

  it('takes a non-empty video as the online link, and appends the Markdown body to the description', () => {
    const text = fixture('mesa/mesa-innovadores-publicos-1.md')
      .replace('video: ""', 'video: https://www.youtube.com/watch?v=abc')
      .concat('\n\nFotos en **el sitio**.\n');
    const event = parseMarkdownEvent(text, 'm.md', mesa, { lang: 'es' }).event!.item;
    expect(event.onlineUrl).toBe('https://www.youtube.com/watch?v=abc');
    expect(event.description?.endsWith('generaron propuestas de potencial solución a algunas de las problemáticas.\n\nFotos en **el sitio**.')).toBe(true);
  });
});

describe('field mapping', () => {
  it('maps feed fields from custom keys over a preset, and the id from a mapped key', () => {
    const text = ['---', 'titulo: Panel', 'fecha: 2022-02-23T20:00:00.000Z', 'clave: panel-1', 'video: ""', '---', ''].join('\n');
    const result = parseMarkdownEvent(text, 'x.md', { ...mesa, dates: 'datetime', fields: { title: 'titulo', start: 'fecha', id: 'clave' }, timeZone: 'America/Santiago' }, { lang: 'en' });
    expect(result.problems).toEqual([]);
    expect(result.event!.item).toMatchObject({ id: 'panel-1', title: 'Panel', start: '2022-02-23T17:00:00-03:00', allDay: false });
  });

  it('reads the plain mapping (feed names), a per-file time zone, topics and an end', () => {
    const text = [
      '---',
      'title: Taller',
      'start: 2024-03-05T13:00:00Z',
      'end: 2024-03-05T15:00:00Z',
      'timeZone: America/Lima',
      'topics: datos, ciudades',
      'kind: workshop',
      '---',
      'Cuerpo.',
    ].join('\n');
    const { event, problems } = parseMarkdownEvent(text, 'Taller Lima (2024).md', plain, { lang: 'en' });
    expect(problems).toEqual([]);
    expect(event!.item).toMatchObject({
      id: 'taller-lima-2024',
      start: '2024-03-05T08:00:00-05:00',
      end: '2024-03-05T10:00:00-05:00',
      timeZone: 'America/Lima',
      topics: ['datos', 'ciudades'],
      kind: 'workshop',
      description: 'Cuerpo.',
    });
  });

  it('reads the network from the file, over the source\'s default (a CMS collection can offer a select of networks)', () => {
    const source: MarkdownSourceConfig = { ...plain, defaults: { network: 'red-por-defecto' } };
    const own = parseMarkdownEvent('---\ntitle: A\nstart: 2024-03-05\nnetwork: otra-red\n---\n', 'a.md', source, { lang: 'es' });
    expect(own.problems).toEqual([]);
    expect(own.event!.item.network).toBe('otra-red');
    expect(parseMarkdownEvent('---\ntitle: B\nstart: 2024-03-05\n---\n', 'b.md', source, { lang: 'es' }).event!.item.network).toBe('red-por-defecto');
  });

  it('slugs file names into ids', () => {
    expect(slugOf('1ra Mesa de Innovadores Públicos')).toBe('1ra-mesa-de-innovadores-publicos');
    expect(slugOf('__año 2022__')).toBe('ano-2022__');
  });
});

describe('front matter', () => {
  it('splits with CRLF and a BOM, and reports where the YAML starts', () => {
    expect(splitFrontMatter('\uFEFF---\r\na: 1\r\n---\r\nbody')).toEqual({ format: 'yaml', text: 'a: 1', firstLine: 2, body: 'body' });
    expect(splitFrontMatter('+++\ntitle = "x"\n+++\nbody')).toEqual({ format: 'toml', text: 'title = "x"', firstLine: 2, body: 'body' });
    expect(splitFrontMatter('no fence')).toBe('no-front-matter');
    expect(splitFrontMatter('---\na: 1\n')).toBe('unclosed-front-matter');
  });
});

describe('bad inputs: dropped and reported with file, line, field and hint', () => {
  const parse = (lines: string[], lang: 'es' | 'en' = 'en') => parseMarkdownEvent(lines.join('\n'), 'bad.md', plain, { lang });

  it('malformed YAML, with its line in the file', () => {
    const result = parse(['---', 'title: Panel', 'start: 2022-02-23T20:00:00Z', 'topics: [datos, ciudades', 'kind: panel', '---']);
    expect(result.event).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ severity: 'error', file: 'bad.md', line: expect.any(Number) });
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(4);
    expect(result.problems[0]!.message).toMatch(/^invalid YAML/);
    expect(result.problems[0]!.hint).toBeTruthy();
  });

  it('a duplicated key is malformed YAML too, on its own line', () => {
    const result = parse(['---', 'title: A', 'start: 2022-02-23', 'title: B', '---']);
    expect(result.event).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ line: 4 });
  });

  it('missing title, in Spanish', () => {
    const result = parse(['---', 'start: 2022-02-23', '---'], 'es');
    expect(result.event).toBeUndefined();
    expect(result.problems).toEqual([
      { severity: 'error', file: 'bad.md', line: 1, field: 'title', message: 'falta el campo obligatorio "title"', hint: 'Añada title: … al front matter.' },
    ]);
  });

  it('an unparseable date, on its line', () => {
    const result = parse(['---', 'title: Panel', 'start: 23/02/2022 17:00', '---']);
    expect(result.event).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ line: 3, field: 'start', message: 'unreadable date in "start": 23/02/2022 17:00' })]);
  });

  it('an unknown time zone', () => {
    const result = parse(['---', 'title: Panel', 'start: 2022-02-23', 'timeZone: Chile/Santiago', '---']);
    expect(result.event).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ line: 4, field: 'timeZone' })]);
  });

  it('a value the schema refuses (an unknown kind), on the line of its key', () => {
    const result = parse(['---', 'title: Panel', 'start: 2022-02-23', 'kind: fiesta', '---']);
    expect(result.event).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', line: 4, field: 'kind' })]);
  });

  it('no front matter, and a front matter that is not a map', () => {
    expect(parse(['# Título']).problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/front-matter/) });
    expect(parse(['---', '- a', '- b', '---']).problems[0]).toMatchObject({ line: 2 });
  });

  it('warnings keep the event: unknown keys, a non-boolean highlight, a relative link with no site', () => {
    const result = parseMarkdownEvent(
      ['---', 'title: Panel', 'start: 2022-02-23', 'color: red', 'highlight: "sí"', 'registrationUrl: /inscripcion', '---'].join('\n'),
      'warn.md',
      { ...plain, siteUrl: undefined },
      { lang: 'en' },
    );
    expect(result.event?.item.id).toBe('warn');
    expect(result.problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['warning', 5, 'highlight'],
      ['warning', 6, 'registrationUrl'],
      ['warning', 4, 'color'],
    ]);
  });
});

describe('front matter in the feed\'s own shape (no preset)', () => {
  it('keeps speakers, organizers, location, recurrence, documents and an { url, alt } image as written', () => {
    const text = [
      '---',
      'title: Reunión mensual',
      'start: 2023-11-16T10:00:00-05:00',
      'end: 2023-11-16T11:00:00-05:00',
      'timeZone: America/Bogota',
      'network: red-govtech-iberoamerica',
      'status: postponed',
      'previousStart: 2023-11-09T10:00:00-05:00',
      'speakers:',
      '  - name: Natalia Laguyas',
      '    affiliation: BID Lab',
      'organizers:',
      '  - name: BID Lab (Grupo BID)',
      'location:',
      '  city: Bogotá',
      '  country: CO',
      'recurrence:',
      '  rule: FREQ=MONTHLY;COUNT=3',
      'documents:',
      '  - title: Minuta',
      '    url: /docs/minuta.pdf',
      '    kind: minutes',
      'image:',
      '  url: https://example.org/a.png',
      '  alt: Afiche',
      'exampleData: true',
      '---',
    ].join('\n');
    const result = parseMarkdownEvent(text, 'mensual.md', { ...plain, timeZone: 'America/Bogota' }, { lang: 'es' });
    expect(result.problems).toEqual([]);
    expect(result.event!.item).toMatchObject({
      network: 'red-govtech-iberoamerica',
      status: 'postponed',
      previousStart: '2023-11-09T10:00:00-05:00',
      speakers: [{ name: 'Natalia Laguyas', affiliation: 'BID Lab' }],
      organizers: [{ name: 'BID Lab (Grupo BID)' }],
      location: { city: 'Bogotá', country: 'CO' },
      recurrence: { rule: 'FREQ=MONTHLY;COUNT=3' },
      documents: [{ title: 'Minuta', url: 'https://example.org/docs/minuta.pdf', kind: 'minutes' }],
      image: { url: 'https://example.org/a.png', alt: 'Afiche' },
      exampleData: true,
    });
  });

  it('a structured field in the wrong shape is reported by the contract, on its line', () => {
    const text = ['---', 'title: Mal', 'start: 2023-11-16', 'speakers: Natalia', 'documents: minuta.pdf', '---'].join('\n');
    const result = parseMarkdownEvent(text, 'mal.md', plain, { lang: 'en' });
    expect(result.event).toBeUndefined();
    expect(result.problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['warning', 5, 'documents'],
      ['error', 4, 'speakers'],
    ]);
  });
});

describe('Hugo\'s TOML front matter (+++)', () => {
  const toml = [
    '+++',
    'title = "Panel 1: Ecosistema GovTech"',
    'start = 2022-02-23T17:00:00',
    'topics = ["GovTech", "Municipios"]',
    'highlight = true',
    '',
    '[location]',
    'city = "Santiago"',
    'country = "CL"',
    '+++',
    '',
    'Cuerpo en **Markdown**.',
  ];

  it('reads like YAML: a local date-time on the source\'s clock, lists, booleans and tables', () => {
    const result = parseMarkdownEvent(toml.join('\n'), 'panel-1.md', plain, { lang: 'es' });
    expect(result.problems).toEqual([]);
    expect(result.event!.item).toMatchObject({
      id: 'panel-1',
      title: 'Panel 1: Ecosistema GovTech',
      start: '2022-02-23T17:00:00-03:00',
      topics: ['GovTech', 'Municipios'],
      highlight: true,
      location: { city: 'Santiago', country: 'CL' },
      description: 'Cuerpo en **Markdown**.',
    });
  });

  it('a TOML mistake names its line in the file; an unknown key names its own', () => {
    const broken = parseMarkdownEvent(toml.map((line, i) => (i === 3 ? 'topics = ["GovTech",' : line)).join('\n'), 'roto.md', plain, { lang: 'en' });
    expect(broken.event).toBeUndefined();
    expect(broken.problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/^invalid TOML/) });
    expect(broken.problems[0]!.line).toBeGreaterThanOrEqual(4);
    const extra = parseMarkdownEvent(toml.map((line, i) => (i === 4 ? 'color = "rojo"' : line)).join('\n'), 'extra.md', plain, { lang: 'en' });
    expect(extra.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 5, field: 'color' })]);
  });
});
