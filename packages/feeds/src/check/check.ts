/**
 * checkFeed: the feed doctor. Reads a published feed (a URL) or a feed folder the way a widget does and
 * reports, file by file, what would stop widgets or calendar apps from showing it, or make it slow or
 * stale: see feed-read.ts (the SDK client's view), http-checks.ts (CORS, types, caching), shards.ts
 * (ranges and occurrences) and calendars.ts (the .ics files).
 *
 * A folder is served on 127.0.0.1 as a static host would serve it, with the headers its `_headers` file
 * gives (what Netlify or Cloudflare Pages would send), so the same checks apply; a folder lists files on
 * disk too, so files nothing links to are reported.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../problems.js';
import { checkCalendars } from './calendars.js';
import { readFeed, type FeedRead } from './feed-read.js';
import { Findings, type Finding } from './findings.js';
import { basePathOf, parseHeadersFile, type HeaderRule } from './headers-file.js';
import { checkHeaders, type HeaderSource } from './http-checks.js';
import { Recorder } from './recorder.js';
import { serveFolder } from './serve-folder.js';
import { checkShards } from './shards.js';

export const DEFAULT_ORIGIN = 'https://municipio.example';

export interface CheckOptions {
  /** Language of the findings; default Spanish. */
  readonly lang?: Lang;
  /** The site a widget is on: sent as Origin, and expected in Access-Control-Allow-Origin (or *). */
  readonly origin?: string;
  /** Warnings count as errors. */
  readonly strict?: boolean;
  /** Per request; default 10 s. */
  readonly timeoutMs?: number;
  /** Folder only: the path it is published under; default what `_headers` says (build's basePath), else `/`. */
  readonly basePath?: string;
}

export interface CheckResult {
  /** No errors (and, with `strict`, no warnings); hints never count. */
  readonly ok: boolean;
  /** The manifest could be downloaded: false means there was nothing to check. */
  readonly reachable: boolean;
  readonly target: string;
  readonly kind: 'url' | 'folder';
  /** Where the header checks got their headers. */
  readonly headers: HeaderSource;
  readonly origin: string;
  /** The files the manifest links to, and the manifest, named as in the findings, in the manifest's order. */
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
}

const isUrl = (target: string) => /^https?:\/\//i.test(target);

export async function checkFeed(target: string, options: CheckOptions = {}): Promise<CheckResult> {
  const findings = new Findings(options.lang ?? 'es');
  const origin = new URL(options.origin ?? DEFAULT_ORIGIN).origin;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const recorder = new Recorder(origin, timeoutMs);
  const finish = (kind: CheckResult['kind'], headers: HeaderSource, read: FeedRead | undefined, nameOf: (url: string) => string): CheckResult => {
    const reachable = read?.reachable ?? false;
    const failing = findings.list.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
    const files = read ? [...read.listed.keys()].map(nameOf) : [];
    return { ok: reachable && !failing, reachable, target, kind, headers, origin, files, findings: findings.list };
  };

  if (isUrl(target)) {
    let manifestUrl: string;
    try {
      manifestUrl = manifestUrlOf(target);
    } catch (error) {
      findings.add('check-unreachable', { file: target, params: { reason: (error as Error).message } });
      return finish('url', 'response', undefined, String);
    }
    const nameOf = namesFrom(manifestUrl);
    const read = await checkRead(manifestUrl, nameOf, recorder, findings, origin, 'response', timeoutMs);
    return finish('url', 'response', read, nameOf);
  }

  const folder = await folderOf(target);
  if (folder === undefined) {
    findings.add('check-no-target', { file: target, params: { path: resolve(target) } });
    return finish('folder', 'none', undefined, String);
  }
  const rules = await headerRules(folder);
  if (!rules) findings.add('check-no-headers-file', { file: '_headers' });
  const server = await serveFolder(folder, basePathFrom(options.basePath) ?? basePathOf(rules ?? []), rules ?? []);
  try {
    const manifestUrl = `${server.url}index.json`;
    const nameOf = namesFrom(manifestUrl);
    const source: HeaderSource = rules ? 'headers-file' : 'none';
    const read = await checkRead(manifestUrl, nameOf, recorder, findings, origin, source, timeoutMs);
    if (read.reachable) await reportUnlisted(folder, read, nameOf, findings);
    return finish('folder', source, read, nameOf);
  } finally {
    await server.close();
  }
}

async function checkRead(
  manifestUrl: string,
  nameOf: (url: string) => string,
  recorder: Recorder,
  findings: Findings,
  origin: string,
  source: HeaderSource,
  timeoutMs: number,
): Promise<FeedRead> {
  const read = await readFeed({ manifestUrl, recorder, findings, nameOf, timeoutMs });
  if (read.manifest) {
    checkShards(read, findings, nameOf);
    await checkCalendars(read, recorder, findings, nameOf, timeoutMs);
  }
  await checkHeaders(read, recorder, findings, nameOf, { origin, source });
  return read;
}

/** As the SDK client takes a base URL: a folder URL means its index.json. */
function manifestUrlOf(target: string): string {
  const url = new URL(target);
  if (!url.pathname.endsWith('.json')) url.pathname = url.pathname.replace(/\/?$/, '/index.json');
  return url.href;
}

/** Files are named relative to the manifest's folder (as the manifest names them), others by their URL. */
function namesFrom(manifestUrl: string): (url: string) => string {
  const folder = new URL('.', manifestUrl).href;
  return (url) => (url.startsWith(folder) && url.length > folder.length ? decoded(url.slice(folder.length)) : url);
}

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The feed folder: the target itself, or the folder of an index.json given; undefined when neither exists. */
async function folderOf(target: string): Promise<string | undefined> {
  const path = resolve(target);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return path;
  return info?.isFile() && path.endsWith('.json') ? dirname(path) : undefined;
}

async function headerRules(folder: string): Promise<HeaderRule[] | undefined> {
  const text = await readFile(resolve(folder, '_headers'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseHeadersFile(text);
}

function basePathFrom(option: string | undefined): string | undefined {
  if (option === undefined) return undefined;
  return `/${option.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Files on disk no link of the manifest leads to; host files (`_headers`, dot files…) are left alone. */
async function reportUnlisted(folder: string, read: FeedRead, nameOf: (url: string) => string, findings: Findings): Promise<void> {
  const listed = new Set([...read.listed.keys()].map(nameOf));
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => resolve(entry.parentPath, entry.name).slice(folder.length + 1).split('\\').join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')) && !HOST_FILES.has(name))
    .sort();
  for (const name of names) if (!listed.has(name)) findings.add('check-unlisted-file', { file: name });
}

const HOST_FILES = new Set(['_headers', '_redirects', 'CNAME', 'index.json']);
