import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { XlsxSourceConfig } from '../config.js';
import { readXlsxSource } from './xlsx.js';

let dir: string;
const context = () => ({ configDir: dir, lang: 'es' as const });

/** A workbook as a network keeps it: a notes sheet first, then the labs, with typed cells. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govtech-xlsx-'));
  const labs = [
    ['Laboratorios de la Red Nacional (hoja de prueba)', null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null],
    ['Nombre', 'Sector', 'Ciudad', 'Región', 'País', 'Latitud', 'Longitud', 'Fundación', 'Ejemplo'],
    ['Laboratorio de Gobierno y Transformación Digital', 'Sector público', 'Lima', 'Lima', 'Perú', null, null, null, false],
    ['Laboratorio de ejemplo – Cusco', 'Academia', 'Cusco', 'Cusco', 'PE', -13.5473, -71.9622, { value: new Date(Date.UTC(2018, 6, 1)), format: 'dd/mm/yyyy' }, true],
    ['Laboratorio de ejemplo – Tacna', 'Gremio', 'Tacna', 'Tacna', 'PE', '-18,0052', '-70,2407', 2020, true],
  ];
  const workbook = await writeExcelFile([
    { sheet: 'Notas', data: [['Hoja de notas'], ['nada que leer']] },
    { sheet: 'Laboratorios', data: labs },
  ]).toBuffer();
  await writeFile(join(dir, 'labs.xlsx'), workbook);
  await writeFile(join(dir, 'not-a-workbook.xlsx'), 'Nombre;Sector\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const source = (extra: Partial<XlsxSourceConfig> = {}): XlsxSourceConfig => ({ type: 'xlsx', path: 'labs.xlsx', sheet: 'Laboratorios', ...extra });

describe('readXlsxSource', () => {
  it('reads a named sheet: typed cells, the sheet row numbers as lines, problems per row', async () => {
    const read = await readXlsxSource(source({ ignore: [] }), context());
    expect(read.labs!.map((lab) => [lab.line, lab.item.id])).toEqual([
      [4, 'laboratorio-de-gobierno-y-transformacion-digital'],
      [5, 'laboratorio-de-ejemplo-cusco'],
    ]);
    expect(read.labs![1]!.item).toMatchObject({ coordinates: { lat: -13.5473, lng: -71.9622 }, founded: 2018, exampleData: true, country: 'PE' });
    expect(read.labs![0]!.item).toMatchObject({ sector: 'public', country: 'PE', exampleData: false });
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'labs.xlsx', line: 6, field: 'sector', message: 'sector desconocido "Gremio"; se descarta la fila' }),
    ]);
  });

  it('reads the sheet by position, and the first sheet by default', async () => {
    expect((await readXlsxSource(source({ sheet: 2 }), context())).labs).toHaveLength(2);
    const first = await readXlsxSource(source({ sheet: undefined }), context());
    expect(first.labs).toEqual([]);
    expect(first.problems).toContainEqual(expect.objectContaining({ severity: 'error', field: 'name', message: expect.stringContaining('falta la columna obligatoria "Nombre"') }));
  });

  it('names the sheets the workbook has when the configured one is missing', async () => {
    const read = await readXlsxSource(source({ sheet: 'Labs' }), context());
    expect(read).toEqual({
      labs: [],
      problems: [expect.objectContaining({ severity: 'error', file: 'labs.xlsx', message: 'el libro no tiene la hoja "Labs" (hojas: "Notas", "Laboratorios")' })],
    });
  });

  it('reports a file that is not a workbook, and a bad sheet option, without throwing', async () => {
    const read = await readXlsxSource(source({ path: 'not-a-workbook.xlsx' }), { ...context(), lang: 'en' });
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'not-a-workbook.xlsx', message: expect.stringContaining('not a readable .xlsx workbook'), hint: expect.stringContaining('.xls') })]);
    const bad = await readXlsxSource(source({ sheet: 0 }), context());
    expect(bad.problems).toEqual([expect.objectContaining({ file: 'config', message: expect.stringContaining('xlsx.sheet') })]);
  });
});
