import type { GovStream, StreamStatusName } from './schema/stream.js';

export { youTubeId } from './youtube.js';

/** A stream of the feed as the client gives it: with its status at the client's now. */
export interface StreamWithStatus {
  readonly stream: GovStream;
  readonly status: StreamStatusName;
  /** Where the video is watched on YouTube. */
  readonly watchUrl: string;
}

/** Panels last one hour, so a stream without a scheduled end is assumed live for that long. */
const DEFAULT_DURATION_MS = 60 * 60 * 1000;

/**
 * Whether a stream is upcoming, live or ended at `now` (epoch ms). Starts are inclusive and ends
 * exclusive: at the start instant a stream is live, at the end instant it has ended. In order:
 *
 * 1. An explicit `status` wins.
 * 2. `actualEnd` ≤ now → ended.
 * 3. `actualStart` ≤ now → live.
 * 4. No `scheduledStart`, or now < `scheduledStart` → upcoming.
 * 5. now < `scheduledEnd` (default `scheduledStart` + `assumedDurationMs`, one hour) → live.
 * 6. Otherwise → ended.
 *
 * Unparseable times count as missing.
 */
export function streamStatus(
  stream: GovStream,
  now: number,
  { assumedDurationMs = DEFAULT_DURATION_MS }: { assumedDurationMs?: number } = {},
): StreamStatusName {
  if (stream.status) return stream.status;
  const actualEnd = instant(stream.actualEnd);
  if (actualEnd !== undefined && actualEnd <= now) return 'ended';
  const actualStart = instant(stream.actualStart);
  if (actualStart !== undefined && actualStart <= now) return 'live';
  const scheduledStart = instant(stream.scheduledStart);
  if (scheduledStart === undefined || now < scheduledStart) return 'upcoming';
  const scheduledEnd = instant(stream.scheduledEnd) ?? scheduledStart + assumedDurationMs;
  return now < scheduledEnd ? 'live' : 'ended';
}

/**
 * The next instant after `now` at which `streamStatus` may change (an actual or scheduled start or end,
 * or the assumed end), so a display can look again exactly then; undefined when it never will.
 */
export function nextStreamStatusChange(
  stream: GovStream,
  now: number,
  { assumedDurationMs = DEFAULT_DURATION_MS }: { assumedDurationMs?: number } = {},
): number | undefined {
  if (stream.status) return undefined;
  const scheduledStart = instant(stream.scheduledStart);
  const scheduledEnd =
    instant(stream.scheduledEnd) ?? (scheduledStart === undefined ? undefined : scheduledStart + assumedDurationMs);
  const later = [instant(stream.actualStart), instant(stream.actualEnd), scheduledStart, scheduledEnd].filter(
    (time): time is number => time !== undefined && time > now,
  );
  return later.length ? Math.min(...later) : undefined;
}

function instant(value: string | undefined): number | undefined {
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
