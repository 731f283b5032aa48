/**
 * What every loopback server of the toolkit (dev's, check's folder server, the tests') needs from a
 * static host: the content type a host gives each extension, and the file a URL path names inside a
 * folder (never outside it).
 */
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** What common static hosts (Netlify, Cloudflare Pages, GitHub Pages) send by extension. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

export const contentTypeOf = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file `urlPath` (a URL's path below the folder's base, still %-encoded) names under `root`, or
 * undefined when it leaves the folder, is malformed, or names no file. A folder gives its index.html.
 */
export async function fileUnder(root: string, urlPath: string): Promise<string | undefined> {
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = resolve(root);
  const path = resolve(base, `.${sep}${relativePath}`);
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileUnder(root, join(urlPath, 'index.html'));
    return info.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}
