// Browser tests: every *.test.ts under packages/widgets/src, tests/browser and tests/cdn, in headless Chromium.
// (packages/widgets/test holds test support, fixtures and harnesses, never tests.)
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

/** The held feeds by name: each answers once its release is asked for (a test's "the data arrives now"). */
const heldFeeds = new Map();
function heldFeed(name) {
  if (!heldFeeds.has(name)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    heldFeeds.set(name, { released, release });
  }
  return heldFeeds.get(name);
}

/**
 * Routes for widget tests: /__test__/feeds/<any-name>/… serves the sample feed under a fresh URL (so a
 * test gets its own client and cache, and can count its requests), /__test__/hang/… never answers
 * (the loading state), /__test__/held/<name>/… answers when /__test__/release/<name> is fetched (the
 * loading state, then the data when the test says), and /__test__/server-date/<instant>/… answers with
 * a chosen Date header.
 */
async function testFeedRoutes(context, next) {
  // /__test__/held/<name>/…: the sample feed, held until the page asks for /__test__/release/<name>.
  const released = /^\/__test__\/release\/([^/]+)$/.exec(context.path);
  if (released) {
    heldFeed(released[1]).release();
    context.body = 'released';
    return;
  }
  const held = /^\/__test__\/held\/([^/]+)\/(.*)$/.exec(context.path);
  if (held) {
    await heldFeed(held[1]).released;
    context.path = `/examples/feeds/v1/${held[2]}`;
  }
  const fresh = /^\/__test__\/feeds\/[^/]+\/(.*)$/.exec(context.path);
  if (fresh) context.path = `/examples/feeds/v1/${fresh[1]}`;
  if (context.path.startsWith('/__test__/hang/')) return new Promise(() => {});
  // /__test__/server-date/<ISO instant>/…: the sample feed, answered with that Date header.
  const dated = /^\/__test__\/server-date\/([^/]+)\/(.*)$/.exec(context.path);
  if (dated) context.path = `/examples/feeds/v1/${dated[2]}`;
  await next();
  if (dated) {
    context.set('Date', new Date(decodeURIComponent(dated[1])).toUTCString());
    context.set('Cache-Control', 'no-store');
  }
}

const testFiles = ['packages/widgets/src/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/cdn/**/*.test.ts'];

/**
 * Stops the run when a glob matches no file: web-test-runner runs the other globs without a word, so a
 * moved folder or a typo would quietly drop its tests. Knows the `**` and `*` the globs above use.
 */
function assertEachGlobMatches(globs) {
  for (const glob of globs) {
    const parts = glob.split('/');
    const base = parts.slice(0, parts.findIndex((part) => /[*?[{]/.test(part))).join('/');
    const pattern = new RegExp(
      `^${glob
        .split(/(\*\*\/|\*)/)
        .map((token) => (token === '**/' ? '(?:.+/)?' : token === '*' ? '[^/]*' : token.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    );
    let files = [];
    try {
      files = readdirSync(base, { recursive: true }).map((file) => `${base}/${file.split(sep).join('/')}`);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    if (!files.some((file) => pattern.test(file))) {
      throw new Error(`web-test-runner.config.mjs: "${glob}" matches no file. Fix or remove it, so that no test is left out unnoticed.`);
    }
  }
}
assertEachGlobMatches(testFiles);

export default {
  files: testFiles,
  nodeResolve: { exportConditions: ['govtech-source', 'browser', 'development'] },
  middleware: [testFeedRoutes],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), args: chromiumArgs(), headless: true },
    }),
  ],
  reporters: [defaultReporter(), countReporter('.cache/test-counts/browser.json')],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="es"><head><meta charset="utf-8"></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
};
