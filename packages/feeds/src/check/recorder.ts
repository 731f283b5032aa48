/**
 * Every request check makes, and what came back: the SDK client fetches through `fetch` (so the feed is
 * read exactly as a widget reads it, with the widget's Origin), and files the client never reads (the
 * calendars) are fetched with `get`. The header checks then look at the recorded responses.
 */

export interface Fetched {
  readonly url: string;
  /** Undefined when no response came (see `error`). */
  readonly status?: number;
  readonly headers?: Headers;
  readonly text?: string;
  readonly error?: string;
  readonly timedOut?: boolean;
}

export class Recorder {
  readonly #responses = new Map<string, Promise<Fetched>>();

  constructor(
    /** Sent as Origin, as a browser does for a widget on that site: some hosts only answer CORS then. */
    private readonly origin: string,
    private readonly timeoutMs: number,
  ) {}

  /** A fetch for createClient: sends the widget's Origin and records the response (the body is read from a clone). */
  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const request = this.#withOrigin(new Request(input, init));
    try {
      const response = await globalThis.fetch(request);
      this.#responses.set(request.url, recorded(request.url, response.clone()));
      return response;
    } catch (error) {
      this.#responses.set(request.url, Promise.resolve(failed(request.url, error)));
      throw error;
    }
  };

  /** The recorded response for `url`, fetching it now if nothing has yet. */
  get(url: string): Promise<Fetched> {
    let fetched = this.#responses.get(url);
    if (!fetched) {
      const request = this.#withOrigin(new Request(url, { signal: AbortSignal.timeout(this.timeoutMs) }));
      fetched = globalThis.fetch(request).then(
        (response) => recorded(url, response),
        (error: unknown) => failed(url, error),
      );
      this.#responses.set(url, fetched);
    }
    return fetched;
  }

  /** The response already recorded for `url`, if any. */
  recorded(url: string): Promise<Fetched> | undefined {
    return this.#responses.get(url);
  }

  #withOrigin(request: Request): Request {
    const headers = new Headers(request.headers);
    headers.set('origin', this.origin);
    return new Request(request, { headers });
  }
}

async function recorded(url: string, response: Response): Promise<Fetched> {
  try {
    return { url, status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    return { ...failed(url, error), status: response.status, headers: response.headers };
  }
}

function failed(url: string, error: unknown): Fetched {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return { url, error: `${error instanceof Error ? error.message : String(error)}${cause}`, timedOut };
}
