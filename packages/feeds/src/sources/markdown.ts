/**
 * Markdown and MDX files with front matter (Decap/Netlify CMS, Hugo, Jekyll, Eleventy) → events, one per
 * file. The front matter (YAML or Hugo's TOML) is read by front-matter.ts with each key's line, so a
 * problem names the file's own line.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Event, isTimeZone, normalizeText, type GovEvent } from '@govtech-network/sdk';
import type { FieldMapping, MarkdownSourceConfig } from '../config.js';
import type { Sourced } from '../content.js';
import { toFeedDate, type DateMode } from '../dates.js';
import { problem, type Lang, type Problem, type ProblemCode } from '../problems.js';
import { parseFrontMatter, splitFrontMatter } from './front-matter.js';
import { PLAIN, PRESETS } from './presets.js';
import { reportedName } from './source-file.js';
import type { SourceContext, SourceRead } from './source.js';

/** Plain text from a CMS text field: lines trimmed, blank runs collapsed to one blank line. */
export function tidyText(text: string): string {
  return tidyLines(text, (line) => line.trim());
}

/** The Markdown body, kept as written but for trailing spaces and blank runs (indentation is Markdown). */
function tidyBody(text: string): string {
  return tidyLines(text, (line) => line.trimEnd());
}

function tidyLines(text: string, tidyLine: (line: string) => string): string {
  return text.split(/\r?\n/).map(tidyLine).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** An id from a file name: `1ra Mesa (2022).md` → `1ra-mesa-2022`. */
export function slugOf(name: string): string {
  // Accents folded as the SDK's search folds them: "Innovación" → "innovacion".
  return normalizeText(name)
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 128);
}

export interface MarkdownOptions {
  readonly lang: Lang;
  /** Site relative paths resolve against when the source gives none. */
  readonly siteUrl?: string;
}

/** One event read from a file, with where it came from (for duplicate reports). */
export type SourcedEvent = Sourced<GovEvent>;

export interface MarkdownResult {
  readonly event?: SourcedEvent;
  readonly problems: Problem[];
}

/** The mapping a source uses: its preset (or the plain one) with its own `fields` over it. */
export function mappingOf(source: MarkdownSourceConfig): { fields: FieldMapping; dates: DateMode } {
  const preset = source.preset ? PRESETS[source.preset] : PLAIN;
  return { fields: { ...preset.fields, ...source.fields }, dates: source.dates ?? preset.dates };
}

/** Feed fields a front matter may give in the feed's own shape (maps and lists), passed through as written. */
const STRUCTURED_FIELDS = [
  'location',
  'organizers',
  'speakers',
  'recurrence',
  'status',
  'network',
  'streamId',
  'updatedAt',
  'exampleData',
] as const;

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Reads one Markdown file's text into an event; `file` is the name problems are reported under. */
export function parseMarkdownEvent(
  text: string,
  file: string,
  source: MarkdownSourceConfig,
  options: MarkdownOptions,
): MarkdownResult {
  const { lang } = options;
  const problems: Problem[] = [];
  const report = (code: ProblemCode, line?: number, field?: string, params?: Record<string, string | number>) => {
    problems.push(problem(code, lang, { file, line, field, params }));
  };

  const split = splitFrontMatter(text);
  if (typeof split === 'string') {
    report(split, 1);
    return { problems };
  }
  const front = parseFrontMatter(split);
  if ('errors' in front) {
    if (front.notAMap) report('not-a-map', split.firstLine);
    else for (const error of front.errors) report(split.format === 'yaml' ? 'yaml-error' : 'toml-error', error.line, undefined, { reason: error.reason });
    return { problems };
  }
  const { data, keyLines } = front;
  const lineOf = (key: string | undefined) => (key === undefined ? 1 : (keyLines.get(key) ?? 1));

  const { fields, dates } = mappingOf(source);
  const siteUrl = source.siteUrl ?? options.siteUrl;
  let fatal = false;

  const text_ = (feedField: keyof FieldMapping): string | undefined => {
    const key = fields[feedField] as string | undefined;
    if (key === undefined) return undefined;
    const value = data[key];
    if (!present(value)) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    report('not-text', lineOf(key), feedField, { key });
    fatal = true;
    return undefined;
  };
  const linkValue = (value: unknown, key: string, feedField: string): string | undefined => {
    if (!present(value)) return undefined;
    const resolved = typeof value === 'string' ? resolveUrl(value.trim(), siteUrl) : undefined;
    if (resolved === undefined) report('bad-url', lineOf(key), feedField, { key, value: String(value) });
    return resolved;
  };
  const link = (key: string, feedField: string) => linkValue(data[key], key, feedField);

  const event: Record<string, unknown> = { ...structuredClone(source.defaults ?? {}) };

  // id: mapped, else the file name.
  const idText = text_('id');
  const id = idText !== undefined ? idText.trim() : slugOf(basename(file, extname(file)));
  if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(id)) {
    report('bad-id', idText !== undefined ? lineOf(fields.id) : 1, 'id', { value: idText ?? basename(file) });
    fatal = true;
  }
  event.id = id;

  const title = text_('title');
  if (title === undefined || !title.trim()) {
    if (!fatal || fields.title === undefined || !present(data[fields.title])) {
      report('missing-field', 1, 'title', { key: fields.title ?? 'title' });
    }
    fatal = true;
  } else event.title = title.trim();

  const zoneText = text_('timeZone');
  const timeZone = zoneText?.trim() ?? source.timeZone;
  if (!isTimeZone(timeZone)) {
    report('bad-time-zone', zoneText !== undefined ? lineOf(fields.timeZone) : 1, 'timeZone', { value: timeZone });
    fatal = true;
  }
  event.timeZone = timeZone;

  for (const which of ['start', 'end'] as const) {
    const key = fields[which];
    const raw = key === undefined ? undefined : data[key];
    if (!present(raw)) {
      if (which === 'start') {
        report('missing-field', 1, 'start', { key: key ?? 'start' });
        fatal = true;
      }
      continue;
    }
    const date = isTimeZone(timeZone) ? toFeedDate(raw, dates, timeZone) : undefined;
    if (date === undefined) {
      if (isTimeZone(timeZone)) report('bad-date', lineOf(key), which, { key: key!, value: String(raw) });
      fatal = true;
      continue;
    }
    event[which] = date.value;
    if (which === 'start') event.allDay = date.allDay;
  }

  const mappedDescription = text_('description');
  const description = [mappedDescription === undefined ? '' : tidyText(mappedDescription), tidyBody(split.body)]
    .filter(Boolean)
    .join('\n\n');
  if (description) event.description = description;

  const outcomes = text_('outcomes');
  if (outcomes !== undefined && tidyText(outcomes)) event.outcomes = tidyText(outcomes);

  if (fields.highlight !== undefined && present(data[fields.highlight])) {
    const value = data[fields.highlight];
    if (typeof value === 'boolean') event.highlight = value;
    else report('bad-boolean', lineOf(fields.highlight), 'highlight', { key: fields.highlight });
  }

  for (const [feedField, key] of [
    ['onlineUrl', fields.onlineUrl],
    ['registrationUrl', fields.registrationUrl],
  ] as const) {
    if (key === undefined) continue;
    const url = link(key, feedField);
    if (url !== undefined) event[feedField] = url;
  }

  if (fields.image !== undefined) {
    // A URL (with imageAlt beside it), or the feed's own { url, alt } map.
    const value = data[fields.image];
    const image = value !== null && typeof value === 'object' ? (value as { url?: unknown; alt?: unknown }) : undefined;
    const url = image ? linkValue(image.url, fields.image, 'image') : link(fields.image, 'image');
    const alt = image ? image.alt : text_('imageAlt');
    if (url !== undefined) event.image = { url, alt: typeof alt === 'string' ? alt.trim() : '' };
  }

  for (const feedField of ['kind', 'attendance', 'network'] as const) {
    const value = text_(feedField);
    if (value !== undefined) event[feedField] = value.trim();
  }

  if (fields.topics !== undefined && present(data[fields.topics])) {
    const value = data[fields.topics];
    const list = Array.isArray(value) ? value.map(String) : String(value).split(',');
    const topics = list.map((topic) => topic.trim()).filter(Boolean);
    if (topics.length) event.topics = topics;
  }

  const documents = (fields.documents ?? []).flatMap((mapping) => {
    const url = link(mapping.key, `documents.${mapping.kind}`);
    return url === undefined ? [] : [{ title: mapping.title, url, kind: mapping.kind }];
  });
  if (fields.documentList !== undefined && present(data[fields.documentList])) {
    const key = fields.documentList;
    const list = data[key];
    if (!Array.isArray(list)) report('not-a-list', lineOf(key), 'documents', { key });
    else {
      for (const entry of list as unknown[]) {
        const item = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
        const url = linkValue(item.url, key, 'documents');
        if (url !== undefined) documents.push({ ...item, url } as (typeof documents)[number]);
      }
    }
  }
  if (documents.length) event.documents = documents;

  // Structured fields go through as written; the Event schema below says what is wrong with them.
  for (const feedField of STRUCTURED_FIELDS) {
    const key = fields[feedField];
    if (key !== undefined && present(data[key])) event[feedField] = data[key];
  }
  if (fields.previousStart !== undefined && present(data[fields.previousStart]) && isTimeZone(timeZone)) {
    const date = toFeedDate(data[fields.previousStart], dates, timeZone);
    if (date === undefined) report('bad-date', lineOf(fields.previousStart), 'previousStart', { key: fields.previousStart, value: String(data[fields.previousStart]) });
    else event.previousStart = date.value;
  }

  const known = new Set<string>(
    [
      ...Object.entries(fields)
        .filter(([name]) => name !== 'documents' && name !== 'ignore')
        .map(([, key]) => key as string),
      ...(fields.documents ?? []).map((mapping) => mapping.key),
      ...(fields.ignore ?? []),
    ].filter((key) => key !== undefined),
  );
  for (const key of Object.keys(data)) {
    if (!known.has(key)) report('unknown-key', lineOf(key), key, { key });
  }

  if (fatal) return { problems };

  const parsed = Event.safeParse(event);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const feedField = path[0];
      const key = feedField === undefined ? undefined : (fields[feedField as keyof FieldMapping] as string | undefined);
      report('invalid-event', lineOf(typeof key === 'string' ? key : undefined), path.join('.') || undefined, {
        reason: issue.message,
      });
    }
    return { problems };
  }
  return { event: { item: parsed.data, file, line: lineOf(fields.id) }, problems };
}

/** An http(s) URL from an absolute link, or a path resolved against the site. */
export function resolveUrl(value: string, siteUrl: string | undefined): string | undefined {
  try {
    const url = /^[a-z][a-z0-9+.-]*:/i.test(value) ? new URL(value) : siteUrl ? new URL(value, siteUrl) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Every .md/.mdx/.markdown file under `dir`, sorted (the order of the build does not depend on the disk). */
async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    // Symbolic links count (sites link shared content in); a broken one is reported when read.
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && /\.(md|mdx|markdown)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads a Markdown source folder; `baseDir` is the config's folder (file names are reported relative to it). */
export async function readMarkdownSource(source: MarkdownSourceConfig, context: SourceContext): Promise<SourceRead> {
  const { configDir: baseDir } = context;
  const options: MarkdownOptions = { lang: context.lang, siteUrl: context.siteUrl };
  const dir = join(baseDir, source.path);
  const name = (path: string) => reportedName(baseDir, path);
  const events: SourcedEvent[] = [];
  const problems: Problem[] = [];
  let files: string[];
  try {
    files = await markdownFiles(dir);
  } catch (error) {
    problems.push(problem('read-failed', options.lang, { file: name(dir), params: { reason: (error as Error).message } }));
    return { events, problems };
  }
  if (!files.length) problems.push(problem('no-files', options.lang, { file: name(dir) }));
  for (const [index, path] of files.entries()) {
    // Read synchronously: an event file is a few KB, and fs/promises' readFile spends 5–10× longer on its
    // round trips through the thread pool than on the read (1.1–1.9 s against 0.15–0.3 s for 10,000 files).
    // Parsing the file blocks the event loop anyway.
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      // One unreadable file (permissions, removed mid-build) is that file's problem, not the build's end.
      problems.push(problem('read-failed', options.lang, { file: name(path), params: { reason: (error as Error).message } }));
    }
    const result = text === undefined ? undefined : parseMarkdownEvent(text, name(path), source, options);
    if (result) problems.push(...result.problems);
    if (result?.event) events.push(result.event);
    // Every 100 files and the last: a terminal line redrawn 10,000 times would cost more than it tells.
    if ((index + 1) % 100 === 0 || index + 1 === files.length) context.progress?.(index + 1, files.length);
  }
  return { events, problems };
}
