/**
 * One timed attempt at a feed file: the request through ky, the body read and the JSON parse, all under
 * one per-attempt timeout on the injected clock (ky's own timeout stops at the headers; a slow body must
 * time out too).
 */
import type { KyInstance } from 'ky';
import type { Clock } from '../clock.js';
import { feedErrors, isFeedError } from '../errors.js';
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
      });
      if (response.status >= 300) void response.body?.cancel();
      else text = await readText(url, response, limits.maxBytes);
    } catch (error) {
      // When the attempt was aborted, the reason (our timeout error, or the caller's abort) is the failure.
      if (controller.signal.aborted) throw controller.signal.reason;
      throw isFeedError(error) ? error : feedErrors.network(url, error);
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

/**
 * The body as text, refused beyond `maxBytes`: at once when Content-Length says so (a compressed length
 * over the limit is over it uncompressed too), else as soon as the bytes read pass it, so a missing or
 * wrong header cannot make the page download and parse a huge file.
 */
async function readText(url: string, response: Response, maxBytes: number): Promise<string> {
  const tooLarge = (size: string) => feedErrors.tooLarge(url, size, megabytes(maxBytes));
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    void response.body?.cancel();
    throw tooLarge(megabytes(length));
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    if ((bytes += value.length) > maxBytes) {
      void reader.cancel();
      throw tooLarge(`more than ${megabytes(maxBytes)}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** "5.3 MB": sizes as a webmaster compares them with a file listing. */
const megabytes = (bytes: number) => `${Math.round(bytes / 104_857.6) / 10} MB`;

function isCrossOriginInPage(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return origin !== undefined && new URL(url).origin !== origin;
}
