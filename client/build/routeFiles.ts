import type { Plugin, Rollup } from 'vite';
import { staticClosure } from './phonePage';

/**
 * Where the build writes the files each route downloads before it shows anything (the server does
 * not serve dot-folders). The build's size report (`scripts/routeSize.mjs`) and the page-weight
 * benchmark read it, so the bundle's import graph is walked in one place only.
 */
export const ROUTE_FILES = '.vite/routes.json';

/** The app's pages, each a chunk the entry imports lazily (`src/features/…/<Page>.tsx`). */
export const ROUTES = ['LandingPage', 'PhonePage', 'ConsolePage', 'BeamerPage'] as const;

export type Route = (typeof ROUTES)[number];

/** Per route: the entry's static imports and the page's, with the CSS they bring along. */
export type RouteFiles = Record<Route, { js: string[]; css: string[] }>;

export function routeFilesOf(bundle: Rollup.OutputBundle): RouteFiles | string {
  const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
  if (!entry) return 'no entry chunk for index.html';
  const app = staticClosure(bundle, entry);
  const files: Partial<RouteFiles> = {};
  for (const route of ROUTES) {
    const page = chunks.find((chunk) => chunk.isDynamicEntry && new RegExp(`[\\\\/]${route}\\.tsx$`).test(chunk.facadeModuleId ?? ''));
    if (!page) return `no chunk for ${route}.tsx`;
    const own = staticClosure(bundle, page);
    files[route] = { js: [...new Set([...app.modules, ...own.modules])], css: [...new Set([...app.styles, ...own.styles])] };
  }
  return files as RouteFiles;
}

export function routeFiles(): Plugin {
  return {
    name: 'visiebord:route-files',
    apply: 'build',
    generateBundle(_output, bundle) {
      const files = routeFilesOf(bundle);
      if (typeof files === 'string') this.error(`route files: ${files}`);
      this.emitFile({ type: 'asset', fileName: ROUTE_FILES, source: `${JSON.stringify(files, null, 2)}\n` });
    },
  };
}
