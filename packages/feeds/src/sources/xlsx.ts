/**
 * XLSX lab lists → labs, read with read-excel-file. Cells come as Excel stores them: text, numbers
 * (a year, a coordinate), booleans, and dates for date-formatted cells; the row number of the sheet is
 * the line problems name.
 */
import { readSheet, SheetNotFoundError, type SheetData } from 'read-excel-file/node';
import type { XlsxSourceConfig } from '../config.js';
import { problem, type Problem } from '../problems.js';
import type { SourceContext, SourceRead } from './source.js';
import { readSourceBytes, reportedName } from './source-file.js';
import { labsFromRows, tableConfigProblems, type Cell } from './table.js';

/** Reads the first sheet, or the one the config names, of a workbook. */
export async function readXlsxSource(source: XlsxSourceConfig, context: SourceContext): Promise<SourceRead> {
  const { lang, configDir } = context;
  const problems: Problem[] = [];
  const reasons = tableConfigProblems(source, 'xlsx');
  const { sheet = 1 } = source;
  if (!(typeof sheet === 'string' ? sheet !== '' : Number.isInteger(sheet) && sheet >= 1)) reasons.push('xlsx.sheet must be a sheet name or a position from 1');
  if (reasons.length) return { labs: [], problems: reasons.map((reason) => problem('bad-config', lang, { file: 'config', params: { reason } })) };

  const file = reportedName(configDir, source.path);
  const bytes = await readSourceBytes(configDir, source.path, lang, problems);
  if (!bytes) return { labs: [], problems };
  let data: SheetData;
  try {
    data = await readSheet(bytes, sheet);
  } catch (error) {
    if (error instanceof SheetNotFoundError) {
      const sheets = (error as SheetNotFoundError & { sheets?: string[] }).sheets ?? [];
      problems.push(problem('missing-sheet', lang, { file, params: { sheet: String(sheet), sheets: sheets.map((name) => `"${name}"`).join(', ') } }));
    } else problems.push(problem('not-a-spreadsheet', lang, { file, params: { reason: (error as Error).message } }));
    return { labs: [], problems };
  }
  // read-excel-file keeps empty rows before the last one, so the index gives the sheet's row number.
  const rows = data.map((cells, index) => ({ line: index + 1, cells: cells as readonly Cell[] }));
  const read = labsFromRows(rows, source, file, context);
  return { labs: read.labs, problems: [...problems, ...read.problems] };
}
