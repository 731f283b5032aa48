/**
 * Rows of a lab list (a CSV or a workbook sheet, already read into cells) → labs. The header is
 * resolved once into a column index per field and every value mapping into one Map, so a row costs a
 * few array reads and Map look-ups whatever the width of the sheet.
 *
 * Ids: the Id column when the row has one; else a slug of the name; rows of one file sharing a name all
 * get a slug of name and city instead (decided over the whole file, so the ids do not depend on the
 * order of the rows). A lab whose id must never change, even when a namesake is added later, needs an
 * Id column.
 */
import { Id, Lab, type GovLab } from '@govtech-network/sdk';
import type { LabColumn, TableSourceOptions } from '../config.js';
import type { Sourced } from '../content.js';
import { problem, type Problem, type ProblemCode } from '../problems.js';
import {
  countryCodeOf,
  DEFAULT_HEADERS,
  FLAG_WORDS,
  keyOf,
  LAB_COLUMNS,
  SECTOR_WORDS,
  SECTORS,
  SHOWN_HEADER,
} from './lab-columns.js';
import { resolveUrl, slugOf, tidyText } from './markdown.js';
import type { SourceContext, SourceRead } from './source.js';

/** A cell as a reader gives it: text from a CSV; text, numbers, booleans and dates from a workbook. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface TableRow {
  /** 1-based line of the file (CSV) or row of the sheet (XLSX) where the row starts. */
  readonly line: number;
  readonly cells: readonly Cell[];
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 500;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LIST_FIELDS = ['focusAreas', 'networks'] as const;
/** Optional fields: a value the contract refuses is left out with a warning, and the lab stays. */
const SOFT_FIELDS = new Set(['description', 'website', 'email', 'city', 'region', 'coordinates', 'focusAreas', 'networks', 'founded', 'logo']);
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** A cell as trimmed text ('' when empty); a date as its calendar day, as a person reads it in the sheet. */
function textOf(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** A decimal number from a number cell or from text with a decimal point or comma ("-12,0464"). */
function decimalOf(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell;
  const text = textOf(cell);
  if (!DECIMAL.test(text)) return undefined;
  return Number(text.includes(',') ? text.replace(',', '.') : text);
}

/** A year from a number, a date cell, or text such as "2019", "2019-05-01" or "01/05/2019". */
function yearOf(cell: Cell): number | undefined {
  let year: number | undefined;
  if (cell instanceof Date) year = cell.getUTCFullYear();
  else if (typeof cell === 'number') year = cell;
  else {
    const text = textOf(cell);
    const match = /^(\d{4})(?:\.0+)?$/.exec(text) ?? /^(\d{4})-\d{1,2}-\d{1,2}/.exec(text) ?? /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/.exec(text);
    year = match ? Number(match[1]) : undefined;
  }
  return year !== undefined && Number.isInteger(year) && year >= 1800 && year <= 2100 ? year : undefined;
}

/** A text → value table keyed by `keyOf`, so look-ups ignore case and accents. */
function keyedMap<T>(table: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(table).map(([text, value]) => [keyOf(text), value]));
}

/**
 * A look-up done once per distinct text: a column of 5,000 rows holds a handful of sectors, countries
 * or yes/no values, and folding accents is the dearest part of reading a cell.
 */
function memoized<T>(lookup: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = lookup(text);
    cache.set(text, value);
    return value;
  };
}

const SECTOR_OF = keyedMap(SECTOR_WORDS);
const FLAG_OF = keyedMap(FLAG_WORDS);
/** A host name first ("www.lab.pe/x"): a link a spreadsheet holds without its scheme. */
const BARE_HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#]|$)/u;

/** Config mistakes of a table source, as reasons for a `bad-config` problem (empty when it is usable). */
export function tableConfigProblems(source: TableSourceOptions, prefix: string): string[] {
  const reasons: string[] = [];
  if (typeof source.path !== 'string' || !source.path) reasons.push(`${prefix}.path must name a file`);
  for (const key of ['columns', 'values', 'defaults'] as const) {
    const value = source[key];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) reasons.push(`${prefix}.${key} must be an object`);
  }
  for (const field of Object.keys(source.columns ?? {})) {
    if (!LAB_COLUMNS.includes(field as LabColumn)) reasons.push(`${prefix}.columns.${field}: not a lab field (${LAB_COLUMNS.join(', ')})`);
  }
  for (const [text, sector] of Object.entries(source.values?.sector ?? {})) {
    if (!SECTORS.includes(sector as (typeof SECTORS)[number])) reasons.push(`${prefix}.values.sector "${text}": "${sector}" is not one of ${SECTORS.join(', ')}`);
  }
  if (source.listSeparator !== undefined && (typeof source.listSeparator !== 'string' || !source.listSeparator)) {
    reasons.push(`${prefix}.listSeparator must be a non-empty text`);
  }
  return reasons;
}

/**
 * Turns the rows of one file into labs and problems. The header is the first row holding the name
 * column (title rows above it, as sheets often have, are skipped), else the first non-empty row.
 */
export function labsFromRows(
  rows: readonly TableRow[],
  source: TableSourceOptions,
  file: string,
  context: Pick<SourceContext, 'lang' | 'progress'>,
): SourceRead & { labs: Sourced<GovLab>[] } {
  const { lang } = context;
  const problems: Problem[] = [];
  const labs: Sourced<GovLab>[] = [];
  const report = (code: ProblemCode, line: number, field: string | undefined, params: Record<string, string | number> = {}) =>
    problems.push(problem(code, lang, { file, line, field, params }));

  // Header → field, once: the config's `columns` over the default headers.
  // A column is named in problems by its header in the file; an absent one as the config (or the default) spells it.
  const shown = (field: LabColumn) => (column[field] !== undefined ? headers[column[field]!]! : (source.columns?.[field] ?? SHOWN_HEADER[field]));
  const fieldOfHeader = new Map<string, LabColumn>();
  for (const field of LAB_COLUMNS) {
    if (source.columns?.[field] === undefined) for (const alias of DEFAULT_HEADERS[field]) fieldOfHeader.set(keyOf(alias), field);
  }
  for (const [field, text] of Object.entries(source.columns ?? {})) fieldOfHeader.set(keyOf(text), field as LabColumn);

  const isBlank = (row: TableRow) => row.cells.every((cell) => textOf(cell) === '');
  const namesColumn = (row: TableRow) => row.cells.some((cell) => fieldOfHeader.get(keyOf(textOf(cell))) === 'name');
  let headerAt = rows.findIndex(namesColumn);
  if (headerAt < 0) headerAt = rows.findIndex((row) => !isBlank(row));
  if (headerAt < 0) {
    report('no-rows', 1, undefined);
    return { labs, problems };
  }
  const header = rows[headerAt]!;
  const headers = header.cells.map(textOf);
  const ignored = new Set((source.ignore ?? []).map(keyOf));
  const column: Partial<Record<LabColumn, number>> = {};
  headers.forEach((text, index) => {
    if (!text) return;
    const field = fieldOfHeader.get(keyOf(text));
    if (field === undefined) {
      if (!ignored.has(keyOf(text))) report('unknown-column', header.line, text, { header: text, fields: LAB_COLUMNS.join(', ') });
    } else if (column[field] !== undefined) {
      report('duplicate-column', header.line, field, { header: text, field, other: headers[column[field]!]! });
    } else column[field] = index;
  });

  const defaults = source.defaults ?? {};
  const headerList = headers.filter(Boolean).map((text) => `"${text}"`).join(', ');
  const required: LabColumn[] = ['name', ...(defaults.sector === undefined ? (['sector'] as const) : []), ...(defaults.country === undefined ? (['country'] as const) : [])];
  let fatal = false;
  for (const field of required) {
    if (column[field] === undefined) {
      report('missing-column', header.line, field, { column: shown(field), field, headers: headerList });
      fatal = true;
    }
  }
  for (const field of Object.keys(source.columns ?? {}) as LabColumn[]) {
    if (column[field] === undefined && !required.includes(field)) report('unmatched-column', header.line, field, { column: shown(field), field, headers: headerList });
  }
  if (fatal) return { labs, problems };

  const values = source.values ?? {};
  // The source's own value mapping first (to a feed value, or to a word the built-in lists know).
  const mappers = new Map(
    (Object.entries(values) as [LabColumn, Record<string, string>][]).map(([field, table]) => {
      const map = keyedMap(table);
      return [field, memoized((text: string) => map.get(keyOf(text)) ?? text)];
    }),
  );
  const mapped = (field: LabColumn, text: string) => mappers.get(field)?.(text) ?? text;
  const sectorOf = memoized((text) => SECTOR_OF.get(keyOf(mapped('sector', text))));
  const countryOf = memoized((text) => countryCodeOf(mapped('country', text)));
  const flagOf = memoized((text) => FLAG_OF.get(keyOf(mapped('exampleData', text))));
  const isId = memoized((text) => Id.safeParse(text).success);
  const sectorMapping = Object.entries(values.sector ?? {})
    .map(([text, sector]) => `"${text}" → ${sector}`)
    .join(', ');
  const separator = source.listSeparator ?? /[;|\n]/;
  const listReader = (field: LabColumn) =>
    memoized((cellText) => [...new Set(cellText.split(separator).map((item) => item.trim()).filter(Boolean).map((item) => mapped(field, item)))]);
  const listOf = { focusAreas: listReader('focusAreas'), networks: listReader('networks') };

  const cell = (row: TableRow, field: LabColumn): Cell => (column[field] === undefined ? undefined : row.cells[column[field]!]);
  const text = (row: TableRow, field: LabColumn) => textOf(cell(row, field));

  const dataRows = rows.slice(headerAt + 1).filter((row) => !isBlank(row));

  // Ids from names, decided over the whole file: namesakes get the city too, whatever their order.
  const nameSlugs = dataRows.map((row) => (text(row, 'id') ? '' : slugOf(text(row, 'name'))));
  const nameSlugCount = new Map<string, number>();
  for (const slug of nameSlugs) if (slug) nameSlugCount.set(slug, (nameSlugCount.get(slug) ?? 0) + 1);
  const idOf = (row: TableRow, index: number, name: string) => {
    const own = text(row, 'id');
    if (own) return own;
    const slug = nameSlugs[index]!;
    const city = text(row, 'city');
    return nameSlugCount.get(slug)! > 1 && city ? slugOf(`${name} ${city}`) : slug;
  };

  const lineOfId = new Map<string, number>();
  const total = dataRows.length;
  dataRows.forEach((row, index) => {
    if (index > 0 && index % PROGRESS_EVERY === 0) context.progress?.(index, total);
    const lab = readRow(row, index);
    if (!lab) return;
    const other = lineOfId.get(lab.id);
    if (other !== undefined) {
      report('duplicate-row', row.line, 'id', { id: lab.id, other });
      return;
    }
    lineOfId.set(lab.id, row.line);
    labs.push({ item: lab, file, line: row.line });
  });
  context.progress?.(total, total);
  if (!total) report('no-rows', header.line, undefined);
  return { labs, problems };

  function coordinatesShown(row: TableRow) {
    return { lat: text(row, 'lat') || '—', lng: text(row, 'lng') || '—' };
  }

  function readRow(row: TableRow, index: number): GovLab | undefined {
    const { line } = row;
    const lab: Record<string, unknown> = { ...defaults };
    let dropped = false;

    const name = text(row, 'name');
    if (!name) {
      report('missing-cell', line, 'name', { column: shown('name') });
      dropped = true;
    } else lab.name = name;

    const sectorText = text(row, 'sector');
    if (sectorText) {
      const sector = sectorOf(sectorText);
      if (sector !== undefined) lab.sector = sector;
      else {
        report('unknown-sector', line, 'sector', { value: sectorText, accepted: SECTORS.join(', '), mapping: sectorMapping });
        dropped = true;
      }
    } else if (lab.sector === undefined) {
      report('missing-cell', line, 'sector', { column: shown('sector') });
      dropped = true;
    }

    const countryText = text(row, 'country');
    if (countryText) {
      const country = countryOf(countryText);
      if (country) lab.country = country;
      else {
        report('unknown-country', line, 'country', { value: countryText });
        dropped = true;
      }
    } else if (lab.country === undefined) {
      report('missing-cell', line, 'country', { column: shown('country') });
      dropped = true;
    }

    for (const field of ['city', 'region'] as const) {
      const value = text(row, field);
      if (value) lab[field] = mapped(field, value);
    }
    const description = text(row, 'description');
    // Most descriptions are one clean line; only a multi-line one needs tidying.
    if (description) lab.description = description.includes('\n') ? tidyText(description) : description;

    for (const field of ['website', 'logo'] as const) {
      const value = text(row, field);
      if (!value) continue;
      const url = resolveUrl(!SCHEME.test(value) && BARE_HOST.test(value) ? `https://${value}` : value, undefined);
      if (url === undefined) {
        report('bad-url', line, field, { key: shown(field), value });
      } else if (field === 'website') lab.website = url;
      else lab.logo = { url, alt: name };
    }

    const email = text(row, 'email').replace(/^mailto:/i, '');
    if (email) lab.email = email;

    const latCell = cell(row, 'lat');
    const lngCell = cell(row, 'lng');
    if (textOf(latCell) || textOf(lngCell)) {
      const lat = decimalOf(latCell);
      const lng = decimalOf(lngCell);
      // Out of range is the contract's to say (below); here only what is not a number, or half a pair.
      if (lat !== undefined && lng !== undefined) lab.coordinates = { lat, lng };
      else report('bad-coordinates', line, lat === undefined ? 'lat' : 'lng', coordinatesShown(row));
    }

    for (const field of LIST_FIELDS) {
      const value = text(row, field);
      if (!value) continue;
      const items = listOf[field](value);
      // A copy: the memoized list is shared by every row with the same cell.
      const kept = field === 'networks' ? items.filter((id) => isId(id) || void report('bad-network-id', line, 'networks', { value: id })) : [...items];
      if (kept.length) lab[field] = kept;
    }

    const foundedCell = cell(row, 'founded');
    if (textOf(foundedCell)) {
      const year = yearOf(foundedCell);
      if (year !== undefined) lab.founded = year;
      else report('bad-year', line, 'founded', { value: textOf(foundedCell) });
    }

    const flagCell = cell(row, 'exampleData');
    if (typeof flagCell === 'boolean') lab.exampleData = flagCell;
    else if (textOf(flagCell)) {
      const flag = flagOf(textOf(flagCell));
      if (flag !== undefined) lab.exampleData = flag;
      else report('bad-flag', line, 'exampleData', { value: textOf(flagCell) });
    }

    // A dropped row's other cells were still read: every problem of the row is reported at once.
    if (dropped) return undefined;
    lab.id = idOf(row, index, name);
    const parsed = Lab.safeParse(lab);
    if (parsed.success) return parsed.data;
    const { issues } = parsed.error;
    if (issues.every((issue) => SOFT_FIELDS.has(String(issue.path[0])))) {
      for (const issue of issues) {
        const field = String(issue.path[0]);
        // One warning for a pair whose latitude and longitude are both out of range.
        if (field === 'coordinates' && !('coordinates' in lab)) continue;
        if (field === 'email') report('bad-email', line, field, { value: String(lab.email) });
        else if (field === 'coordinates') report('bad-coordinates', line, String(issue.path[1] ?? 'lat'), coordinatesShown(row));
        else report('invalid-field', line, issue.path.map(String).join('.'), { reason: issue.message });
        delete lab[field];
      }
      const again = Lab.safeParse(lab);
      if (again.success) return again.data;
    }
    for (const issue of issues) {
      report('invalid-item', line, issue.path.map(String).join('.') || undefined, { items: 'labs', reason: issue.message });
    }
    return undefined;
  }
}
