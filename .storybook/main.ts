// Storybook for the widgets: `npm run storybook` (dev, port 6006) or `npm run build-storybook`
// (static site in storybook-static/). Stories sit next to their widget (packages/widgets/src/**) or in
// stories/; the sample feed is served at /feeds/v1/ so stories load real feed files, offline.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../packages/widgets/src/**/*.stories.ts', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Only the committed sample feed (v1): examples/feeds/synthetic/ is a large, generated benchmark feed
  // that no story reads, and copying it would only slow the build down and bloat the output.
  staticDirs: [{ from: '../examples/feeds/v1', to: '/feeds/v1' }],
  core: {
    // The build must work offline: no telemetry, no "what's new" lookups.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(viteConfig, { configType }) {
    // `@govtech-network/*` resolve to their TypeScript sources (the `govtech-source` export condition),
    // as in the demo, the tests and the type checker: stories need no package build first.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['govtech-source', ...defaultClientConditions];
    if (configType === 'PRODUCTION') {
      // `build-storybook --quiet`: no per-asset size table, no gzip sizing, and no warning about the
      // preview's large chunks (axe and the docs renderer are big, and this is a dev tool, not the widgets).
      viteConfig.logLevel = 'warn';
      viteConfig.build = { ...viteConfig.build, reportCompressedSize: false, chunkSizeWarningLimit: 2000 };
    }
    return viteConfig;
  },
};

export default config;
