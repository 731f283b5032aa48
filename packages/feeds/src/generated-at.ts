/**
 * When a feed says it was made: the configured value, else SOURCE_DATE_EPOCH (reproducible builds), else
 * now. Build and merge share it, so both are deterministic the same way.
 */
import { OffsetDateTime } from '@govtech-network/sdk';
import { isoSeconds } from './output/feed-files.js';

/** The feed's generatedAt, or undefined when the configured value or SOURCE_DATE_EPOCH is unusable. */
export function generatedAtOf(
  configured: string | undefined,
  env: Readonly<Record<string, string | undefined>> | undefined,
  now: () => number,
): string | undefined {
  if (configured !== undefined) return OffsetDateTime.safeParse(configured).success ? configured : undefined;
  const epoch = env?.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') return /^\d+$/.test(epoch) ? isoSeconds(Number(epoch) * 1000) : undefined;
  return isoSeconds(now());
}
