import type { GraphiQLOptions } from 'graphql-yoga';
import type { GraphiQLAssets } from './graphiql-assets.ts';

/**
 * The GraphiQL page: no inline script or style, only links to the app's own files. The options travel as a
 * JSON data block, which the browser never executes (so script-src 'self' holds) and the boot script reads.
 */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON that cannot end its <script> element early: every `<` becomes \u003c, which JSON.parse reads back as `<`. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderGraphiQLPage(options: GraphiQLOptions, assets: Pick<GraphiQLAssets, 'urls' | 'workers'>): string {
  const { urls, workers } = assets;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${urls.favicon}">
<link rel="stylesheet" href="${urls.css}">
<script type="application/json" id="graphiql-config">${scriptSafeJson({ options, workers })}</script>
<script src="${urls.js}" defer></script>
<script src="${urls.boot}" defer></script>
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript. The API itself answers POST requests at ${escapeHtml(options.endpoint ?? '/graphql')}.</noscript>
<div id="root"></div>
</body>
</html>
`;
}
