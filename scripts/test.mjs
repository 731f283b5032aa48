// `npm test`: every check a contributor needs, in order, then one closing line with the test counts.
// Node tests (SDK, scripts) run in vitest; browser tests (widgets, SDK in a page) in web-test-runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const tsx = ['node', '--conditions=govtech-source', '--import', 'tsx'];
const countsDir = '.cache/test-counts';
rmSync(countsDir, { recursive: true, force: true });

const steps = [
  // The feed contract's files (packages/sdk/json-schema) and the feeds config's (packages/feeds/config.schema.json).
  ['JSON Schema files match the zod schemas', [...tsx, 'scripts/json-schema.ts', '--check']],
  ['Sample feeds are valid', [...tsx, 'scripts/check-sample-feeds.ts']],
  ['The sample feed passes the feed doctor (govtech-feeds check)', [...tsx, 'packages/feeds/src/cli.ts', 'check', 'examples/feeds/v1', '--strict']],
  ['The sample feed is what govtech-feeds builds from examples/content', [...tsx, 'packages/feeds/src/cli.ts', 'build', '--check', '--config', 'examples/content/feeds.config.yaml']],
  ['Build the CDN files and chunks the embed tests load', ['npm', 'run', 'build:cdn', '--workspace', '@govtech-network/widgets']],
  ['Build the iframe embed page the embed tests load (dist/iframe/)', ['npm', 'run', 'build:embed', '--workspace', '@govtech-network/widgets']],
  ['Write the Custom Elements Manifest the embed allow-list test reads', ['npm', 'run', 'analyze', '--workspace', '@govtech-network/widgets']],
  ['Node tests (vitest)', ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${countsDir}/node.json`]],
  ['Browser tests (web-test-runner, headless Chromium)', ['npx', 'web-test-runner', '--config', 'web-test-runner.config.mjs']],
];

let failedSteps = 0;
for (const [title, [command, ...args]] of steps) {
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (status !== 0) {
    failedSteps++;
    console.error(`✖ ${title} failed`);
  }
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const node = read(`${countsDir}/node.json`);
const browser = read(`${countsDir}/browser.json`);
const passed = (node?.numPassedTests ?? 0) + (browser?.passed ?? 0);
const failed = (node?.numFailedTests ?? 0) + (browser?.failed ?? 0) + failedSteps;
const skipped = (node?.numPendingTests ?? 0) + (browser?.skipped ?? 0);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
