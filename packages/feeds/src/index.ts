/** @govtech-network/feeds — builds v1 GovTech feeds from a network's own content (work in progress). */
export { buildFeed } from './build.js';
export { replaceFolder } from './output/replace-folder.js';
export { feedFiles, sortEvents } from './output/feed-files.js';
export type { FeedContent, Sourced } from './content.js';
export { readSource, SOURCE_TYPES } from './sources/index.js';
export type { SourceContext, SourceRead, SourceReader } from './sources/source.js';
export type { BuildOptions, BuildResult } from './build.js';
export type { DocumentMapping, FeedsConfig, FieldMapping, IcsSourceConfig, MarkdownSourceConfig, PresetName, SourceConfig } from './config.js';
export { formatInZone, toFeedDate } from './dates.js';
export type { DateMode, FeedDate } from './dates.js';
export { formatProblem, problem } from './problems.js';
export type { Lang, Problem, ProblemCode, Severity } from './problems.js';
export { mappingOf, parseMarkdownEvent, readMarkdownSource, resolveUrl, slugOf, splitFrontMatter, tidyText } from './sources/markdown.js';
export type { FrontMatter, MarkdownOptions, MarkdownResult, SourcedEvent } from './sources/markdown.js';
export { parseIcsCalendar, readIcsSource } from './sources/ics.js';
export type { IcsOptions, IcsResult } from './sources/ics.js';
export { main } from './main.js';
export { PRESETS } from './sources/presets.js';
