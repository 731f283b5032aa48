/**
 * The `_headers` file of Netlify and Cloudflare Pages (output/feed-files.ts writes one): which headers a
 * host reading it would send for a path. Checking a folder, this stands in for the host's responses.
 */

export interface HeaderRule {
  /** A path pattern: `*` matches anything (slashes too), `:name` one path segment. */
  readonly pattern: string;
  readonly headers: readonly (readonly [string, string])[];
  /** Cloudflare's `! Name` lines: headers an earlier rule set, removed. */
  readonly detach: readonly string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string][]; detach: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const current = rules.at(-1);
    if (!/^\s/.test(line)) rules.push({ pattern: trimmed, headers: [], detach: [] });
    else if (!current) continue;
    else if (trimmed.startsWith('!')) current.detach.push(trimmed.slice(1).trim());
    else {
      const colon = trimmed.indexOf(':');
      if (colon > 0) current.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const patternCache = new Map<string, RegExp>();

function matches(pattern: string, path: string): boolean {
  // Patterns with a host (Cloudflare allows https://host/path) name a host check cannot know.
  if (!pattern.startsWith('/')) return false;
  let regex = patternCache.get(pattern);
  if (!regex) {
    const source = pattern
      .split(/(\*|:[A-Za-z_]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${source}$`);
    patternCache.set(pattern, regex);
  }
  return regex.test(path);
}

/** The headers every rule matching `path` adds, in order; a header set twice gets both values, comma-joined, as the hosts do. */
export function headersFor(rules: readonly HeaderRule[], path: string): Headers {
  const headers = new Headers();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) ifValid(() => headers.append(name, value));
    for (const name of rule.detach) ifValid(() => headers.delete(name));
  }
  return headers;
}

/** A line no host could send (a space in a name, a control character in a value), which Headers rejects, is left out. */
function ifValid(change: () => void): void {
  try {
    change();
  } catch {
    // Nothing a host would send.
  }
}

/** Where the folder is served from, as the rules say (build writes `<base>index.json`), else `/`. */
export function basePathOf(rules: readonly HeaderRule[]): string {
  const manifest = rules.find((rule) => rule.pattern.startsWith('/') && rule.pattern.endsWith('/index.json'));
  if (manifest) return manifest.pattern.slice(0, -'index.json'.length);
  const everything = rules.find((rule) => rule.pattern.startsWith('/') && rule.pattern.endsWith('/*'));
  return everything ? everything.pattern.slice(0, -1) : '/';
}
