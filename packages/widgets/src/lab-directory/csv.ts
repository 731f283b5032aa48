import type { GovLab } from '@govtech-network/sdk';

export interface CsvColumns {
  name: string;
  sector: string;
  city: string;
  region: string;
  country: string;
  focusAreas: string;
  networks: string;
  founded: string;
  website: string;
  email: string;
}

/**
 * The labs as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF
 * rows, every field quoted with inner quotes doubled (names carry commas and quotes), and cells that a
 * spreadsheet would run as a formula (=, +, -, @) prefixed with an apostrophe.
 */
export function labsToCsv(labs: readonly GovLab[], header: CsvColumns, sectorName: (sector: GovLab['sector']) => string): string {
  const rows = [
    Object.values(header),
    ...labs.map((lab) => [
      lab.name,
      sectorName(lab.sector),
      lab.city ?? '',
      lab.region ?? '',
      lab.country,
      (lab.focusAreas ?? []).join('; '),
      (lab.networks ?? []).join('; '),
      lab.founded === undefined ? '' : String(lab.founded),
      lab.website ?? '',
      lab.email ?? '',
    ]),
  ];
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
