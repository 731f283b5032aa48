/**
 * One timed attempt at a feed file: the request through ky, the body read and the JSON parse, all under
 * one per-attempt timeout on the injected clock (ky's own timeout stops at the headers; a slow body must
 * time out too).
 */
import type { KyInstance } from 'ky';
import type { Clock } from '../clock.js';
import { feedErrors } from '../errors.js';
import { megabytes } from '../limits.js';
import type { Answer } from './retry.js';

export interface AttemptOptions {
  /** The ky instance that makes the request: the app's own (`createClient({ ky })`) or ky itself. */
  ky: KyInstance;
  fetch?: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  clock: Clock;
  /** A body over `maxBytes` is not read to its end. */
  limits: { maxBytes: number };
}

/** What the cached copy offers for a conditional request. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** A response with its body parsed; no body (undefined) for statuses from 300. */
export interface FetchedJson extends Answer {
  readonly body: unknown;
}

export async function attempt(
  url: string,
  cached: Validators | undefined,
  signal: AbortSignal,
  { ky, fetch, timeoutMs, clock, limits }: AttemptOptions,
): Promise<FetchedJson> {
  const controller = new AbortController();
  const timedOut = feedErrors.timeout(url, timeoutMs);
  const stopTimer = new AbortController();
  const forwardAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', forwardAbort, { once: true });
  clock
    .sleep(timeoutMs, { signal: stopTimer.signal, purpose: 'timeout' })
    .then(() => controller.abort(timedOut), () => undefined);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    // Conditional headers on a cross-origin request would force a CORS preflight, which many static
    // hosts answer wrongly; there the browser's own HTTP cache revalidates instead ('no-cache').
    const crossOrigin = isCrossOriginInPage(url);
    if (cached?.etag && !crossOrigin) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified && !crossOrigin) headers['if-modified-since'] = cached.lastModified;
    let response: Response;
    let text: string | undefined;
    try {
      // Our loop retries, times out and reads the status: ky's retry, timeout and status errors are off.
      response = await ky(url, {
        ...(fetch ? { fetch } : {}),
        ...(crossOrigin ? { cache: 'no-cache' as const } : {}),
        headers,
        signal: controller.signal,
        retry: 0,
        timeout: false,
        throwHttpErrors: false,
        // The body is refused beyond `maxBytes`, and no more of it downloaded: ky counts the bytes as they
        // come, and gives Content-Length as the total when that says more (a compressed length over the
        // limit is over it uncompressed too), so a missing or wrong header cannot let a huge file through.
        onDownloadProgress({ totalBytes }) {
          if (totalBytes > limits.maxBytes) {
            controller.abort(feedErrors.tooLarge(url, `${megabytes(totalBytes)} or more`, megabytes(limits.maxBytes)));
          }
        },
      });
      if (response.status >= 300) void response.body?.cancel();
      else {
        text = await response.text();
        // ky reports the last chunk as the body ends: a size error then is still one.
        controller.signal.throwIfAborted();
      }
    } catch (error) {
      // When the attempt was aborted, the reason (our timeout or size error, or the caller's abort) is the failure.
      throw controller.signal.aborted ? controller.signal.reason : feedErrors.network(url, error);
    }
    let body: unknown;
    try {
      if (text !== undefined) body = JSON.parse(text);
    } catch (error) {
      throw feedErrors.notJson(url, response.headers.get('content-type'), error);
    }
    return { status: response.status, headers: response.headers, body };
  } finally {
    stopTimer.abort();
    signal.removeEventListener('abort', forwardAbort);
  }
}

function isCrossOriginInPage(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return origin !== undefined && new URL(url).origin !== origin;
}
