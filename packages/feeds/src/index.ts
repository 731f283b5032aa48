/** @govtech-network/feeds — builds v1 GovTech feeds from a network's own content (work in progress). */
export { buildFeed } from './build.js';
export { replaceFolder } from './output/replace-folder.js';
export { feedFiles, sortEvents } from './output/feed-files.js';
export type { FeedContent, Sourced } from './content.js';
export { readSource, SOURCE_TYPES } from './sources/index.js';
export type { SourceContext, SourceRead, SourceReader } from './sources/source.js';
export type { BuildOptions, BuildResult } from './build.js';
export type {
  CsvSourceConfig,
  DataItems,
  DataSourceConfig,
  DocumentMapping,
  FeedsConfig,
  FieldMapping,
  LabColumn,
  MarkdownSourceConfig,
  PresetName,
  SourceConfig,
  TableSourceOptions,
  XlsxSourceConfig,
} from './config.js';
export { formatInZone, toFeedDate } from './dates.js';
export type { DateMode, FeedDate } from './dates.js';
export { formatProblem, problem } from './problems.js';
export type { Lang, Problem, ProblemCode, Severity } from './problems.js';
export { mappingOf, parseMarkdownEvent, readMarkdownSource, resolveUrl, slugOf, splitFrontMatter, tidyText } from './sources/markdown.js';
export type { FrontMatter, MarkdownOptions, MarkdownResult, SourcedEvent } from './sources/markdown.js';
export { csvRows, decodeCsv, detectDelimiter, readCsvSource } from './sources/csv.js';
export type { CsvRows } from './sources/csv.js';
export { labsFromRows } from './sources/table.js';
export type { Cell, TableRow } from './sources/table.js';
export { readXlsxSource } from './sources/xlsx.js';
export { readDataSource } from './sources/data.js';
export { main } from './main.js';
export { PRESETS } from './sources/presets.js';
