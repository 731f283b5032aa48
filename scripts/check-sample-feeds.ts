/**
 * Checks the sample feeds the demo, the stories and the tests share (examples/feeds/v1 by default):
 * every file against the v1 schemas of packages/sdk/src/schema.ts, item by item, plus the consistency a
 * schema cannot see: unique ids, links between events, streams and networks, offsets that match the
 * event's time zone, and future events marked as example data. Exits with status 1 on any problem.
 *
 *   node --conditions=govtech-source --import tsx scripts/check-sample-feeds.ts [folder]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Event,
  FEED_SCHEMA_VERSION,
  Lab,
  Manifest,
  Network,
  OffsetDateTime,
  Stream,
  isDateOnly,
  type GovEvent,
  type GovLab,
  type GovStream,
} from '../packages/sdk/src/schema.js';
import { offsetMinutes } from '../packages/sdk/src/time.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(root, process.argv[2] ?? 'examples/feeds/v1');
const problems: string[] = [];
const problem = (where: string, message: string) => problems.push(`${where}: ${message}`);

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}
const describe = (issues: readonly Issue[]) =>
  issues.map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`).join('; ');

function readJson(file: string): unknown {
  const where = relative(root, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    problem(where, `cannot read (${(error as Error).message})`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problem(where, `not JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** A manifest URL (relative to index.json) as a file path inside the feed folder. */
function fileOf(url: string): string {
  const resolved = new URL(url, pathToFileURL(join(folder, 'index.json')));
  if (resolved.protocol !== 'file:') throw new Error(`${url} is not a file of the sample folder`);
  return fileURLToPath(resolved);
}

/** Checks the envelope and each item; returns the items that passed, in order. */
function collection<T>(file: string, key: string, parse: (raw: unknown) => { success: boolean; data?: T; error?: { issues: readonly Issue[] } }): T[] {
  const where = relative(root, file);
  const body = readJson(file);
  if (body === undefined) return [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problem(where, 'must be a JSON object');
    return [];
  }
  const record = body as Record<string, unknown>;
  if (record.schemaVersion !== FEED_SCHEMA_VERSION) problem(where, `schemaVersion must be ${FEED_SCHEMA_VERSION}`);
  if (record.generatedAt === undefined) problem(where, 'generatedAt is missing (optional for clients, required in the samples)');
  else if (!OffsetDateTime.safeParse(record.generatedAt).success) problem(where, 'generatedAt must be a date-time with offset');
  const list = record[key];
  if (!Array.isArray(list)) {
    problem(where, `"${key}" must be an array`);
    return [];
  }
  const items: T[] = [];
  const ids = new Set<string>();
  list.forEach((raw, index) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const label = `${where} ${key}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
    const result = parse(raw);
    if (!result.success) {
      problem(label, describe(result.error?.issues ?? []));
      return;
    }
    if (typeof id === 'string') {
      if (ids.has(id)) problem(label, 'duplicate id');
      ids.add(id);
    }
    items.push(result.data as T);
  });
  return items;
}

// ---------------------------------------------------------------------------------------------- manifest
const manifestFile = join(folder, 'index.json');
const manifestBody = readJson(manifestFile);
const manifestResult = Manifest.safeParse(manifestBody);
if (manifestBody !== undefined && !manifestResult.success) {
  problem(relative(root, manifestFile), describe(manifestResult.error.issues));
}
const manifest = manifestResult.success ? manifestResult.data : undefined;
const networkIds = new Set<string>();
for (const [index, network] of (manifest?.networks ?? []).entries()) {
  const result = Network.safeParse(network);
  if (!result.success) problem(`index.json networks[${index}]`, describe(result.error.issues));
  if (networkIds.has(network.id)) problem(`index.json networks[${index}] (${network.id})`, 'duplicate id');
  networkIds.add(network.id);
}

const feeds = manifest?.feeds ?? {};
const referenced = new Set<string>(['index.json']);
const eventFiles = [
  ...(feeds.events?.url ? [feeds.events.url] : []),
  ...(feeds.events?.shards ?? []).map((shard) => shard.url),
];
const reference = (url: string) => {
  const file = fileOf(url);
  referenced.add(relative(folder, file));
  return file;
};

// Events may come from a single file and/or shards: merge by id, as clients do.
const events = new Map<string, GovEvent>();
for (const url of eventFiles) {
  for (const event of collection<GovEvent>(reference(url), 'events', (raw) => Event.safeParse(raw))) {
    const earlier = events.get(event.id);
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(event)) {
      problem(`event ${event.id}`, 'differs between the files that hold it (an event must be identical in every shard)');
    }
    events.set(event.id, event);
  }
}
const labs = feeds.labs ? collection<GovLab>(reference(feeds.labs.url), 'labs', (raw) => Lab.safeParse(raw)) : [];
const streams = feeds.streams
  ? collection<GovStream>(reference(feeds.streams.url), 'streams', (raw) => Stream.safeParse(raw))
  : [];
if (feeds.ics) reference(feeds.ics.url);
for (const network of manifest?.networks ?? []) if (network.ics) reference(network.ics);
// The host's header rules (Netlify / Cloudflare Pages), not a feed file.
referenced.add('_headers');

for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const name = relative(folder, join(entry.parentPath, entry.name));
  if (!referenced.has(name)) problem(relative(root, join(folder, name)), 'is not referenced by index.json');
}

// ------------------------------------------------------------------------------------------- consistency
function zoneOffset(timeZone: string, epochMs: number): string {
  const minutes = offsetMinutes(epochMs, timeZone);
  const abs = Math.abs(minutes);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** A date-time written with the offset its zone really has then, so the wall clock reads as intended. */
function checkOffset(where: string, value: string | undefined, timeZone: string) {
  if (value === undefined || isDateOnly(value)) return;
  const written = value.endsWith('Z') ? '+00:00' : value.slice(-6);
  const actual = zoneOffset(timeZone, Date.parse(value));
  if (written !== actual) problem(where, `${value} has offset ${written}, but ${timeZone} is at ${actual} then`);
}

const streamIds = new Map(streams.map((stream) => [stream.id, stream]));
const generatedAt = manifest ? Date.parse(manifest.generatedAt) : Date.now();

for (const event of events.values()) {
  const where = `event ${event.id}`;
  for (const field of ['start', 'end', 'previousStart'] as const) checkOffset(`${where} ${field}`, event[field], event.timeZone);
  for (const exception of event.recurrence?.exceptions ?? []) {
    checkOffset(`${where} recurrence.exceptions`, exception, event.timeZone);
    if (isDateOnly(exception) !== event.allDay) problem(where, `exception ${exception} must have the same form as start`);
  }
  if (event.previousStart !== undefined && event.status !== 'rescheduled' && event.status !== 'postponed') {
    problem(where, 'previousStart is only for rescheduled or postponed events');
  }
  if (event.status === 'rescheduled' && event.previousStart === undefined) problem(where, 'a rescheduled event should give previousStart');
  if (event.network !== undefined && !networkIds.has(event.network)) problem(where, `network "${event.network}" is not in index.json`);
  if (event.streamId !== undefined) {
    const stream = streamIds.get(event.streamId);
    if (!stream) problem(where, `streamId "${event.streamId}" is not in the streams feed`);
    else if (stream.eventId !== event.id) problem(where, `stream ${stream.id} does not point back (eventId ${stream.eventId})`);
  }
  // The seeds hold only past events: anything after the feed was generated is invented.
  if (Date.parse(event.start) > generatedAt && event.exampleData !== true) problem(where, 'a future event must be exampleData: true');
}

for (const stream of streams) {
  const where = `stream ${stream.id}`;
  if (stream.eventId === undefined) continue;
  const event = events.get(stream.eventId);
  if (!event) {
    problem(where, `eventId "${stream.eventId}" is not in the events feed`);
    continue;
  }
  if (event.streamId !== stream.id) problem(where, `event ${event.id} does not point back (streamId ${event.streamId})`);
  if (stream.scheduledStart !== undefined && Date.parse(stream.scheduledStart) !== Date.parse(event.start)) {
    problem(where, `scheduledStart ${stream.scheduledStart} differs from the event's start ${event.start}`);
  }
}

for (const lab of labs) {
  for (const network of lab.networks ?? []) {
    if (!networkIds.has(network)) problem(`lab ${lab.id}`, `network "${network}" is not in index.json`);
  }
}

// ------------------------------------------------------------------------------------------------ report
const examples = (items: readonly { exampleData?: boolean | undefined }[]) => items.filter((item) => item.exampleData).length;
const eventList = [...events.values()];
console.log(
  `${relative(root, folder)}: ${networkIds.size} networks, ` +
    `${eventList.length} events (${examples(eventList)} example data), ` +
    `${labs.length} labs (${examples(labs)} example data), ` +
    `${streams.length} streams (${examples(streams)} example data)`,
);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((line) => `  ✗ ${line}`).join('\n')}`);
  process.exit(1);
}
console.log('All sample feeds are valid v1 feeds.');
