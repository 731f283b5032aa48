/**
 * How much of one feed file a client reads (docs/feeds.md, "Limits"): a file over them is a FeedError
 * `too-large` instead of a page frozen while it downloads, parses and validates.
 */
export interface FeedLimits {
  /** Bytes of one file's body (as read, after any compression is undone). Default 5 MiB. */
  maxBytes: number;
  /** Items in one file's list (events, labs, streams or networks). Default 10,000. */
  maxItems: number;
}

export const defaultFeedLimits: FeedLimits = { maxBytes: 5 * 1024 * 1024, maxItems: 10_000 };

/** "5.3 MB": a file's size as a webmaster compares it with a file listing (the client's errors, the toolkit's problems). */
export const megabytes = (bytes: number): string => `${Math.round(bytes / 104_857.6) / 10} MB`;

/**
 * Lets the page run input and other tasks between chunks of long work: `scheduler.yield()` where the
 * browser has it (the work resumes ahead of other tasks), else a new task.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How long work may hold the main thread before it yields: well under a long task (50 ms) on a phone four
 * times slower than the machine that measured it, as Lighthouse's mobile profile counts.
 */
export const TIME_SLICE_MS = 8;

/**
 * A pause point for long work: resolves at once while the current slice lasts, else yields to the page
 * (a new slice starts when the work resumes). Lets a few dozen feed items and a few thousand alike share
 * one loop without either blocking a phone.
 */
export function timeSlicer(): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < TIME_SLICE_MS) return undefined;
    return yieldToPage().then(() => {
      sliceStart = performance.now();
    });
  };
}
