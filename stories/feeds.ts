// What every widget story shares: where the sample feed is, a fixed clock, and the two feeds that
// show the states a working feed never shows (loading forever, and not found). Stories take their
// feed from `args.src`, so tests/browser/stories.test.ts can swap SAMPLE_FEED for the path
// web-test-runner serves the feed at.

/**
 * The committed sample feed (examples/feeds/v1) as Storybook serves it (`staticDirs` in
 * .storybook/main.ts). Relative to the page (iframe.html), so a Storybook published under a sub-path
 * finds it too.
 */
export const SAMPLE_FEED = 'feeds/v1/';

/** A folder without index.json: every request 404s, so a widget shows its error state with Retry. */
export const MISSING_FEED = 'feeds/missing/';

/** Requests under this folder never answer once holdLoadingFeed() ran: a widget stays in its skeleton. */
export const LOADING_FEED = 'feeds/__storybook-loading__/';

/** "Now" in every story: 21 November 2026, 12:00 UTC (the sample feed's generatedAt). */
export const STORY_NOW = Date.parse('2026-11-21T12:00:00Z');

/**
 * The clock to give widgets (`.now=${storyClock}`). One function for all stories: widgets keep one feed
 * client (and cache) per clock function, so stories of one feed share their requests.
 */
export const storyClock = (): number => STORY_NOW;

let holding = false;

/**
 * A persistent loading state without touching the widgets. They have no injectable client or fetch,
 * and a static Storybook (`storybook build`) has no server that could hold a request open, so the page
 * holds it: after this call, `fetch()` of any URL under LOADING_FEED returns a promise that never
 * settles. It ignores the abort signal on purpose: the SDK aborts an attempt after its 10 s timeout,
 * which would turn the skeleton into the error state. Every other URL goes to the real fetch, so
 * calling this (idempotent; from the render of a Loading story) changes nothing for other stories.
 */
export function holdLoadingFeed(): void {
  if (holding) return;
  holding = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  const held = new URL(LOADING_FEED, document.baseURI).pathname;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    return url.pathname.startsWith(held) ? new Promise<Response>(() => {}) : realFetch(input, init);
  };
}
