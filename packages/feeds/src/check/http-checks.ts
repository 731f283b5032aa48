/**
 * The headers of every file the manifest links to, as a browser on another site gets them: CORS (widgets
 * fetch the JSON files from their own page's origin), content types, and caching (the manifest must stay
 * short-lived; content-hashed shards can be kept for good).
 */
import type { FeedRead, Role } from './feed-read.js';
import { typeShown, type Findings } from './findings.js';
import type { Recorder } from './recorder.js';

/** Where the headers come from: a host's responses, a folder's `_headers` rules, or nowhere (a folder without one). */
export type HeaderSource = 'response' | 'headers-file' | 'none';

const DAY_S = 86_400;
/** The manifest says where everything is: more than this and a fix takes too long to reach widgets. */
const MANIFEST_MAX_AGE_S = 3_600;
/** A shard with a hash in its name never changes; a week or more is "long". */
const LONG_CACHE_S = 7 * DAY_S;
/** `events/2022-02.3f9a1c0b2e.json`: build's content-hashed names. */
const HASHED_NAME = /[.-][0-9a-f]{8,}\.[a-z]+$/i;

export async function checkHeaders(
  read: FeedRead,
  recorder: Recorder,
  findings: Findings,
  nameOf: (url: string) => string,
  { origin, source }: { origin: string; source: HeaderSource },
): Promise<void> {
  for (const [url, role] of read.listed) {
    const fetched = await recorder.recorded(url);
    if (!fetched?.headers || fetched.status === undefined || fetched.status >= 300) continue;
    const file = nameOf(url);
    const { headers } = fetched;
    checkContentType(role, headers, file, findings);
    if (source === 'none') continue;
    // Widgets fetch the JSON files; calendars are read by calendar apps' servers, which need no CORS.
    if (role !== 'ics') checkCors(headers, file, findings, origin, source);
    checkCaching(role, new URL(url).pathname, headers, file, findings, source);
  }
}

function checkContentType(role: Role, headers: Headers, file: string, findings: Findings): void {
  const type = headers.get('content-type') ?? '';
  const media = type.split(';')[0]!.trim().toLowerCase();
  const shown = typeShown(type, findings.lang);
  if (role === 'ics') {
    if (media !== 'text/calendar') findings.add('check-ics-type', { file, params: { type: shown } });
  } else if (media !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(media)) {
    findings.add('check-json-type', { file, params: { type: shown } });
  }
}

function checkCors(headers: Headers, file: string, findings: Findings, origin: string, source: HeaderSource): void {
  const allow = headers.get('access-control-allow-origin');
  if (allow === null) return findings.add('check-no-cors', { file, field: 'Access-Control-Allow-Origin' });
  // Two values ("*, *", from two rules) are as bad as a wrong one: browsers accept exactly one.
  if (allow.trim() !== '*' && allow.trim() !== origin) {
    return findings.add('check-cors-other-origin', { file, field: 'Access-Control-Allow-Origin', params: { value: allow, origin } });
  }
  // Last-Modified is readable cross-origin anyway (a CORS-safelisted header); ETag only when exposed. A
  // host adds ETags itself, so from `_headers` the exposure is checked whether or not one is sent.
  const exposed = (headers.get('access-control-expose-headers') ?? '').split(',').map((name) => name.trim().toLowerCase());
  const hasEtag = source === 'headers-file' || headers.has('etag');
  if (hasEtag && !exposed.includes('etag') && !exposed.includes('*')) findings.add('check-etag-hidden', { file, field: 'Access-Control-Expose-Headers' });
}

function checkCaching(role: Role, path: string, headers: Headers, file: string, findings: Findings, source: HeaderSource): void {
  const cacheControl = headers.get('cache-control');
  const expires = headers.get('expires');
  const hashed = HASHED_NAME.test(path);
  const none = cacheControl === null && expires === null;
  if (none && source === 'response' && !headers.has('etag') && !headers.has('last-modified')) return findings.add('check-no-cache-headers', { file });
  // Nothing in `_headers`: the host's default caching (and its ETags) apply, which is fine except for hashed names.
  if (none && source === 'headers-file' && !hashed) return;
  const lifetime = lifetimeOf(cacheControl, expires, headers.get('date'));
  const shown = cacheControl ?? (expires !== null ? `Expires: ${expires}` : findings.lang === 'es' ? 'sin Cache-Control' : 'no Cache-Control');
  if (hashed) {
    if (lifetime < LONG_CACHE_S) findings.add('check-shard-short-cache', { file, field: 'Cache-Control', params: { value: shown } });
  } else if (lifetime > (role === 'manifest' ? MANIFEST_MAX_AGE_S : DAY_S)) {
    findings.add('check-cached-too-long', { file, field: 'Cache-Control', params: { value: shown } });
  }
}

/** Seconds a browser may reuse the file without asking: Infinity when immutable, 0 when it must ask. */
function lifetimeOf(cacheControl: string | null, expires: string | null, date: string | null): number {
  const directives = new Map(
    (cacheControl ?? '').split(',').map((part) => {
      const [name = '', value = ''] = part.trim().toLowerCase().split('=');
      return [name.trim(), value.trim().replace(/^"|"$/g, '')] as const;
    }),
  );
  if (directives.has('no-store') || directives.has('no-cache')) return 0;
  if (directives.has('immutable')) return Infinity;
  const maxAge = Number(directives.get('max-age'));
  if (directives.has('max-age') && Number.isFinite(maxAge)) return maxAge;
  if (expires !== null) {
    const until = Date.parse(expires);
    return Number.isNaN(until) ? 0 : Math.max(0, (until - (date !== null && !Number.isNaN(Date.parse(date)) ? Date.parse(date) : Date.now())) / 1000);
  }
  return 0;
}
