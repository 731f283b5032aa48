/**
 * A FeedContent as the files of a v1 feed folder: index.json, events.json and monthly shards with
 * content-hashed names, labs.json, streams.json, events.ics and one .ics per network, and `_headers` for
 * Netlify / Cloudflare Pages. Pure: the same content gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { expandEvent, parseFeedInstant, toICS, type FeedManifest, type GovEvent, type GovNetwork } from '@govtech-network/sdk';
import type { FeedContent } from '../content.js';

/** Recurring series without an end get shards this many years past generatedAt. */
const HORIZON_YEARS = 2;
const DEFAULT_PRODUCT_ID = '-//GovTech Network//govtech-feeds//ES';

export const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
export const isoSeconds = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** An event with its start instant, read once: sorting and sharding both need it. */
interface Started {
  readonly event: GovEvent;
  readonly at: number;
}

/** Events sorted by start instant, then id: the order never depends on the disk or the sources' order. */
function sortByStart(events: readonly GovEvent[]): Started[] {
  const keyed = events.map((event) => ({ event, at: parseFeedInstant(event.start, event.timeZone) }));
  return keyed.sort((a, b) => a.at - b.at || byId(a.event, b.event));
}

/** Events sorted by start instant, then id: the order never depends on the disk or the sources' order. */
export function sortEvents(events: readonly GovEvent[]): GovEvent[] {
  return sortByStart(events).map(({ event }) => event);
}

/** A UTC month as one number (year × 12 + month), so a range of months is a range of integers. */
const monthNumber = (epochMs: number) => {
  const date = new Date(epochMs);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/**
 * Monthly shards (UTC months), empty months skipped; names carry a content hash so hosts cache them for good.
 * `sorted`: the events by start (sortByStart).
 */
function shardsOf(sorted: readonly Started[], generatedAt: string) {
  const files = new Map<string, string>();
  const shards: { url: string; from: string; to: string }[] = [];
  if (!sorted.length) return { files, shards };
  const monthStart = (year: number, month: number) => Date.UTC(year, month, 1);
  const first = sorted[0]!.at;
  const horizon = new Date(generatedAt);
  let end = monthStart(horizon.getUTCFullYear() + HORIZON_YEARS, 0);
  // A one-off event is in the months from its start's to its end's, found once from its only occurrence
  // (with the SDK's overlap rule: [start, end) meets the month, or an instant lies in it). Asking
  // expandEvent month by month, as series need, cost months × events expansions: most of a 10,000-event build.
  const firstMonth: number[] = [];
  const lastMonth: number[] = [];
  for (const { event } of sorted) {
    const occurrence = event.recurrence ? undefined : expandEvent(event, { from: -8.64e15, to: 8.64e15 }).occurrences[0];
    firstMonth.push(occurrence ? monthNumber(occurrence.start) : NaN);
    lastMonth.push(occurrence ? monthNumber(Math.max(occurrence.start, occurrence.end - 1)) : NaN);
    if (occurrence) end = Math.max(end, occurrence.end);
  }
  for (let cursor = new Date(first); ; ) {
    const from = monthStart(cursor.getUTCFullYear(), cursor.getUTCMonth());
    if (from >= end) break;
    const to = monthStart(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1);
    const month = monthNumber(from);
    cursor = new Date(to);
    const inMonth = sorted.flatMap(({ event }, index) =>
      (event.recurrence ? expandEvent(event, { from, to }).occurrences.length > 0 : firstMonth[index]! <= month && month <= lastMonth[index]!) ? [event] : [],
    );
    if (!inMonth.length) continue;
    const text = json({ schemaVersion: 1, generatedAt, events: inMonth });
    const url = `events/${new Date(from).toISOString().slice(0, 7)}.${hashOf(text)}.json`;
    files.set(url, text);
    shards.push({ url, from: isoSeconds(from), to: isoSeconds(to) });
  }
  return { files, shards };
}

/** Headers a page's script may read across origins: revalidation, the countdown's server time, backoff. */
export const EXPOSED_HEADERS = 'ETag, Last-Modified, Date, Retry-After';

/** The `_headers` file: CORS on everything, the manifest and whole files short-lived, hashed shards immutable. */
function headersFile(names: readonly string[], basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const shortLived = names.filter((name) => !name.startsWith('events/') && name !== '_headers');
  const lines = [
    '# Netlify / Cloudflare Pages headers, written by govtech-feeds.',
    `${base}*`,
    '  Access-Control-Allow-Origin: *',
    `  Access-Control-Expose-Headers: ${EXPOSED_HEADERS}`,
    '  X-Content-Type-Options: nosniff',
    `${base}events/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    ...shortLived.flatMap((name) => [`${base}${name}`, '  Cache-Control: public, max-age=300, must-revalidate']),
  ];
  return lines.join('\n') + '\n';
}

export interface FeedFilesOptions {
  /** Path the feed folder is served from on its host, for `_headers` (default `/`). */
  readonly basePath?: string;
}

/** Every file of the feed, by relative name, and the manifest they are listed in. */
export function feedFiles(content: FeedContent, options: FeedFilesOptions = {}): { files: Map<string, string>; manifest: FeedManifest } {
  const { generatedAt } = content;
  const now = Date.parse(generatedAt);
  const productId = content.icsProductId ?? DEFAULT_PRODUCT_ID;
  const sorted = sortByStart(content.events);
  const events = sorted.map(({ event }) => event);
  const { files: shardFiles, shards } = shardsOf(sorted, generatedAt);

  // One .ics per network that has events, named by id (ids are URL-safe by the contract).
  const networkCalendars = new Map<string, string>();
  const networks: GovNetwork[] = content.networks.map((network) => {
    const own = events.filter((event) => event.network === network.id);
    if (!own.length) return network;
    const url = `ics/${network.id}.ics`;
    networkCalendars.set(url, toICS(own, { calendarName: network.name, now, productId }));
    return { ...network, ics: url };
  });

  const manifest: FeedManifest = {
    schemaVersion: 1,
    generatedAt,
    ...(content.title !== undefined ? { title: content.title } : {}),
    networks,
    feeds: {
      events: { url: 'events.json', ...(shards.length ? { shards } : {}) },
      ...(content.labs ? { labs: { url: 'labs.json' } } : {}),
      ...(content.streams ? { streams: { url: 'streams.json' } } : {}),
      ics: { url: 'events.ics' },
    },
  };
  const files = new Map<string, string>();
  files.set('index.json', json(manifest));
  files.set('events.json', json({ schemaVersion: 1, generatedAt, events }));
  for (const [name, text] of shardFiles) files.set(name, text);
  if (content.labs) files.set('labs.json', json({ schemaVersion: 1, generatedAt, labs: [...content.labs].sort(byId) }));
  if (content.streams) files.set('streams.json', json({ schemaVersion: 1, generatedAt, streams: [...content.streams].sort(byId) }));
  files.set('events.ics', toICS(events, { calendarName: content.title, now, productId }));
  for (const [name, text] of networkCalendars) files.set(name, text);
  files.set('_headers', headersFile([...files.keys()], options.basePath ?? '/'));
  return { files, manifest };
}
