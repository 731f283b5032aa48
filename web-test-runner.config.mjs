// Browser tests: every *.test.ts under packages/widgets/src, tests/browser, tests/cdn, tests/embed, tests/host and tests/faults, in headless Chromium.
// (packages/widgets/test holds test support, fixtures and harnesses, never tests.)
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { largeAndVersionedFeeds, testFeedRoutes } from './scripts/test-feed-routes.mjs';
import { screenshotPlugin } from './scripts/wtr-screenshots.mjs';
import { calendarTestFeeds } from './scripts/test-calendar-feeds.mjs';

const testFiles = ['packages/widgets/src/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/cdn/**/*.test.ts', 'tests/embed/**/*.test.ts', 'tests/host/**/*.test.ts', 'tests/faults/**/*.test.ts'];

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

/**
 * /__test__/gzip-size/packages/widgets/dist/cdn/<file>: that file's size gzipped at level 9, as
 * scripts/size.mjs counts (tests/cdn weighs what a page downloads with it; the server itself does not gzip).
 */
async function cdnGzipSize(context, next) {
  const file = /^\/__test__\/gzip-size\/(packages\/widgets\/dist\/cdn\/(?:chunks\/)?[\w.-]+\.js)$/.exec(context.path)?.[1];
  if (!file) return next();
  context.type = 'application/json';
  context.body = JSON.stringify(gzipSync(await readFile(file), { level: 9 }).length);
}

export default {
  files: testFiles,
  nodeResolve: { exportConditions: ['govtech-source', 'browser', 'development'] },
  middleware: [testFeedRoutes, largeAndVersionedFeeds, cdnGzipSize, calendarTestFeeds],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }), screenshotPlugin()],
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
