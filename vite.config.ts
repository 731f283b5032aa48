// `npm start`: the demo site, served from demo/ with the sample feeds at /feeds/v1/, and the widgets'
// embed page (packages/widgets/src/embed/index.html) at /embed.html with the resizer at /govtech-embed.js.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const embedSource = fileURLToPath(new URL('packages/widgets/src/embed/', import.meta.url));

/** Serves the embed page from the widgets' sources in development, so the demo shows the shipped page. */
function embedPage(): Plugin {
  return {
    name: 'govtech-embed-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        if (path === '/govtech-embed.js') {
          response.statusCode = 302;
          response.setHeader('Location', `/@fs${embedSource}resizer.ts`);
          return response.end();
        }
        if (path !== '/embed.html') return next();
        const page = readFileSync(`${embedSource}index.html`, 'utf8').replace('./embed-page.ts', `/@fs${embedSource}embed-page.ts`);
        void server.transformIndexHtml(request.url!, page).then((html) => {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(html);
        }, next);
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  publicDir: '../examples',
  plugins: [embedPage()],
  resolve: { conditions: ['govtech-source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173 },
  build: { outDir: '../.cache/demo', emptyOutDir: true },
});
