/**
 * Reads a published feed as a widget does, with the SDK client (createClient): the manifest, every events
 * file (events.json and each shard), labs and streams. What the SDK reports (files it cannot read, items
 * it drops) becomes findings; the events of each file are kept for the shard and calendar checks.
 */
import { createClient, Event, isFeedError, Manifest, type FeedError, type FeedManifest, type FeedWarning, type GovEvent, type GovNetwork } from '@govtech-network/sdk';
import { fileSizeProblem } from '../file-limits.js';
import { typeShown, type Findings } from './findings.js';
import type { Recorder } from './recorder.js';

/** What a file is for, which decides the checks it gets. */
export type Role = 'manifest' | 'events' | 'shard' | 'labs' | 'streams' | 'ics';

export interface EventsFileRead {
  readonly url: string;
  /** The events the SDK keeps (undefined when the file could not be read). */
  readonly items: readonly GovEvent[] | undefined;
}

export interface ShardRead extends EventsFileRead {
  readonly from: number;
  readonly to: number;
  readonly fromText: string;
  readonly toText: string;
}

export interface CalendarRead {
  readonly url: string;
  /** The network the calendar is for; undefined for the whole feed's events.ics. */
  readonly network?: GovNetwork;
}

export interface FeedRead {
  /** The manifest could be downloaded (though perhaps not read as a feed). */
  readonly reachable: boolean;
  readonly manifest?: FeedManifest;
  /** Every file the manifest links to, and the manifest itself, by absolute URL, in the manifest's order. */
  readonly listed: ReadonlyMap<string, Role>;
  readonly all?: EventsFileRead;
  readonly shards: readonly ShardRead[];
  readonly calendars: readonly CalendarRead[];
}

export interface ReadContext {
  readonly manifestUrl: string;
  readonly recorder: Recorder;
  readonly findings: Findings;
  /** The name findings give a file: relative to the manifest's folder when inside it. */
  readonly nameOf: (url: string) => string;
  readonly timeoutMs: number;
}

export async function readFeed(context: ReadContext): Promise<FeedRead> {
  const { manifestUrl, recorder, timeoutMs } = context;
  // No retries: a doctor reports what the first attempt got, and fast.
  const client = createClient({ baseUrl: manifestUrl, fetch: recorder.fetch, retry: 0, timeoutMs });
  const listed = new Map<string, Role>([[manifestUrl, 'manifest']]);
  const failed = new Set<string>();
  const attempt = async <T extends { warnings: FeedWarning[] }>(query: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await query();
      reportWarnings(result.warnings, context);
      return result;
    } catch (error) {
      if (!isFeedError(error)) throw error;
      failed.add(error.url);
      await reportError(error, listed.get(error.url), context);
      return undefined;
    }
  };

  const networks = await attempt(() => client.networks.list());
  const fetched = await recorder.recorded(manifestUrl);
  if (!networks || fetched?.text === undefined) {
    return { reachable: fetched?.status !== undefined && fetched.status < 400, listed, shards: [], calendars: [] };
  }
  // The client accepted it: the same schema gives the feeds part, the client gave the networks it keeps.
  const body = JSON.parse(fetched.text) as object;
  const manifest: FeedManifest = { ...Manifest.parse({ ...body, networks: [] }), networks: networks.items };
  const resolve = (url: string) => new URL(url, manifestUrl).href;
  const itemsOf = async (url: string) => (failed.has(url) ? undefined : eventsIn((await recorder.recorded(url))?.text));

  const events = manifest.feeds.events;
  let all: EventsFileRead | undefined;
  if (events?.url !== undefined) {
    const url = resolve(events.url);
    listed.set(url, 'events');
    // all() reads the whole file when the manifest gives one (get() would look in the shards first).
    await attempt(() => client.events.all());
    all = { url, items: await itemsOf(url) };
  }
  const shards: ShardRead[] = [];
  for (const shard of events?.shards ?? []) {
    const url = resolve(shard.url);
    listed.set(url, 'shard');
    const from = Date.parse(shard.from);
    const to = Date.parse(shard.to);
    // A shard with an empty range is never read by the client (no range overlaps it); the shard checks report it.
    if (from < to) await attempt(() => client.events.list({ from, to }));
    shards.push({ url, from, to, fromText: shard.from, toText: shard.to, items: from < to ? await itemsOf(url) : undefined });
  }
  if (manifest.feeds.labs) {
    listed.set(resolve(manifest.feeds.labs.url), 'labs');
    await attempt(() => client.labs.list());
  }
  if (manifest.feeds.streams) {
    listed.set(resolve(manifest.feeds.streams.url), 'streams');
    await attempt(() => client.streams.list());
  }
  const calendars: CalendarRead[] = [];
  if (manifest.feeds.ics) calendars.push({ url: resolve(manifest.feeds.ics.url) });
  for (const network of manifest.networks) if (network.ics !== undefined) calendars.push({ url: resolve(network.ics), network });
  for (const calendar of calendars) listed.set(calendar.url, 'ics');
  await reportNearLimits(listed, failed, context);
  return { reachable: true, manifest, listed, ...(all ? { all } : {}), shards, calendars };
}

/** Files the widgets read today that are close to their limits (those over them failed: reportError). */
async function reportNearLimits(listed: ReadonlyMap<string, Role>, failed: ReadonlySet<string>, { recorder, findings, nameOf }: ReadContext): Promise<void> {
  for (const [url, role] of listed) {
    const text = role === 'ics' || failed.has(url) ? undefined : (await recorder.recorded(url))?.text;
    const size = text === undefined ? undefined : fileSizeProblem(text);
    if (size?.code === 'file-near-limit') findings.add(size.code, { file: nameOf(url), params: size.params });
  }
}

/** The events the SDK keeps of a file it read: each one its Event schema accepts, the first of each id. */
function eventsIn(text: string | undefined): GovEvent[] | undefined {
  // The client read the file before this (else it is among the failed); unreadable text still gives undefined.
  let list: unknown;
  try {
    list = text === undefined ? undefined : (JSON.parse(text) as { events?: unknown }).events;
  } catch {
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const byId = new Map<string, GovEvent>();
  for (const raw of list) {
    const parsed = Event.safeParse(raw);
    if (parsed.success && !byId.has(parsed.data.id)) byId.set(parsed.data.id, parsed.data);
  }
  return [...byId.values()];
}

async function reportError(error: FeedError, role: Role | undefined, { findings, nameOf, timeoutMs, recorder }: ReadContext): Promise<void> {
  const file = nameOf(error.url);
  switch (error.code) {
    case 'http':
      if (role === 'manifest') findings.add('check-no-manifest', { file, params: { status: error.status ?? '?' } });
      else if (error.status === 404) findings.add('check-not-found', { file });
      else findings.add('check-http-status', { file, params: { status: error.status ?? '?' } });
      return;
    case 'timeout':
      return findings.add('check-timeout', { file, params: { ms: timeoutMs } });
    case 'not-json': {
      const type = (await recorder.recorded(error.url))?.headers?.get('content-type');
      return findings.add('check-not-json', { file, params: { type: typeShown(type, findings.lang) } });
    }
    case 'too-large': {
      // The SDK's sentence: "<url> is too large: <size>, over the limit of <limit>. Split …"
      const [, size = '?', limit = '?'] = /is too large: (.*), over the limit of (.*?)\. Split/.exec(error.message) ?? [];
      return findings.add('file-too-large', { file, params: { size, limit } });
    }
    case 'not-a-feed':
      // The SDK's sentence names the URL and docs/feeds.md around the reason; the finding already does.
      return findings.add('check-not-a-feed', { file, params: { reason: /feed v1: (.*)\. See docs\/feeds\.md/s.exec(error.message)?.[1] ?? error.message } });
    default:
      return findings.add('check-unreachable', { file, params: { reason: causeOf(error) } });
  }
}

function causeOf(error: Error): string {
  const messages: string[] = [];
  for (let cause: unknown = error.cause; cause instanceof Error && messages.length < 3; cause = cause.cause) messages.push(cause.message);
  return messages.join(': ') || error.message;
}

function reportWarnings(warnings: readonly FeedWarning[], { findings, nameOf }: ReadContext): void {
  for (const warning of warnings) {
    // Rules the client could not expand: the shard checks expand every event and report them once.
    if (warning.index === undefined && warning.path.startsWith('recurrence')) continue;
    const id = warning.id !== undefined ? ` (id "${warning.id}")` : '';
    const input = { file: nameOf(warning.url), ...(warning.path ? { field: warning.path } : {}) };
    if (warning.index === undefined) {
      findings.add('check-feed-warning', { ...input, params: { item: `${warning.feed}${id}`, reason: warning.message } });
    } else if (warning.path === 'id' && warning.message.startsWith('duplicate id')) {
      findings.add('check-item-duplicate', { ...input, params: { item: `${warning.feed}[${warning.index}]${id}` } });
    } else {
      findings.add('check-item-dropped', { ...input, params: { item: `${warning.feed}[${warning.index}]${id}`, reason: warning.message } });
    }
  }
}

/** Where the feed's events were found: events.json first, then each shard's events that it lacks. */
export interface FeedEvent {
  readonly event: GovEvent;
  readonly url: string;
}

/** The feed's events by id; `complete` is false when an events file could not be read. */
export function feedEvents(read: FeedRead): { events: Map<string, FeedEvent>; complete: boolean } {
  const events = new Map<string, FeedEvent>();
  const files = [...(read.all ? [read.all] : []), ...read.shards];
  for (const { url, items } of files) for (const event of items ?? []) if (!events.has(event.id)) events.set(event.id, { event, url });
  return { events, complete: files.every((file) => file.items !== undefined || isEmptyRange(file)) };
}

const isEmptyRange = (file: EventsFileRead) => 'from' in file && !((file as ShardRead).from < (file as ShardRead).to);
