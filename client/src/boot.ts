import { prefetchStartView } from './start-view.ts';

/**
 * The page's entry, kept a few KB: it sends the start's requests (start-view.ts), then loads the explorer (main.ts
 * and Cytoscape), so the server answers while the browser downloads and compiles the bundle instead of after.
 */
prefetchStartView(location.search);
void import('./main.ts');
