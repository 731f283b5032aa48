import { describe, expect, it } from 'vitest';
import type { TableSourceOptions } from '../config.js';
import type { Lang } from '../problems.js';
import { csvRows } from './csv.js';
import { labsFromRows, tableConfigProblems, type TableRow } from './table.js';

const read = (csv: string, source: Partial<TableSourceOptions> = {}, lang: Lang = 'en', progress?: (done: number, total: number) => void) =>
  labsFromRows(csvRows(csv).rows, { path: 'labs.csv', ...source }, 'labs.csv', { lang, progress });
const items = (csv: string, source?: Partial<TableSourceOptions>) => read(csv, source).labs.map((lab) => lab.item);

describe('header mapping', () => {
  it('knows the feed names and common Spanish headers, ignoring case, accents and surrounding spaces', () => {
    const csv = ' NOMBRE ;sector;Region;PAIS;Sitio Web;Correo electrónico;latitud;LONGITUD;areas;Redes;Año de fundación\nLab;Academia;Lima;Perú;lab.example.org;a@example.org;-12,05;-77,04;IA|IoT;red-labs-peru;2019\n';
    const result = read(csv);
    expect(result.problems).toEqual([]);
    expect(result.labs[0]!.item).toEqual({
      id: 'lab',
      name: 'Lab',
      sector: 'academia',
      region: 'Lima',
      country: 'PE',
      website: 'https://lab.example.org/',
      email: 'a@example.org',
      coordinates: { lat: -12.05, lng: -77.04 },
      focusAreas: ['IA', 'IoT'],
      networks: ['red-labs-peru'],
      founded: 2019,
    });
  });

  it('takes `columns` over the defaults, matched just as tolerantly', () => {
    const csv = 'Nombre de la institución,Tipo de actor,Nación,Nombre\nLab,Academia,Perú,otra cosa\n';
    const result = read(csv, { columns: { name: 'nombre de la institucion', sector: 'TIPO DE ACTOR', country: 'nacion' } });
    expect(result.labs.map((lab) => lab.item.name)).toEqual(['Lab']);
    // "Nombre" is no longer the name column: it maps to nothing now.
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 1, message: 'the header "Nombre" maps to no field; the column is ignored' })]);
  });

  it('warns once for a header that maps to nothing, unless ignored, and for a repeated field', () => {
    const csv = 'name,sector,country,Notas internas,Web,URL\nLab,public,PE,x,a.example.org,b.example.org\n';
    const result = read(csv);
    expect(result.problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['warning', 1, 'Notas internas', 'the header "Notas internas" maps to no field; the column is ignored'],
      ['warning', 1, 'website', 'the column "URL" repeats the field website (already read from "Web"); ignored'],
    ]);
    expect(result.problems[0]!.hint).toContain('"ignore"');
    expect(result.labs[0]!.item.website).toBe('https://a.example.org/');
    expect(read(csv, { ignore: ['notas INTERNAS'] }).problems).toHaveLength(1);
  });

  it('refuses the file when a required column is missing, naming the column and the headers it found', () => {
    const result = read('Nombre,Ciudad\nLab,Lima\n', {}, 'es');
    expect(result.labs).toEqual([]);
    expect(result.problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['error', 1, 'sector', 'falta la columna obligatoria "Sector" (sector); no se lee ninguna fila'],
      ['error', 1, 'country', 'falta la columna obligatoria "País" (country); no se lee ninguna fila'],
    ]);
    expect(result.problems[0]!.hint).toContain('Encabezados leídos: "Nombre", "Ciudad"');
    // A mapped header that is absent is named as the config spells it.
    const mapped = read('Institución,Ciudad\nLab,Lima\n', { columns: { name: 'Nombre oficial' }, defaults: { sector: 'public', country: 'PE' } });
    expect(mapped.problems).toContainEqual(expect.objectContaining({ severity: 'error', field: 'name', message: expect.stringContaining('"Nombre oficial"') }));
  });

  it('warns when a mapped optional column is not in the file', () => {
    const result = read('name,sector,country\nLab,public,PE\n', { columns: { founded: 'Fundación' } });
    expect(result.labs).toHaveLength(1);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'founded', message: 'there is no column "Fundación" for founded; the field stays empty' })]);
  });

  it('takes the first non-empty row as the header, whatever line it is on', () => {
    const result = read('\n;;\nname;sector;country\nLab;public;PE\n');
    expect(result.labs.map((lab) => lab.line)).toEqual([4]);
  });
});

describe('value mapping', () => {
  it('maps sector texts through `values` and the built-in Spanish words, ignoring case and accents', () => {
    const csv = 'name,sector,country\nA,ACADEMICO,PE\nB,sector publico,PE\nC,Empresa privada,PE\nD,Sociedad Civil,PE\nE,civil-society,PE\n';
    expect(items(csv, { values: { sector: { 'Empresa Privada': 'private' } } }).map((lab) => lab.sector)).toEqual([
      'academia',
      'public',
      'private',
      'civil-society',
      'civil-society',
    ]);
  });

  it('drops a row with an unknown sector, listing the accepted values and the mapping', () => {
    const result = read('name,sector,country\nA,Gremio,PE\nB,public,PE\n', { values: { sector: { Academia: 'academia' } } }, 'es');
    expect(result.labs.map((lab) => lab.item.name)).toEqual(['B']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'labs.csv',
        line: 2,
        field: 'sector',
        message: 'sector desconocido "Gremio"; se descarta la fila',
        hint: 'Valores aceptados: academia, private, public, civil-society. Para otro texto, añádalo a "values": { "sector": { "Gremio": "…" } } en la configuración (ahora: "Academia" → academia).',
      }),
    ]);
  });

  it('reads countries by code or name in Spanish, English or Portuguese, and `values` for the rest', () => {
    const csv = 'name,sector,country\nA,public,pe\nB,public,Perú\nC,public,Colombia\nD,public,España\nE,public,Brasil\nF,public,Tierra Media\nG,public,Chilito\n';
    const result = read(csv, { values: { country: { chilito: 'CL' } } });
    expect(result.labs.map((lab) => lab.item.country)).toEqual(['PE', 'PE', 'CO', 'ES', 'BR', 'CL']);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', line: 7, field: 'country', message: 'unknown country "Tierra Media"; the row is dropped' })]);
  });

  it('splits list cells on ; | or line breaks, or on `listSeparator`, mapping each item', () => {
    const csv = 'name,sector,country,focusAreas,networks\nA,public,PE,"IA; IoT | Datos\nCiudades",Red Nacional|red-x\n';
    expect(items(csv, { values: { networks: { 'red nacional': 'red-labs-peru' } } })[0]).toMatchObject({
      focusAreas: ['IA', 'IoT', 'Datos', 'Ciudades'],
      networks: ['red-labs-peru', 'red-x'],
    });
    expect(items('name,sector,country,focusAreas\nA,public,PE,"IA / IoT; datos"\n', { listSeparator: '/' })[0]!.focusAreas).toEqual(['IA', 'IoT; datos']);
  });

  it('leaves out a network that is not an id, with a warning that says how to map it', () => {
    const result = read('name,sector,country,networks\nA,public,PE,Red Nacional;red-x\n');
    expect(result.labs[0]!.item.networks).toEqual(['red-x']);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2, field: 'networks', hint: expect.stringContaining('"Red Nacional"') })]);
  });

  it('maps free-text fields such as city through `values` too', () => {
    expect(items('name,sector,country,city\nA,public,PE,LIMA METROPOLITANA\n', { values: { city: { 'Lima Metropolitana': 'Lima' } } })[0]!.city).toBe('Lima');
  });
});

describe('cells', () => {
  it('accepts decimal commas and points in coordinates, and warns about out-of-range or half coordinates', () => {
    const csv = 'name,sector,country,lat,lng\nA,public,PE,"-12,0464","-77,0428"\nB,public,PE,-95.2,-77\nC,public,PE,-12.1,\nD,public,PE,norte,-77\nE,public,PE,100,200\n';
    const result = read(csv);
    expect(result.labs.map((lab) => lab.item.coordinates)).toEqual([{ lat: -12.0464, lng: -77.0428 }, undefined, undefined, undefined, undefined]);
    expect(result.problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['warning', 3, 'lat', 'invalid coordinates (latitude -95.2, longitude -77); left out'],
      ['warning', 4, 'lng', 'invalid coordinates (latitude -12.1, longitude —); left out'],
      ['warning', 5, 'lat', 'invalid coordinates (latitude norte, longitude -77); left out'],
      ['warning', 6, 'lat', 'invalid coordinates (latitude 100, longitude 200); left out'],
    ]);
  });

  it('leaves out a bad e-mail and a bad URL with a warning, and keeps the lab', () => {
    const csv = 'name,sector,country,email,website\nA,public,PE,no es correo,javascript:alert(1)\nB,public,PE,mailto:b@example.org,http://b.example.org/x\n';
    const result = read(csv, {}, 'es');
    expect(result.labs.map((lab) => [lab.item.email, lab.item.website])).toEqual([
      [undefined, undefined],
      ['b@example.org', 'http://b.example.org/x'],
    ]);
    expect(result.problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['warning', 2, 'website', 'enlace inválido en "website": javascript:alert(1); se omite'],
      ['warning', 2, 'email', 'correo inválido "no es correo"; se omite'],
    ]);
  });

  it('reads the founding year from a number, a date or text, and warns about anything else', () => {
    const csv = 'name,sector,country,founded\nA,public,PE,2019\nB,public,PE,2018-05-01\nC,public,PE,01/05/2017\nD,public,PE,hace años\nE,public,PE,1492\n';
    const result = read(csv);
    expect(result.labs.map((lab) => lab.item.founded)).toEqual([2019, 2018, 2017, undefined, undefined]);
    expect(result.problems.map((p) => [p.line, p.field, p.severity])).toEqual([
      [5, 'founded', 'warning'],
      [6, 'founded', 'warning'],
    ]);
  });

  it('reads yes/no flags in Spanish and English', () => {
    const csv = 'name,sector,country,Ejemplo\nA,public,PE,Sí\nB,public,PE,no\nC,public,PE,X\nD,public,PE,quizá\n';
    const result = read(csv);
    expect(result.labs.map((lab) => lab.item.exampleData)).toEqual([true, false, true, undefined]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 5, field: 'exampleData' })]);
  });

  it('drops a row without a name, and one without sector or country unless `defaults` gives them', () => {
    const csv = 'name,sector,country\n,public,PE\nB,,PE\nC,public,\n';
    const result = read(csv, {}, 'es');
    expect(result.labs).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [2, 'name', 'la fila no tiene "name"; se descarta'],
      [3, 'sector', 'la fila no tiene "sector"; se descarta'],
      [4, 'country', 'la fila no tiene "country"; se descarta'],
    ]);
    const filled = read(csv, { defaults: { sector: 'academia', country: 'CL', networks: ['red-x'] } });
    expect(filled.labs.map((lab) => [lab.item.name, lab.item.sector, lab.item.country, lab.item.networks])).toEqual([
      ['B', 'academia', 'PE', ['red-x']],
      ['C', 'public', 'CL', ['red-x']],
    ]);
  });

  it('reports every problem of a dropped row at once, naming the columns by the file\'s headers', () => {
    const result = read('Nombre,Tipo,País,Web,Año\nLab,Gremio,PE,www,hace años\n', {}, 'es');
    expect(result.labs).toEqual([]);
    expect(result.problems.map((p) => [p.severity, p.field, p.message])).toEqual([
      ['error', 'sector', 'sector desconocido "Gremio"; se descarta la fila'],
      ['warning', 'website', 'enlace inválido en "Web": www; se omite'],
      ['warning', 'founded', 'año ilegible "hace años"; se omite'],
    ]);
  });

  it('tidies a description and drops a lab whose text breaks the contract', () => {
    const long = 'x'.repeat(501);
    const result = read(`name,sector,country,description\n${long},public,PE,ok\nB,public,PE,"  una  \n\n\n\n  dos "\n`);
    expect(result.labs.map((lab) => lab.item.description)).toEqual(['una\n\ndos']);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', line: 2, field: 'name', message: expect.stringContaining('the lab does not meet the feed contract') })]);
  });

  it('leaves out an optional value the contract refuses, with a warning, and keeps the lab', () => {
    const result = read(`name,sector,country,city,description\nA,public,PE,${'c'.repeat(501)},${'d'.repeat(20_001)}\n`);
    expect(result.labs.map((lab) => [lab.item.name, lab.item.city, lab.item.description])).toEqual([['A', undefined, undefined]]);
    expect(result.problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['warning', 2, 'description'],
      ['warning', 2, 'city'],
    ]);
    expect(result.problems[0]!.message).toContain('the field is left out');
  });

  it('skips blank rows and reports a file with no data rows', () => {
    expect(read('name,sector,country\n,,\n\n').problems).toEqual([expect.objectContaining({ severity: 'warning', message: 'the file has no data rows' })]);
    expect(read('').problems).toEqual([expect.objectContaining({ severity: 'warning', line: 1, message: 'the file has no data rows' })]);
  });
});

describe('ids', () => {
  it('takes the Id column, else a slug of the name', () => {
    expect(items('Id,Nombre,Sector,País\npe-lab-1,Lab Uno,public,PE\n,Laboratorio de Innovación Ñandú,public,PE\n').map((lab) => lab.id)).toEqual([
      'pe-lab-1',
      'laboratorio-de-innovacion-nandu',
    ]);
  });

  it('gives namesakes name and city, the same whatever the order of the rows', () => {
    const rows = ['Lab de Innovación,public,PE,Lima', 'Lab de Innovación,public,PE,Cusco', 'Otro Lab,public,PE,Lima'];
    const ids = (order: string[]) => items(`name,sector,country,city\n${order.join('\n')}\n`).map((lab) => lab.id).sort();
    expect(ids(rows)).toEqual(['lab-de-innovacion-cusco', 'lab-de-innovacion-lima', 'otro-lab']);
    expect(ids([...rows].reverse())).toEqual(ids(rows));
  });

  it('reports a duplicated id naming both lines, and keeps the first', () => {
    const result = read('id,name,sector,country,city\nlab-1,A,public,PE,\nlab-1,B,public,PE,\n,C,public,PE,Lima\n,C,public,PE,Lima\n', {}, 'es');
    expect(result.labs.map((lab) => [lab.line, lab.item.id, lab.item.name])).toEqual([
      [2, 'lab-1', 'A'],
      [4, 'c-lima', 'C'],
    ]);
    expect(result.problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['error', 3, 'id', 'id duplicado "lab-1" (ya usado en la línea 2); se descarta esta fila'],
      ['error', 5, 'id', 'id duplicado "c-lima" (ya usado en la línea 4); se descarta esta fila'],
    ]);
    expect(result.problems[0]!.hint).toContain('columna Id');
  });
});

describe('rows from a workbook', () => {
  it('reads numbers, booleans and dates as the sheet stores them', () => {
    const rows: TableRow[] = [
      { line: 1, cells: ['Nombre', 'Sector', 'País', 'Latitud', 'Longitud', 'Fundación', 'Ejemplo', 'Id'] },
      { line: 3, cells: ['Lab', 'Academia', 'Perú', -12.0464, -77.0428, new Date(Date.UTC(2015, 2, 1)), true, 17] },
    ];
    const result = labsFromRows(rows, { path: 'labs.xlsx' }, 'labs.xlsx', { lang: 'en' });
    expect(result.problems).toEqual([]);
    expect(result.labs).toEqual([
      { file: 'labs.xlsx', line: 3, item: { id: '17', name: 'Lab', sector: 'academia', country: 'PE', coordinates: { lat: -12.0464, lng: -77.0428 }, founded: 2015, exampleData: true } },
    ]);
  });
});

describe('progress and size', () => {
  it('reports progress every 500 rows and at the end', () => {
    const lines = Array.from({ length: 1200 }, (_, index) => `Lab ${index},public,PE`);
    const calls: [number, number][] = [];
    const result = read(`name,sector,country\n${lines.join('\n')}\n`, {}, 'en', (done, total) => calls.push([done, total]));
    expect(result.labs).toHaveLength(1200);
    expect(calls).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
  });
});

describe('tableConfigProblems', () => {
  it('names config mistakes: an unknown field, a sector mapping to no sector, a bad separator', () => {
    expect(
      tableConfigProblems({ path: 'x.csv', columns: { nombre: 'Nombre' } as never, values: { sector: { Uni: 'university' } }, listSeparator: '' }, 'csv'),
    ).toEqual([
      expect.stringContaining('csv.columns.nombre: not a lab field'),
      'csv.values.sector "Uni": "university" is not one of academia, private, public, civil-society',
      'csv.listSeparator must be a non-empty text',
    ]);
    expect(tableConfigProblems({ path: 'x.csv' }, 'csv')).toEqual([]);
  });
});
