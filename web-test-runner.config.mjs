// Browser tests: every *.test.ts under packages/widgets/src, tests/browser, tests/cdn and tests/host, in headless Chromium.
// (packages/widgets/test holds test support, fixtures and harnesses, never tests.)
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

/**
 * Routes for widget tests: /__test__/feeds/<any-name>/… serves the sample feed under a fresh URL (so a
 * test gets its own client and cache, and can count its requests), /__test__/hang/… never answers
 * (the loading state), and /__test__/server-date/<instant>/… answers with a chosen Date header.
 */
async function testFeedRoutes(context, next) {
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

const testFiles = ['packages/widgets/src/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/cdn/**/*.test.ts', 'tests/host/**/*.test.ts'];

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
