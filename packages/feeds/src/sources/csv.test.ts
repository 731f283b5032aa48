import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lab } from '@govtech-network/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import type { CsvSourceConfig } from '../config.js';
import { csvRows, decodeCsv, detectDelimiter, readCsvSource } from './csv.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/tables/', import.meta.url));
const context = { configDir: fixtures, lang: 'es' as const };

/** The Excel fixture's source, as the tables fixture config maps it. */
const excel: CsvSourceConfig = {
  type: 'csv',
  path: 'labs-excel.csv',
  columns: { name: 'Nombre', sector: 'Sector', country: 'País', focusAreas: 'Áreas', networks: 'Redes', exampleData: 'Ejemplo' },
  values: {
    sector: { Academia: 'academia', 'Sector público': 'public', Privado: 'private', 'Sociedad civil': 'civil-society' },
    networks: { 'Red Nacional': 'red-labs-peru' },
  },
};

describe('decodeCsv', () => {
  it('reads UTF-8 with or without BOM, and drops the BOM', () => {
    expect(decodeCsv(Buffer.from('\uFEFFNombre,País\n', 'utf8'))).toBe('Nombre,País\n');
    expect(decodeCsv(Buffer.from('Nombre,País\n', 'utf8'))).toBe('Nombre,País\n');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, quotes, dashes and € included', () => {
    // "Región;Año – “Perú” €" as Spanish-locale Excel writes it.
    const bytes = Buffer.from([0x52, 0x65, 0x67, 0x69, 0xf3, 0x6e, 0x3b, 0x41, 0xf1, 0x6f, 0x20, 0x96, 0x20, 0x93, 0x50, 0x65, 0x72, 0xfa, 0x94, 0x20, 0x80]);
    expect(decodeCsv(bytes)).toBe('Región;Año – “Perú” €');
  });

  it('follows a forced encoding, and reads UTF-16 with its BOM ("Unicode text")', () => {
    expect(decodeCsv(Buffer.from('Año', 'utf8'), 'windows-1252')).toBe('AÃ±o');
    expect(decodeCsv(Buffer.from([0x41, 0xf1, 0x6f]), 'utf-8')).toBe('A\uFFFDo');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Año\tRed', 'utf16le')]))).toBe('Año\tRed');
  });
});

describe('detectDelimiter', () => {
  it('takes the separator used most on the header line, outside quotes', () => {
    expect(detectDelimiter('Nombre;Sector;"Ciudad, región"\na,b,c,d,e\n')).toBe(';');
    expect(detectDelimiter('name,sector,"a;b;c"\n')).toBe(',');
    expect(detectDelimiter('\n\nname\tsector\n')).toBe('\t');
    expect(detectDelimiter('nombre\n')).toBe(',');
  });
});

describe('csvRows', () => {
  it('numbers each record by the line it starts on, across quoted line breaks and CRLF', () => {
    const { rows, error } = csvRows('Nombre;Descripción\r\nLab A;"una\r\ndos"\r\n\r\nLab B;x\r\n');
    expect(error).toBeUndefined();
    expect(rows.map((row) => [row.line, row.cells])).toEqual([
      [1, ['Nombre', 'Descripción']],
      [2, ['Lab A', 'una\ndos']],
      [4, ['']],
      [5, ['Lab B', 'x']],
    ]);
  });

  it("follows Excel's sep= line, which still counts as a line", () => {
    const { rows } = csvRows('sep=,\nNombre;x,Sector\nLab;y,public\n');
    expect(rows.map((row) => [row.line, row.cells])).toEqual([
      [2, ['Nombre;x', 'Sector']],
      [3, ['Lab;y', 'public']],
    ]);
  });

  it('keeps the rows before an unclosed quote and says where the broken record starts', () => {
    const { rows, error } = csvRows('name,sector\nA,public\nB,"public\nC,private\n');
    expect(rows.map((row) => row.cells[0])).toEqual(['name', 'A']);
    expect(error).toMatchObject({ line: 3, reason: expect.stringContaining('Quote Not Closed') });
  });
});

describe('readCsvSource', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const write = async (name: string, text: string | Buffer) => {
    dir ??= await mkdtemp(join(tmpdir(), 'govtech-csv-'));
    await writeFile(join(dir, name), text);
    return { configDir: dir, lang: 'en' as const };
  };

  it('reads the Spanish-Excel fixture: semicolons, Windows-1252, CRLF, a quoted line break, decimal commas', async () => {
    const read = await readCsvSource(excel, context);
    expect(read.problems).toEqual([]);
    const labs = read.labs!;
    expect(labs.map((lab) => [lab.line, lab.item.id])).toEqual([
      [2, 'laboratorio-de-gobierno-y-transformacion-digital'],
      [4, 'laboratorio-de-innovacion-y-transformacion-digital-del-gobierno-regional-de-cajamarca'],
      [5, 'laboratorio-de-ejemplo-arequipa'],
      [6, 'laboratorio-de-ejemplo-tarapoto'],
      [7, 'laboratorio-de-ejemplo-huancayo'],
    ]);
    for (const { item } of labs) expect(Lab.parse(item)).toEqual(item);
    expect(labs[0]!.item).toEqual({
      id: 'laboratorio-de-gobierno-y-transformacion-digital',
      name: 'Laboratorio de Gobierno y Transformación Digital',
      sector: 'public',
      description:
        'Laboratorio nacional de la Secretaría de Gobierno y Transformación Digital (PCM), fortalecido por la Ley Nº 31449.\nForma parte de la Red Iberoamericana de Laboratorios de Innovación Ciudadana.',
      city: 'Lima',
      region: 'Lima',
      country: 'PE',
      focusAreas: ['Inteligencia artificial', 'Internet de las cosas', 'Ciudades inteligentes', 'Talento digital', 'Seguridad digital'],
      networks: ['red-labs-peru'],
      exampleData: false,
    });
    expect(labs[1]!.item.description).toBe('“Primer laboratorio regional” en integrarse a la Red Nacional de Laboratorios de Innovación Digital.');
    expect(labs[2]!.item).toMatchObject({
      name: 'Laboratorio de ejemplo – Arequipa',
      sector: 'academia',
      website: 'https://www.example.org/labs/arequipa',
      email: 'arequipa@example.org',
      coordinates: { lat: -16.3982, lng: -71.5206 },
      founded: 2019,
      exampleData: true,
    });
    expect(labs.map((lab) => lab.item.sector)).toEqual(['public', 'public', 'academia', 'private', 'civil-society']);
    // Everything invented is marked; the two real labs of the seed are not.
    expect(labs.filter((lab) => lab.item.exampleData).map((lab) => lab.item.city)).toEqual(['Arequipa', 'Tarapoto', 'Huancayo']);
  });

  it('reads the UTF-8-with-BOM comma fixture by its feed-name headers, with no mapping at all', async () => {
    const read = await readCsvSource({ type: 'csv', path: 'labs-bom.csv' }, context);
    expect(read.problems).toEqual([]);
    expect(read.labs!.map((lab) => [lab.line, lab.item.id, lab.item.country])).toEqual([
      [2, 'co-laboratorio-innovacion-publica-bucaramanga', 'CO'],
      [3, 'laboratorio-de-ejemplo-lima', 'PE'],
    ]);
    expect(read.labs![1]!.item).toMatchObject({
      description: 'Datos de ejemplo: laboratorio inventado, con "comillas" en la descripción.',
      focusAreas: ['Talento digital', 'Ciudades inteligentes'],
      coordinates: { lat: -12.0328, lng: -77.0251 },
      exampleData: true,
    });
  });

  it('a forced delimiter wins over detection', async () => {
    const configDir = (await write('labs.csv', 'Nombre;Sector,País\nLab;x,PE\n')).configDir;
    const read = await readCsvSource({ type: 'csv', path: 'labs.csv', delimiter: ';', defaults: { sector: 'public', country: 'PE' } }, { configDir, lang: 'es' });
    expect(read.labs!.map((lab) => lab.item.name)).toEqual(['Lab']);
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 1, message: expect.stringContaining('"Sector,País"') })]);
  });

  it('reports an unclosed quote at the line its record starts, and keeps the rows before it', async () => {
    const ctx = await write('labs.csv', 'name,sector,country\nA,public,PE\nB,"public,PE\nC,private,PE\n');
    const read = await readCsvSource({ type: 'csv', path: 'labs.csv' }, ctx);
    expect(read.labs!.map((lab) => lab.item.name)).toEqual(['A']);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'labs.csv', line: 3, message: expect.stringContaining('unreadable CSV from here on'), hint: expect.stringContaining('""') }),
    ]);
  });

  it('reports a missing file and a bad config without throwing', async () => {
    const missing = await readCsvSource({ type: 'csv', path: 'nope.csv' }, { ...context, lang: 'en' });
    expect(missing).toEqual({ labs: [], problems: [expect.objectContaining({ severity: 'error', file: 'nope.csv', message: expect.stringContaining('cannot read the file') })] });
    const bad = await readCsvSource({ type: 'csv', path: 'labs-bom.csv', delimiter: ':' as ',' }, { ...context, lang: 'en' });
    expect(bad.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'config', message: expect.stringContaining('csv.delimiter') })]);
  });
});
