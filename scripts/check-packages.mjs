// Are the packages ready to publish? publint (exports, files, sideEffects, types paths) and
// arethetypeswrong (types resolve for ESM consumers in Node and bundlers; both packages are ESM-only,
// so CommonJS resolutions are out of scope; the feeds package is a Node CLI and library, ESM too). Run after `npm run build`.
import { spawnSync } from 'node:child_process';

const packages = ['packages/sdk', 'packages/widgets', 'packages/feeds'];
let failed = 0;
for (const dir of packages) {
  for (const [tool, args] of [
    ['publint', ['publint', dir, '--strict']],
    ['arethetypeswrong', ['attw', '--pack', dir, '--profile', 'esm-only']],
  ]) {
    console.log(`\n▶ ${tool}: ${dir}`);
    const { status } = spawnSync('npx', args, { stdio: 'inherit' });
    if (status !== 0) failed++;
  }
}
process.exit(failed ? 1 : 0);
