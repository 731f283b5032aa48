// `npm start`: the demo site, served from demo/ with the sample feeds at /feeds/v1/.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: '../examples',
  resolve: { conditions: ['govtech-source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173 },
  build: { outDir: '../.cache/demo', emptyOutDir: true },
});
