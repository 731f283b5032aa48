/**
 * What a widget does once the browser is idle (the calendar's warm-up of its details and print rules),
 * held until a test says so, and the modules a page has asked for: a part loaded on first use must not
 * be asked for earlier.
 */

/**
 * Holds the page's idle callbacks (`requestIdleCallback`) while the tests around it run (the test file's,
 * called at its top; a `describe`'s, called inside it): the browser is never idle unless a test runs
 * them. Returns the callbacks waiting, and what runs them.
 */
export function holdIdleCallbacks(): { waiting: IdleRequestCallback[]; run(): void } {
  const waiting: IdleRequestCallback[] = [];
  const browserIdle = window.requestIdleCallback;
  before(() => {
    window.requestIdleCallback = (callback) => waiting.push(callback);
  });
  after(() => {
    window.requestIdleCallback = browserIdle;
  });
  return { waiting, run: () => waiting.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 })) };
}

/** The page's requests for a source module whose path ends with `file` (each test file runs in a page of its own). */
export const moduleRequests = (file: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith(file));
