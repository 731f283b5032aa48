// Storybook for the widgets: `npm run storybook` (dev, port 6006) or `npm run build-storybook`
// (static site in storybook-static/). Stories sit next to their widget (packages/widgets/src/**) or in
// stories/; the sample feed is served at /feeds/v1/ so stories load real feed files, offline. The docs
// pages' attribute / property / event / slot / CSS part / custom property tables come from the widgets'
// Custom Elements Manifest, generated here from their JSDoc on every start and build (no build step or
// committed custom-elements.json needed) and handed to preview.ts as a virtual module.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type Plugin } from 'vite';

/** What preview.ts imports to get the manifest. */
const MANIFEST_MODULE = 'virtual:govtech-custom-elements-manifest';
const widgetsDir = fileURLToPath(new URL('../packages/widgets/', import.meta.url));

/**
 * Runs the analyzer as `npm run analyze` does (same config, same working directory), but writes into a
 * temporary folder: packages/widgets/custom-elements.json (the package's build artifact) is left alone.
 */
async function analyzeWidgets(): Promise<string> {
  const analyzer = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  const outdir = await mkdtemp(join(tmpdir(), 'govtech-cem-'));
  try {
    // The analyzer joins --outdir to its working directory, so it must be relative.
    const args = ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(widgetsDir, outdir), '--quiet'];
    await promisify(execFile)(process.execPath, [analyzer, ...args], { cwd: widgetsDir });
    return await readFile(join(outdir, 'custom-elements.json'), 'utf8');
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

/** `import manifest from 'virtual:govtech-custom-elements-manifest'`: the widgets' manifest, fresh. */
function customElementsManifest(): Plugin {
  const resolvedId = `\0${MANIFEST_MODULE}`;
  return {
    name: 'govtech-custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_MODULE ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      return `export default JSON.parse(${JSON.stringify(await analyzeWidgets())});`;
    },
  };
}

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
    viteConfig.plugins = [...(viteConfig.plugins ?? []), customElementsManifest()];
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
