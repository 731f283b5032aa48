// Browser tests: every *.test.ts under packages/widgets/src, tests/browser, tests/cdn and tests/host, in headless Chromium.
// (packages/widgets/test holds test support, fixtures and harnesses, never tests.)
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
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

/** The version each /__test__/versioned/<name>/ feed is at (1 until a test sets another). */
const feedVersions = new Map();

/**
 * Routes for tests of large and changing feeds:
 * - /__test__/big-labs/<count>/<name>/…: the sample feed whose labs.json has <count> generated labs,
 *   sent in chunks without a Content-Length (so only counting the bytes read can stop it);
 * - /__test__/versioned/<name>/…: the sample feed at the version set with GET
 *   /__test__/versioned/<name>/__version/<n>. From version 2, index.json has a later generatedAt, every
 *   lab name ends with " (v<n>)", and the stream ejemplo-panel-madrid-2026-12 started at 14:03Z on its
 *   day (an actualStart, an hour early); from version 3, it ended at 14:08Z (an actualEnd).
 */
async function largeAndVersionedFeeds(context, next) {
  const big = /^\/__test__\/big-labs\/(\d+)\/[^/]+\/labs\.json$/.exec(context.path);
  if (big) {
    context.type = 'application/json';
    context.body = Readable.from(generatedLabs(Number(big[1])));
    return;
  }
  const bigRest = /^\/__test__\/big-labs\/\d+\/[^/]+\/(.*)$/.exec(context.path);
  if (bigRest) {
    context.path = `/examples/feeds/v1/${bigRest[1]}`;
    return next();
  }
  const setVersion = /^\/__test__\/versioned\/([^/]+)\/__version\/(\d+)$/.exec(context.path);
  if (setVersion) {
    feedVersions.set(setVersion[1], Number(setVersion[2]));
    context.body = 'ok';
    return;
  }
  const versioned = /^\/__test__\/versioned\/([^/]+)\/(.*)$/.exec(context.path);
  if (!versioned) return next();
  const version = feedVersions.get(versioned[1]) ?? 1;
  const file = versioned[2] || 'index.json';
  if (version === 1 || !['index.json', 'labs.json', 'streams.json'].includes(file)) {
    context.path = `/examples/feeds/v1/${file}`;
    return next();
  }
  const feed = JSON.parse(readFileSync(`examples/feeds/v1/${file}`, 'utf8'));
  feed.generatedAt = `2026-11-21T12:0${version}:00Z`;
  for (const lab of feed.labs ?? []) lab.name += ` (v${version})`;
  for (const stream of feed.streams ?? []) {
    if (stream.id !== 'ejemplo-panel-madrid-2026-12') continue;
    stream.actualStart = '2026-12-10T14:03:00Z';
    if (version >= 3) stream.actualEnd = '2026-12-10T14:08:00Z';
  }
  context.type = 'application/json';
  // The test runner lets browsers cache any file for a year; an ETag per version makes the client's
  // revalidation a conditional request, which the browser sends on instead of answering from its cache.
  context.set('ETag', `"v${version}"`);
  context.body = JSON.stringify(feed);
}

/** A labs.json of `count` labs, in pieces of a few hundred labs. */
function* generatedLabs(count) {
  yield '{"schemaVersion":1,"labs":[';
  const description = 'Laboratorio generado para las pruebas de feeds grandes. '.repeat(8);
  for (let start = 0; start < count; start += 500) {
    const labs = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      labs.push(JSON.stringify({ id: `lab-${i}`, name: `Laboratorio ${i}`, sector: 'public', country: 'CL', description }));
    }
    yield (start ? ',' : '') + labs.join(',');
  }
  yield ']}';
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
  middleware: [testFeedRoutes, largeAndVersionedFeeds],
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
