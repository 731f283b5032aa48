/**
 * Why a feed could not be read. Each code comes with a message written for the person who can fix it:
 * usually the webmaster who publishes or embeds the feed.
 */
export type FeedErrorCode =
  /** No response: offline, DNS, refused connection, or (in browsers) a missing CORS header. */
  | 'network'
  /** No complete response within `timeoutMs`. */
  | 'timeout'
  /** The server answered with an error status. */
  | 'http'
  /** The body is not JSON (often an HTML error or login page). */
  | 'not-json'
  /** JSON, but not a GovTech network feed of a version this SDK reads. */
  | 'not-a-feed'
  /** The client was configured wrongly (e.g. a relative base URL in Node). */
  | 'config'
  /** The file is over the client's limits (`limits.maxBytes` or `limits.maxItems`, docs/feeds.md). */
  | 'too-large';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  /** The URL that failed. */
  readonly url: string;
  /** HTTP status, for `http` errors. */
  readonly status: number | undefined;

  constructor(code: FeedErrorCode, url: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.url = url;
    this.status = options.status;
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError;
}

export const feedErrors = {
  network: (url: string, cause: unknown) =>
    new FeedError(
      'network',
      url,
      `Could not reach ${url}. Check that the address is right and the server is up. If the feed is on another ` +
        `site than the page, its server must send the header "Access-Control-Allow-Origin: *" (CORS).`,
      { cause },
    ),
  timeout: (url: string, ms: number) =>
    new FeedError('timeout', url, `${url} did not answer within ${ms} ms. The feed host may be slow or down.`),
  http: (url: string, status: number) =>
    new FeedError(
      'http',
      url,
      status === 404
        ? `${url} was not found (404). Check the feed's base URL: it must be the folder that holds index.json.`
        : `${url} answered HTTP ${status}.` + (status >= 500 ? ' The feed server has a problem; try again later.' : ''),
      { status },
    ),
  notJson: (url: string, contentType: string | null, cause: unknown) =>
    new FeedError(
      'not-json',
      url,
      `${url} is not JSON${contentType ? ` (it was served as ${contentType})` : ''}. Point the widget at the ` +
        `feed folder (the one with index.json), and make sure the server returns the file itself, not a web page.`,
      { cause },
    ),
  config: (url: string, page: string | undefined, cause: unknown) =>
    new FeedError(
      'config',
      url,
      `"${url}" is not a usable feed URL. Give an absolute URL such as https://example.org/feeds/v1/` +
        (page ? '' : ' (relative URLs only work in a web page)') + '.',
      { cause },
    ),
  tooLarge: (url: string, size: string, limit: string) =>
    new FeedError('too-large', url, `${url} is too large: ${size}, over the limit of ${limit}. Split or trim the feed (docs/feeds.md, "Limits").`),
  notAFeed: (url: string, detail: string) =>
    new FeedError(
      'not-a-feed',
      url,
      `${url} is not a GovTech network feed v1: ${detail}. See docs/feeds.md for the format.`,
    ),
};
