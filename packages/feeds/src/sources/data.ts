/**
 * YAML or JSON files of feed-shaped items → networks, streams, labs or events. The file holds a list,
 * or an object with the list under the items' name (`streams: [...]`, as a streams.json does, and as a
 * Decap files collection with a list field writes). JSON is read by the YAML parser too (JSON is YAML),
 * so both keep every node's position and a problem names the line of the item, or of the very field,
 * that is wrong. Each item is checked with the SDK's schema, after what a CMS writes is made feed-shaped
 * (empty optional values, stream wall times: data-values.ts).
 */
import { Event, isTimeZone, Lab, Network, Stream } from '@govtech-network/sdk';
import { isMap, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { DataItems, DataSourceConfig } from '../config.js';
import type { Sourced } from '../content.js';
import { problem, type Problem, type ProblemCode } from '../problems.js';
import { INPUT_ONLY_KEYS, withoutEmptyOptionals, withZonedWallTimes } from './data-values.js';
import type { SourceContext, SourceRead } from './source.js';
import { readSourceBytes, reportedName } from './source-file.js';

const SCHEMAS = { networks: Network, streams: Stream, labs: Lab, events: Event } as const;
const ITEMS = Object.keys(SCHEMAS) as DataItems[];
/** Each object's own fields, and the keys read beside them: any other key is a typo the schema would silently drop. */
const FIELDS = new Map(ITEMS.map((items) => [items, new Set([...Object.keys(SCHEMAS[items].shape), ...(INPUT_ONLY_KEYS[items] ?? [])])]));

/** The keys a data source of `items` reads in each item (the drift test of the Decap config checks against them). */
export const dataItemKeys = (items: DataItems): ReadonlySet<string> => FIELDS.get(items)!;
/** Items between two progress reports. */
const PROGRESS_EVERY = 500;

function configProblems(source: DataSourceConfig): string[] {
  const reasons: string[] = [];
  if (typeof source.path !== 'string' || !source.path) reasons.push('data.path must name a .yaml, .yml or .json file');
  if (!ITEMS.includes(source.items)) reasons.push(`data.items must be one of ${ITEMS.join(', ')}`);
  const { defaults } = source;
  if (defaults !== undefined && (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults))) reasons.push('data.defaults must be an object');
  if (source.timeZone !== undefined && !isTimeZone(source.timeZone)) reasons.push(`data.timeZone must be an IANA time zone such as America/Santiago, not ${String(source.timeZone)}`);
  return reasons;
}

/** The deepest node along `path` that the file has (a missing field: its parent), for its line. */
function nodeAt(item: YAMLMap, path: readonly PropertyKey[]): Node {
  for (let depth = path.length; depth > 0; depth--) {
    const node: unknown = item.getIn(path.slice(0, depth), true);
    if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
  }
  return item;
}

/** Reads a data file of `source.items`. */
export async function readDataSource(source: DataSourceConfig, context: SourceContext): Promise<SourceRead> {
  const { lang, configDir } = context;
  const reasons = configProblems(source);
  if (reasons.length) return { problems: reasons.map((reason) => problem('bad-config', lang, { file: 'config', params: { reason } })) };

  const problems: Problem[] = [];
  const found: Sourced<unknown>[] = [];
  const result = () => ({ problems, [source.items]: found }) as SourceRead;
  const file = reportedName(configDir, source.path);
  const bytes = await readSourceBytes(configDir, source.path, lang, problems);
  if (!bytes) return result();

  const lineCounter = new LineCounter();
  const lineOf = (node: { range?: readonly number[] | null } | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]!).line : undefined;
  const report = (code: ProblemCode, line: number | undefined, field?: string, params: Record<string, string | number> = {}) =>
    problems.push(problem(code, lang, { file, line, field, params }));

  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // An error found at the end of the file (an unclosed bracket) is shown on the last line that has text.
    const lastLine = text.trimEnd().split('\n').length;
    for (const error of doc.errors) {
      report('yaml-error', Math.min(lineCounter.linePos(error.pos[0]).line, lastLine), undefined, { reason: error.message.split('\n')[0]! });
    }
    return result();
  }
  const list = isMap(doc.contents) ? doc.contents.get(source.items, true) : doc.contents;
  if (!isSeq(list)) {
    report('no-items', lineOf(isMap(doc.contents) ? doc.contents : undefined) ?? 1, source.items, { items: source.items });
    return result();
  }

  const schema = SCHEMAS[source.items];
  const fields = FIELDS.get(source.items)!;
  const defaults = source.defaults ?? {};
  const total = list.items.length;
  list.items.forEach((node, index) => {
    if (index > 0 && index % PROGRESS_EVERY === 0) context.progress?.(index, total);
    const line = lineOf(node as Node) ?? lineOf(list) ?? 1;
    if (!isMap(node)) {
      report('item-not-a-map', line);
      return;
    }
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string' && !fields.has(key)) report('unknown-item-key', lineOf(pair.key as Node) ?? line, key, { key });
    }
    const written = withoutEmptyOptionals(node.toJS(doc) as Record<string, unknown>, schema);
    const zoned = withZonedWallTimes({ ...defaults, ...written }, source.items, source.timeZone);
    if (zoned.problems.length) {
      for (const { code, field, params } of zoned.problems) report(code, lineOf(nodeAt(node, [field])) ?? line, field, params);
      return;
    }
    const parsed = schema.safeParse(zoned.item);
    if (parsed.success) {
      found.push({ item: parsed.data, file, line });
      return;
    }
    for (const issue of parsed.error.issues) {
      report('invalid-item', lineOf(nodeAt(node, issue.path)) ?? line, issue.path.map(String).join('.') || undefined, {
        items: source.items,
        reason: issue.message,
      });
    }
  });
  context.progress?.(total, total);
  return result();
}
