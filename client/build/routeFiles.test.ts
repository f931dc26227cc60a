import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { routeFilesOf } from './routeFiles';

const chunk = (fileName: string, props: { imports?: string[]; css?: string[]; dynamicImports?: string[]; facade?: string; entry?: boolean; dynamic?: boolean }) =>
  ({
    type: 'chunk',
    fileName,
    imports: props.imports ?? [],
    dynamicImports: props.dynamicImports ?? [],
    facadeModuleId: props.facade ?? null,
    isEntry: props.entry ?? false,
    isDynamicEntry: props.dynamic ?? false,
    viteMetadata: { importedCss: new Set(props.css ?? []), importedAssets: new Set() },
  }) as unknown as Rollup.OutputChunk;

const page = (name: string, imports: string[], css: string[] = []) =>
  chunk(`assets/${name}-1.js`, { imports, css, facade: `/app/client/src/features/x/${name}.tsx`, dynamic: true });

const bundle = Object.fromEntries(
  [
    chunk('assets/index-1.js', {
      imports: ['assets/boot-1.js'],
      css: ['assets/index-1.css'],
      dynamicImports: ['assets/PhonePage-1.js', 'assets/ConsolePage-1.js', 'assets/BeamerPage-1.js', 'assets/LandingPage-1.js'],
      facade: '/app/client/index.html',
      entry: true,
    }),
    chunk('assets/boot-1.js', {}),
    chunk('assets/yjs-1.js', {}),
    page('PhonePage', ['assets/boot-1.js', 'assets/index-1.js'], ['assets/PhonePage-1.css']),
    page('ConsolePage', ['assets/yjs-1.js', 'assets/index-1.js']),
    page('BeamerPage', ['assets/yjs-1.js']),
    page('LandingPage', []),
  ].map((c) => [c.fileName, c]),
) as unknown as Rollup.OutputBundle;

describe('routeFilesOf', () => {
  it('lists for each route the entry’s static imports and the page’s, with their CSS, each once', () => {
    const routes = routeFilesOf(bundle);
    if (typeof routes === 'string') throw new Error(routes);
    expect(routes.PhonePage.js.sort()).toEqual(['assets/PhonePage-1.js', 'assets/boot-1.js', 'assets/index-1.js']);
    expect(routes.PhonePage.css.sort()).toEqual(['assets/PhonePage-1.css', 'assets/index-1.css']);
    expect(routes.ConsolePage.js).toContain('assets/yjs-1.js');
    expect(routes.LandingPage.js.sort()).toEqual(['assets/LandingPage-1.js', 'assets/boot-1.js', 'assets/index-1.js']);
  });

  it('says which page it cannot find instead of leaving it out', () => {
    const { ['assets/BeamerPage-1.js']: _beamer, ...withoutBeamer } = bundle;
    expect(routeFilesOf(withoutBeamer as Rollup.OutputBundle)).toBe('no chunk for BeamerPage.tsx');
  });
});
