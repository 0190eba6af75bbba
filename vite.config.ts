import { defineConfig, type Plugin } from 'vite';

/**
 * The explorer lives in client/ and builds to client/dist, which the API server serves at `/`
 * (server/static/serve-client.ts). In development Vite serves the page and forwards API calls,
 * so the page always talks to its own origin and needs no CORS.
 */
const api = process.env.API_URL || 'http://127.0.0.1:4000';

/**
 * The page's entry (client/src/boot.ts) sends the start view's request and only then imports main.ts, which
 * holds Cytoscape. A modulepreload link lets the browser fetch and compile that chunk while the entry is still
 * on its way, instead of one round trip later.
 */
function preloadExplorer(): Plugin {
  return {
    name: 'preload-explorer',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const main = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.ts'));
        return main
          ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${main.fileName}` }, injectTo: 'head' }]
          : [];
      },
    },
  };
}

export default defineConfig({
  root: 'client',
  plugins: [preloadExplorer()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // cytoscape alone is ~500 KB minified; the budget that matters is the gzipped total (README, "The explorer").
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
      '/ready': api,
    },
  },
  preview: {
    proxy: {
      '/graphql': api,
      '/health': api,
      '/ready': api,
    },
  },
});
