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

/** Events sorted by start instant, then id: the order never depends on the disk or the sources' order. */
export function sortEvents(events: readonly GovEvent[]): GovEvent[] {
  const keyed = events.map((event) => ({ event, at: parseFeedInstant(event.start, event.timeZone) }));
  keyed.sort((a, b) => a.at - b.at || byId(a.event, b.event));
  return keyed.map(({ event }) => event);
}

/** Monthly shards (UTC months), empty months skipped; names carry a content hash so hosts cache them for good. */
function shardsOf(events: readonly GovEvent[], generatedAt: string) {
  const files = new Map<string, string>();
  const shards: { url: string; from: string; to: string }[] = [];
  if (!events.length) return { files, shards };
  const monthStart = (year: number, month: number) => Date.UTC(year, month, 1);
  const first = Math.min(...events.map((event) => parseFeedInstant(event.start, event.timeZone)));
  const horizon = new Date(generatedAt);
  let end = monthStart(horizon.getUTCFullYear() + HORIZON_YEARS, 0);
  for (const event of events) {
    if (event.recurrence) continue;
    const occurrence = expandEvent(event, { from: -8.64e15, to: 8.64e15 }).occurrences[0];
    if (occurrence) end = Math.max(end, occurrence.end);
  }
  for (let cursor = new Date(first); ; ) {
    const from = monthStart(cursor.getUTCFullYear(), cursor.getUTCMonth());
    if (from >= end) break;
    const to = monthStart(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1);
    cursor = new Date(to);
    const inMonth = events.filter((event) => expandEvent(event, { from, to }).occurrences.length > 0);
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
  const events = sortEvents(content.events);
  const { files: shardFiles, shards } = shardsOf(events, generatedAt);

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
