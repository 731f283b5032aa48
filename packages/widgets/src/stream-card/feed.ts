/**
 * The feed path of the stream card (`src` + `stream-id`), loaded with `import()` on first use: it pulls
 * in the SDK (ky, zod), which a card given only a `video-id` never downloads.
 */
import type { GovStream } from '@govtech-network/sdk';

export { FeedController } from '../base/feed-controller.js';
export { streamStatus } from '@govtech-network/sdk';

const HOUR = 3_600_000;

/**
 * The next instant after `now` at which streamStatus(stream, ·) may change (a start or an end, the
 * one-hour default end when there is no scheduled one), so the card can re-render then; undefined when
 * it never will.
 */
export function nextStatusChange(stream: GovStream, now: number): number | undefined {
  if (stream.status) return undefined;
  const instant = (time: string | undefined) => Date.parse(time ?? ''); // NaN when missing: never "next"
  const scheduledStart = instant(stream.scheduledStart);
  const scheduledEnd = instant(stream.scheduledEnd);
  const times = [
    instant(stream.actualStart),
    instant(stream.actualEnd),
    scheduledStart,
    Number.isNaN(scheduledEnd) ? scheduledStart + HOUR : scheduledEnd,
  ];
  const next = Math.min(...times.filter((time) => time > now));
  return next === Infinity ? undefined : next;
}
