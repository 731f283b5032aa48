import type * as z from 'zod/v4/mini';
import { feedErrors } from './errors.js';
import { defaultFeedLimits, timeSlicer } from './limits.js';
import type { FeedWarning } from './result.js';
import { FEED_SCHEMA_VERSION } from './schema/common.js';
import { Manifest, type FeedManifest } from './schema/manifest.js';
import { Network } from './schema/network.js';

export interface Validated<T> {
  readonly items: T[];
  readonly warnings: FeedWarning[];
}

/**
 * Checks that a body is a v1 feed of at most `maxItems` items, then validates its items one by one,
 * yielding to the page whenever a time slice is spent (typing and the other widgets get their turns while
 * a large file is checked, on a slow phone as on a desktop): a bad item is dropped and reported, the good
 * ones are kept. Duplicate ids keep the first item.
 */
export async function validateCollection<S extends z.ZodMiniType>(
  feed: string,
  itemSchema: S,
  body: unknown,
  url: string,
  maxItems = defaultFeedLimits.maxItems,
): Promise<Validated<z.infer<S>>> {
  const list = envelopeArray(body, feed, url);
  if (list.length > maxItems) throw feedErrors.tooLarge(url, `${list.length} ${feed}`, `${maxItems} items`);
  const items: z.infer<S>[] = [];
  const warnings: FeedWarning[] = [];
  const seen = new Set<string>();
  const strings = new Array<string | undefined>(65_536);
  const pause = timeSlicer();
  for (let index = 0; index < list.length; index++) {
    const pausing = pause();
    if (pausing) await pausing;
    const raw = list[index];
    const id = readableId(raw);
    const result = itemSchema.safeParse(raw);
    if (!result.success) {
      warnings.push(itemWarning(feed, url, index, id, result.error.issues));
    } else if (id !== undefined && seen.has(id)) {
      warnings.push({ feed, url, index, id, path: 'id', message: `duplicate id "${id}": the first item was kept` });
    } else {
      if (id !== undefined) seen.add(id);
      items.push(internStrings(result.data as object, strings) as z.infer<S>);
    }
  }
  // What comes after (indexing the items, the query, the widget's data) starts in a slice of its own when
  // the last items spent this one: on a phone, the two together made a feed's longest task.
  const pausing = pause();
  if (pausing) await pausing;
  return { items, warnings };
}

/**
 * Replaces, in place, each string of a validated item (a fresh object tree from zod) by an equal one
 * already in `table`, or leaves it there for the next items. JSON.parse makes a new string for every
 * value, and a feed repeats most of its values (roles, kinds, zones, networks, organizers, topics,
 * descriptions…): one copy per occurrence was most of a cached feed's memory. The table is indexed by a
 * hash computed here from a few characters (its length must be a power of two): a Map would hash every new string in the
 * runtime, which made validation a third slower, and would grow with each value that never repeats (ids,
 * dates, links). Strings that share a slot take turns, so a few repeats keep their own copy; a value is
 * only ever swapped for an equal one.
 */
export function internStrings<T extends object>(item: T, table: (string | undefined)[]): T {
  const record = item as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'string') {
      // The length and at most 16 characters spread over the string: equal strings hash alike, which is
      // all the table needs (it compares before sharing), and a long description costs what a short
      // word does (hashing every character was most of a feed's validation time).
      const step = Math.ceil(value.length / 16) || 1;
      let hash = value.length;
      for (let i = 0; i < value.length; i += step) hash = Math.imul(hash ^ value.charCodeAt(i), 0x1000193);
      const slot = hash & (table.length - 1);
      if (table[slot] === value) record[key] = table[slot];
      else table[slot] = value;
    } else if (typeof value === 'object' && value !== null) {
      internStrings(value, table);
    }
  }
  return item;
}

/** The manifest must be valid as a whole, except its networks, which are checked one by one. */
export async function validateManifest(
  body: unknown,
  url: string,
  maxItems?: number,
): Promise<{ manifest: FeedManifest; warnings: FeedWarning[] }> {
  const networks = envelopeArray(body, 'networks', url);
  const result = Manifest.safeParse({ ...(body as object), networks: [] });
  if (!result.success) {
    throw feedErrors.notAFeed(url, `the manifest is invalid (${describeIssues(result.error.issues)})`);
  }
  const checked = await validateCollection('networks', Network, { schemaVersion: FEED_SCHEMA_VERSION, networks }, url, maxItems);
  return { manifest: { ...result.data, networks: checked.items }, warnings: checked.warnings };
}

function envelopeArray(body: unknown, key: string, url: string): unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw feedErrors.notAFeed(url, `expected a JSON object with "schemaVersion": ${FEED_SCHEMA_VERSION}`);
  }
  const record = body as Record<string, unknown>;
  if (record.schemaVersion !== FEED_SCHEMA_VERSION) {
    throw feedErrors.notAFeed(
      url,
      record.schemaVersion === undefined
        ? `"schemaVersion" is missing`
        : `it declares "schemaVersion": ${JSON.stringify(record.schemaVersion)}, and this SDK reads version ${FEED_SCHEMA_VERSION}`,
    );
  }
  const list = record[key];
  if (!Array.isArray(list)) throw feedErrors.notAFeed(url, `"${key}" must be an array`);
  return list;
}

function readableId(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

function itemWarning(
  feed: string,
  url: string,
  index: number,
  id: string | undefined,
  issues: readonly z.core.$ZodIssue[],
): FeedWarning {
  return { feed, url, index, id, path: formatPath(issues[0]?.path ?? []), message: describeIssues(issues) };
}

/** "start: must be …; speakers[0].name: is required" — one readable line for a webmaster. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path) || '(item)'}: ${describeIssue(issue)}`).join('; ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_union':
      return 'must be an ISO 8601 date-time with offset, or a date YYYY-MM-DD for all-day events';
    case 'unrecognized_keys':
      return `has unknown keys ${issue.keys.join(', ')}`;
    default:
      return 'is invalid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}
