// Node-side tests: the SDK (no DOM) and cross-package Node tests. Browser tests run in web-test-runner.
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['govtech-source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['govtech-source', ...defaultServerConditions] } },
  test: {
    include: ['packages/sdk/src/**/*.test.ts', 'packages/feeds/src/**/*.test.ts', 'tests/node/**/*.test.ts'],
    environment: 'node',
    // Every test that waits does so on an injected clock; a real-time wait this long is a bug.
    testTimeout: 10_000,
  },
});
