// `npm run bench`: runs the benchmarks in headless Chromium (the browser our users have), prints a
// table, and writes bench/results.json with the machine, browser version and date. Speed is reported
// as ratios against a baseline measured in the same run, never as absolute pass/fail timings.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  resolve: { conditions: ['govtech-source', 'module', 'browser', 'production', 'import', 'default'] },
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const address = server.httpServer.address();
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs(), headless: true });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('[page]', error.message));
  await page.goto(`http://127.0.0.1:${address.port}/bench/index.html`);
  await page.waitForFunction(() => window.benchResults || window.benchError, undefined, { timeout: 300_000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const results = await page.evaluate(() => window.benchResults);

  console.log('\nSDK: validate + index, as a ratio to a bare JSON.parse of the same bytes (median of 15 runs)');
  console.log('benchmark'.padEnd(40), 'size'.padStart(9), 'JSON.parse'.padStart(11), 'validate+index'.padStart(15), 'spread'.padStart(17), 'ratio'.padStart(7));
  for (const row of results.sdk) {
    console.log(
      row.name.padEnd(40),
      `${(row.bytes / 1024 / 1024).toFixed(1)} MB`.padStart(9),
      `${row.jsonParseMs.toFixed(1)} ms`.padStart(11),
      `${row.totalMs.median.toFixed(1)} ms`.padStart(15),
      `${row.totalMs.min.toFixed(0)}–${row.totalMs.max.toFixed(0)} ms`.padStart(17),
      `${row.ratioToJsonParse.toFixed(1)}×`.padStart(7),
    );
    if (row.warnings) console.log(`  (${row.warnings} items dropped with warnings)`);
  }
  const report = {
    date: new Date().toISOString(),
    machine: { platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    browser: `Chromium ${browser.version()}`,
    results,
  };
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
  console.log('\nWrote bench/results.json');
} finally {
  await browser.close();
  await server.close();
}
