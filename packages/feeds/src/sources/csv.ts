/**
 * CSV lab lists → labs, parsed with csv-parse. Handles what spreadsheets export: comma or semicolon
 * (Spanish-locale Excel writes `;`), quoted fields with line breaks, UTF-8 with or without BOM, UTF-16
 * ("Unicode text"), Windows-1252 (Excel's "CSV" in Spanish Windows), Excel's `sep=;` first line.
 */
import { parse, type Options } from 'csv-parse/sync';
import type { CsvSourceConfig } from '../config.js';
import { problem, type Problem } from '../problems.js';
import type { SourceContext, SourceRead } from './source.js';
import { readSourceBytes, reportedName } from './source-file.js';
import { labsFromRows, tableConfigProblems, type TableRow } from './table.js';

export type CsvDelimiter = NonNullable<CsvSourceConfig['delimiter']>;
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const ENCODINGS = ['utf-8', 'windows-1252'] as const;

/** Windows-1252's bytes 0x80–0x9F (WHATWG index); the five it leaves unassigned stay C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252 text. TextDecoder is used as the brief asks, but Node 20.18.3+ decodes 0x80–0x9F as
 * Latin-1 (U+0080–U+009F: nodejs/node issues 56542 and 60888), losing Excel's “quotes”, – dashes and €;
 * those code points are mapped here, which changes nothing on a Node that decodes them right.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/** The text of a CSV file: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252. */
export function decodeCsv(bytes: Uint8Array, encoding?: CsvSourceConfig['encoding']): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (encoding === undefined && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel's "CSV" on a Spanish-locale Windows writes the ANSI code page, Windows-1252.
    return decodeWindows1252(bytes);
  }
}

/** The delimiter used most on the first non-empty line outside quotes; a comma on a tie or none. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  let seen = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') {
      if (seen) break;
    } else if (counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
    if (char.trim()) seen = true;
  }
  let best: CsvDelimiter = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

export interface CsvRows {
  readonly rows: TableRow[];
  /** Where the file stops being readable (an unclosed quote); the rows before it are kept. */
  readonly error?: { readonly line: number; readonly reason: string };
}

/** The records of a CSV text, each with the 1-based line it starts on (the header is line 1). */
export function csvRows(text: string, delimiter?: CsvDelimiter): CsvRows {
  // csv-parse counts a CRLF inside a quoted field as two lines: one line break form keeps lines right.
  let body = text.replace(/\r\n?/g, '\n');
  let firstLine = 1;
  const sepLine = /^sep=(.)\n/i.exec(body);
  if (sepLine) {
    body = body.slice(sepLine[0].length);
    firstLine = 2;
  }
  const chosen = delimiter ?? (sepLine ? (sepLine[1] as CsvDelimiter) : detectDelimiter(body));
  const options = { delimiter: chosen, relax_column_count: true, relax_quotes: true } as const;
  let records: string[][];
  try {
    records = parse(body, options);
  } catch (error) {
    return salvage(body, options, firstLine, error as Error);
  }
  // A record spans one line plus the line breaks inside its quoted cells (an empty line is a record of one empty cell).
  let line = firstLine;
  return {
    rows: records.map((cells) => {
      const row = { line, cells };
      line += 1;
      for (const cell of cells) for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) line += 1;
      return row;
    }),
  };
}

/** The rows before a parse error, and the line where the broken record starts (csv-parse's own line is the file's end). */
function salvage(body: string, options: Options, firstLine: number, error: Error): CsvRows {
  const rows: TableRow[] = [];
  let linesDone = 0;
  try {
    parse(body, {
      ...options,
      on_record: (cells: string[], { lines }) => {
        rows.push({ line: firstLine + linesDone, cells });
        linesDone = lines;
        return null;
      },
    });
  } catch {
    // The same error again, now with the rows before it collected.
  }
  return { rows, error: { line: firstLine + linesDone, reason: error.message.replace(/ at line \d+/, '') } };
}

/** Reads a CSV lab list. */
export async function readCsvSource(source: CsvSourceConfig, context: SourceContext): Promise<SourceRead> {
  const { lang, configDir } = context;
  const problems: Problem[] = [];
  const reasons = tableConfigProblems(source, 'csv');
  if (source.delimiter !== undefined && !DELIMITERS.includes(source.delimiter)) reasons.push(`csv.delimiter must be one of "," ";" "\\t"`);
  if (source.encoding !== undefined && !ENCODINGS.includes(source.encoding)) reasons.push(`csv.encoding must be utf-8 or windows-1252`);
  if (reasons.length) return { labs: [], problems: reasons.map((reason) => problem('bad-config', lang, { file: 'config', params: { reason } })) };

  const file = reportedName(configDir, source.path);
  const bytes = await readSourceBytes(configDir, source.path, lang, problems);
  if (!bytes) return { labs: [], problems };
  const { rows, error } = csvRows(decodeCsv(bytes, source.encoding), source.delimiter);
  if (error) problems.push(problem('csv-error', lang, { file, line: error.line, params: { reason: error.reason } }));
  const read = labsFromRows(rows, source, file, context);
  return { labs: read.labs, problems: [...problems, ...read.problems] };
}
