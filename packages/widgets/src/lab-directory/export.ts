/**
 * The filtered labs as a file: CSV for spreadsheets, or JSON in the feed's own Lab shape (a labs file a
 * program reads like the feed's). Loaded when the visitor asks for one.
 */
import type { GovLab } from '@govtech-network/sdk';
import { downloadFile } from '../internal/download.js';
import { labsToCsv } from './csv.js';
import type { DirectoryMessages } from './messages.js';

export type ExportFormat = 'csv' | 'json';

/** The labs as the feed's labs file: `{ schemaVersion: 1, labs }`, each lab exactly as the feed gave it. */
export function labsToJson(labs: readonly GovLab[]): string {
  return JSON.stringify({ schemaVersion: 1, labs }, null, 2) + '\n';
}

export function downloadLabs(format: ExportFormat, labs: readonly GovLab[], m: DirectoryMessages): void {
  if (format === 'json') downloadFile('laboratorios.json', labsToJson(labs), 'application/json');
  else downloadFile('laboratorios.csv', labsToCsv(labs, m.csv, (sector) => m.sectors[sector]), 'text/csv;charset=utf-8');
}
