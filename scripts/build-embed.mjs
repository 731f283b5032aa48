// The embed build: the iframe page for CMSs that accept only an iframe, and the resizer for host pages
// (packages/widgets/src/embed/) → packages/widgets/dist/iframe/, a folder a publisher copies to a host
// of its own (beside its feed, say): index.html (strict CSP, no inline script), embed.js and its lazy
// chunks, govtech-embed.js (a classic script, so a CMS that keeps only `<script src>` can take it), and
// _headers, an example of the frame-ancestors header (see the webmaster guide for other hosts).
//
// Run from anywhere: `npm run build:embed --workspace @govtech-network/widgets`.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const widgets = join(root, 'packages/widgets');
const source = join(widgets, 'src/embed');
const outDir = join(widgets, 'dist/iframe');
const version = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')).version;

const shared = {
  configFile: false,
  logLevel: 'warn',
  mode: 'production',
  publicDir: false,
  // 'development' is left out on purpose: Lit's exports pick its production build (no dev warnings).
  resolve: { conditions: ['govtech-source', 'production', 'module', 'browser', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
};
const output = (file, includes = '') => ({
  minify: true,
  postBanner: `/*! @govtech-network/widgets ${version} ${file} (MIT).${includes} */`,
  comments: { legal: true, annotation: false, jsdoc: false },
});

rmSync(outDir, { recursive: true, force: true });

// The page: its HTML as the entry, so the script tag points at the built file.
await build({
  ...shared,
  root: source,
  base: './',
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: join(source, 'index.html'),
      output: { ...output('embed.js', ' Includes Lit (BSD-3-Clause), ky and zod (MIT).'), entryFileNames: 'embed.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// The resizer: one classic script, no module, no chunk.
await build({
  ...shared,
  root: widgets,
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2020',
    reportCompressedSize: false,
    lib: { entry: join(source, 'resizer.ts'), formats: ['iife'], name: 'govtechEmbed', fileName: () => 'govtech-embed.js' },
    rolldownOptions: { output: output('govtech-embed.js') },
  },
});

copyFileSync(join(source, '_headers'), join(outDir, '_headers'));
console.log(`embed build → ${outDir}`);
