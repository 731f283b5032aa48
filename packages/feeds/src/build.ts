/**
 * buildFeed: reads the sources a config names and writes a complete v1 feed folder — index.json,
 * events.json, monthly shards with content-hashed names, events.ics — deterministically (the same input
 * gives the same bytes) and atomically (into a temporary sibling folder that replaces the output only when
 * everything succeeded).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { expandEvent, Manifest, Network, parseFeedInstant, toICS, type FeedManifest, type GovEvent } from '@govtech-network/sdk';
import type { FeedsConfig } from './config.js';
import { problem, type Lang, type Problem } from './problems.js';
import { readMarkdownSource, type SourcedEvent } from './sources/markdown.js';

export interface BuildOptions {
  /** The feed folder to write (replaced as a whole). */
  readonly outDir: string;
  /** Folder the config's relative paths start from (its own folder); default the working directory. */
  readonly configDir?: string;
  /** Language of the problems; default the config's, else English. */
  readonly lang?: Lang;
  /** Warnings count as errors. */
  readonly strict?: boolean;
  /** Write the feed even when items were dropped (the result is still not ok). */
  readonly keepGoing?: boolean;
  /** Environment to read SOURCE_DATE_EPOCH from; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Build time when neither the config nor SOURCE_DATE_EPOCH gives one; default now. */
  readonly now?: () => number;
}

export interface BuildResult {
  /** No errors (and, with `strict`, no warnings). */
  readonly ok: boolean;
  /** The output folder was replaced. */
  readonly written: boolean;
  readonly problems: Problem[];
  readonly events: number;
  /** The feed's files, relative names in write order, with their contents. */
  readonly files: ReadonlyMap<string, string>;
}

/** Recurring series without an end get shards this many years past generatedAt (as the sample feed). */
const HORIZON_YEARS = 2;

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const isoSeconds = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

function generatedAtOf(config: FeedsConfig, env: BuildOptions['env'], now: () => number): string | undefined {
  if (config.generatedAt !== undefined) {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(config.generatedAt)
      ? config.generatedAt
      : undefined;
  }
  const epoch = env?.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') return /^\d+$/.test(epoch) ? isoSeconds(Number(epoch) * 1000) : undefined;
  return isoSeconds(now());
}

/** Events sorted by start instant, then id: the order never depends on the disk or the sources' order. */
function sortEvents(events: GovEvent[]): GovEvent[] {
  const keyed = events.map((event) => ({ event, at: parseFeedInstant(event.start, event.timeZone) }));
  keyed.sort((a, b) => a.at - b.at || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  return keyed.map(({ event }) => event);
}

/** Monthly shards (UTC months, as the sample feed), empty months skipped; names carry a content hash. */
function shardsOf(events: GovEvent[], generatedAt: string) {
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

/** Builds the feed; see BuildOptions. Never throws for bad content: problems are in the result. */
export async function buildFeed(config: FeedsConfig, options: BuildOptions): Promise<BuildResult> {
  const lang = options.lang ?? config.lang ?? 'en';
  const configDir = resolve(options.configDir ?? '.');
  const problems: Problem[] = [];
  const configFile = 'config';
  const badConfig = (reason: string) => problems.push(problem('bad-config', lang, { file: configFile, params: { reason } }));
  const finish = (files: ReadonlyMap<string, string>, written: boolean, events: number): BuildResult => ({
    ok: !problems.some((p) => p.severity === 'error' || options.strict),
    written,
    problems,
    events,
    files,
  });

  const generatedAt = generatedAtOf(config, options.env ?? process.env, options.now ?? Date.now);
  if (generatedAt === undefined) badConfig('generatedAt / SOURCE_DATE_EPOCH');
  const networks = Array.isArray(config.networks) ? config.networks : [];
  if (!Array.isArray(config.networks)) badConfig('networks must be a list');
  networks.forEach((network, index) => {
    const parsed = Network.safeParse(network);
    if (!parsed.success) badConfig(`networks[${index}]: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  });
  if (!Array.isArray(config.sources)) badConfig('sources must be a list');
  if (problems.length) return finish(new Map(), false, 0);

  // Sources in config order; the first file to claim an id keeps it.
  const byId = new Map<string, SourcedEvent>();
  for (const source of config.sources) {
    if (source.type !== 'markdown') {
      badConfig(`unknown source type "${String((source as { type?: unknown }).type)}"`);
      continue;
    }
    const read = await readMarkdownSource(source, configDir, { lang, siteUrl: config.siteUrl });
    problems.push(...read.problems);
    for (const item of read.events) {
      const first = byId.get(item.event.id);
      if (first) {
        problems.push(
          problem('duplicate-id', lang, { file: item.file, line: item.line, field: 'id', params: { id: item.event.id, other: first.file } }),
        );
      } else byId.set(item.event.id, item);
    }
  }

  const events = sortEvents([...byId.values()].map((item) => item.event));
  const { files: shardFiles, shards } = shardsOf(events, generatedAt!);
  const files = new Map<string, string>();
  const manifest: FeedManifest = {
    schemaVersion: 1,
    generatedAt: generatedAt!,
    ...(config.title !== undefined ? { title: config.title } : {}),
    networks: [...networks],
    feeds: {
      events: { url: 'events.json', ...(shards.length ? { shards } : {}) },
      ics: { url: 'events.ics' },
    },
  };
  const checked = Manifest.safeParse(manifest);
  if (!checked.success) {
    badConfig(checked.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; '));
    return finish(new Map(), false, events.length);
  }
  files.set('index.json', json(manifest));
  files.set('events.json', json({ schemaVersion: 1, generatedAt, events }));
  for (const [name, text] of shardFiles) files.set(name, text);
  files.set(
    'events.ics',
    toICS(events, {
      calendarName: config.title,
      now: Date.parse(generatedAt!),
      productId: config.icsProductId ?? '-//GovTech Network//govtech-feeds//ES',
    }),
  );

  const result = finish(files, false, events.length);
  if (!result.ok && !options.keepGoing) return result;
  await replaceFolder(resolve(options.outDir), files);
  return { ...result, written: true };
}

/**
 * Writes `files` into a fresh sibling of `outDir`, then swaps it in: the old folder is moved aside, the
 * new one renamed into place, the old one removed. A failure before the swap removes the temporary
 * folder and leaves `outDir` as it was.
 */
export async function replaceFolder(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const parent = dirname(outDir);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = join(parent, `.${basename(outDir)}.tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.old-${tag}`);
  await mkdir(parent, { recursive: true });
  try {
    await mkdir(temp);
    for (const [name, text] of files) {
      const path = join(temp, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  let moved = false;
  try {
    await rename(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
  }
  try {
    await rename(temp, outDir);
  } catch (error) {
    if (moved) await rename(old, outDir);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
