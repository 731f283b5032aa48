// Browser tests: every *.test.ts under packages/widgets and tests/browser, in headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

export default {
  files: ['packages/widgets/src/**/*.test.ts', 'packages/widgets/test/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['govtech-source', 'browser', 'development'] },
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
