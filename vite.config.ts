import { defineConfig } from 'vite';

/**
 * The explorer lives in client/ and builds to client/dist, which the API server serves at `/`
 * (server/static/serve-client.ts). In development Vite serves the page and forwards API calls,
 * so the page always talks to its own origin and needs no CORS.
 */
const api = process.env.API_URL || 'http://127.0.0.1:4000';

export default defineConfig({
  root: 'client',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // cytoscape alone is ~500 KB minified; the budget that matters is the gzipped total (see docs/explorer.md).
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
