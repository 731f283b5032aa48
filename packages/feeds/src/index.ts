/** @govtech-network/feeds — builds, checks and merges v1 GovTech feeds from a network's own content. */
export { buildFeed } from './build.js';
export { replaceFolder } from './output/replace-folder.js';
export { feedFiles, sortEvents } from './output/feed-files.js';
export type { FeedContent, Sourced } from './content.js';
export { readSource, SOURCE_TYPES } from './sources/index.js';
export type { SourceContext, SourceRead, SourceReader } from './sources/source.js';
export type { BuildOptions, BuildResult } from './build.js';
export type { RunOptions } from './run-options.js';
export { mergeFeeds } from './merge.js';
export type { MergeOptions, MergeResult } from './merge.js';
export { HUB_CONFIG_NAMES } from './merge/hub-config.js';
export type { HubConfig, HubFeed } from './merge/hub-config.js';
export { generatedAtOf } from './generated-at.js';
export type {
  CsvSourceConfig,
  DataItems,
  DataSourceConfig,
  DocumentMapping,
  FeedsConfig,
  FieldMapping,
  IcsSourceConfig,
  LabColumn,
  MarkdownSourceConfig,
  PresetName,
  SourceConfig,
  TableSourceOptions,
  XlsxSourceConfig,
} from './config.js';
export { FeedsConfigSchema, MarkdownSourceSchema, SourceConfigSchema } from './config.js';
export { checkConfig } from './config-check.js';
export type { ConfigSource } from './config-check.js';
export { loadConfig } from './config-file.js';
export type { LoadedConfig } from './config-file.js';
export { initProject, schemaRefFor } from './init/project.js';
export type { InitOptions, InitResult } from './init/project.js';
export { starterFiles } from './init/starter.js';
export type { ConfigFormat, StarterOptions } from './init/starter.js';
export { startDev, widgetsBundlePath } from './dev/start.js';
export type { DevBuild, DevOptions, DevServer } from './dev/start.js';
export { formatInZone, toFeedDate } from './dates.js';
export type { DateMode, FeedDate } from './dates.js';
export { formatProblem, problem, severityWord } from './problems.js';
export type { Lang, Problem, ProblemCode, Severity } from './problems.js';
export { mappingOf, parseMarkdownEvent, readMarkdownSource, resolveUrl, slugOf, tidyText } from './sources/markdown.js';
export { parseFrontMatter, splitFrontMatter } from './sources/front-matter.js';
export type { FrontMatter, ParsedFrontMatter } from './sources/front-matter.js';
export type { MarkdownOptions, MarkdownResult, SourcedEvent } from './sources/markdown.js';
export { parseIcsCalendar, readIcsSource } from './sources/ics.js';
export type { IcsOptions, IcsResult } from './sources/ics.js';
export { csvRows, decodeCsv, detectDelimiter, readCsvSource } from './sources/csv.js';
export type { CsvRows } from './sources/csv.js';
export { labsFromRows } from './sources/table.js';
export type { Cell, TableRow } from './sources/table.js';
export { readXlsxSource } from './sources/xlsx.js';
export { readDataSource } from './sources/data.js';
export { main } from './main.js';
export { checkFeed, DEFAULT_ORIGIN } from './check/check.js';
export type { CheckOptions, CheckResult } from './check/check.js';
export type { CheckCode, Finding } from './check/findings.js';
export type { HeaderSource } from './check/http-checks.js';
export { formatFinding, reportJson, reportLines } from './check/report.js';
export { headersFor, parseHeadersFile } from './check/headers-file.js';
export type { HeaderRule } from './check/headers-file.js';
export { PRESETS } from './sources/presets.js';
