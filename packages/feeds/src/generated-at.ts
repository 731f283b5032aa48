/**
 * When a feed says it was made: the configured value, else SOURCE_DATE_EPOCH (reproducible builds), else
 * now. Build and merge share it, so both are deterministic the same way.
 */
import { isoSeconds } from './output/feed-files.js';

const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The feed's generatedAt, or undefined when the configured value or SOURCE_DATE_EPOCH is unusable. */
export function generatedAtOf(
  configured: string | undefined,
  env: Readonly<Record<string, string | undefined>> | undefined,
  now: () => number,
): string | undefined {
  if (configured !== undefined) return OFFSET_DATE_TIME.test(configured) ? configured : undefined;
  const epoch = env?.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') return /^\d+$/.test(epoch) ? isoSeconds(Number(epoch) * 1000) : undefined;
  return isoSeconds(now());
}
