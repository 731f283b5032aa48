// Browser tests: every *.test.ts under packages/widgets/src, tests/browser, tests/cdn and tests/faults, in headless Chromium.
// (packages/widgets/test holds test support, fixtures and harnesses, never tests.)
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
  if (await faultRoutes(context)) return;
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

/** Faults that are lifted: /__test__/lift/<id> lifts those of /__test__/fail/<id>/… (Retry then recovers). */
const liftedFaults = new Set();

/**
 * The fault matrix's routes (tests/faults): /__test__/fail/<id>/<patterns>/<fault>/<file> serves the
 * sample feed's <file>, except that a file whose path contains one of the comma-separated <patterns>
 * gets <fault>: an HTTP status (404, 500…), `json` (a web page instead of JSON), `schema` (JSON that is
 * not a feed), `hang` (never answers) or `bad-item` (the file with one invalid item added). Until
 * /__test__/lift/<id> is requested; <id> keeps each test's faults (and client cache) its own.
 */
async function faultRoutes(context) {
  const lift = /^\/__test__\/lift\/([^/]+)$/.exec(context.path);
  if (lift) {
    liftedFaults.add(lift[1]);
    context.body = 'lifted';
    return true;
  }
  const fault = /^\/__test__\/fail\/([^/]+)\/([^/]+)\/([^/]+)\/(.*)$/.exec(context.path);
  if (!fault) return false;
  const [, id, patterns, kind, file] = fault;
  context.path = `/examples/feeds/v1/${file}`;
  if (liftedFaults.has(id) || !patterns.split(',').some((pattern) => file.includes(pattern))) return false;
  if (kind === 'hang') return new Promise(() => {});
  if (/^\d{3}$/.test(kind)) {
    context.status = Number(kind);
    context.body = `fault ${kind}`;
  } else if (kind === 'json') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Sign in</title>';
  } else if (kind === 'schema') {
    context.type = 'application/json';
    context.body = JSON.stringify({ hello: 'not a feed' });
  } else if (kind === 'bad-item') {
    const body = JSON.parse(await readFile(`.${context.path}`, 'utf8'));
    const list = ['events', 'labs', 'streams', 'networks'].find((key) => Array.isArray(body[key]));
    body[list].push({ id: 'broken-item', title: 42 });
    context.type = 'application/json';
    context.body = JSON.stringify(body);
  } else {
    throw new Error(`web-test-runner.config.mjs: unknown fault "${kind}" in ${context.path}`);
  }
  // A path without an extension: the test runner's cache middleware would make a failure cacheable for a
  // year, and the browser would then answer Retry with it.
  context.path = '/__test__/fault';
  return true;
}

const testFiles = ['packages/widgets/src/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/cdn/**/*.test.ts', 'tests/faults/**/*.test.ts'];

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
