/**
 * A feed file against what the widgets read (the SDK's `defaultFeedLimits`, docs/feeds.md "Limits"): build
 * reports it before publishing, check on a published feed.
 */
import { defaultFeedLimits, megabytes } from '@govtech-network/sdk';
import type { ProblemCode } from './problems.js';

/** From this share of a limit, a file is reported as close to it. */
const NEAR = 0.8;

/** The problem a file's JSON text makes, with its params; undefined when it is well within the limits. */
export function fileSizeProblem(text: string): { code: ProblemCode & `file-${string}`; params: { size: string; limit: string } } | undefined {
  const { maxBytes, maxItems } = defaultFeedLimits;
  const bytes = Buffer.byteLength(text);
  let items = 0;
  try {
    for (const value of Object.values(JSON.parse(text) as object)) if (Array.isArray(value)) items = Math.max(items, value.length);
  } catch {
    // Not JSON: other problems say so.
  }
  const byBytes = bytes / maxBytes >= items / maxItems;
  const share = byBytes ? bytes / maxBytes : items / maxItems;
  if (share < NEAR) return undefined;
  const params = byBytes
    ? { size: megabytes(bytes), limit: megabytes(maxBytes) }
    : { size: `${items} items`, limit: `${maxItems} items` };
  return { code: share > 1 ? 'file-too-large' : 'file-near-limit', params };
}
