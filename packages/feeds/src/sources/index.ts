/** The source types a config can name, each with its reader. A new format is one module, one line here, and its schema in config.ts (SOURCE_SCHEMAS). */
import type { SourceConfig } from '../config.js';
import { readIcsSource } from './ics.js';
import { readCsvSource } from './csv.js';
import { readDataSource } from './data.js';
import { readMarkdownSource } from './markdown.js';
import type { SourceContext, SourceRead, SourceReader } from './source.js';
import { readXlsxSource } from './xlsx.js';

type Readers = { readonly [Type in SourceConfig['type']]: SourceReader<Extract<SourceConfig, { type: Type }>> };

const READERS: Readers = {
  markdown: readMarkdownSource,
  ics: readIcsSource,
  csv: readCsvSource,
  xlsx: readXlsxSource,
  data: readDataSource,
};

export const SOURCE_TYPES = Object.keys(READERS) as SourceConfig['type'][];

/** Reads one source with the reader of its type; undefined for a type nobody reads (a config problem). */
export function readSource(source: SourceConfig, context: SourceContext): Promise<SourceRead> | undefined {
  const reader = READERS[source.type] as SourceReader<SourceConfig> | undefined;
  return reader?.(source, context);
}
