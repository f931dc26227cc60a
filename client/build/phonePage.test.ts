import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { staticClosure, withPreloads } from './phonePage';

const index = `<!doctype html>
<html lang="nl">
  <head>
    <title>Visiebord</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('withPreloads', () => {
  const html = withPreloads(index, {
    early: ['assets/boot-1.js'],
    modules: ['assets/PhonePage-1.js', 'assets/runtime-1.js'],
    styles: ['assets/index-1.css', 'assets/PhonePage-1.css'],
  });

  it('names each file the page does not name yet, once, in the head', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<script type="module" async crossorigin fetchpriority="high" src="/assets/boot-1.js"></script>');
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/assets/PhonePage-1.js">');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/PhonePage-1.css">');
    expect(html.split('runtime-1.js').length).toBe(2);
    expect(html.split('index-1.css').length).toBe(2);
  });

  it('puts the phone stylesheet after the app stylesheet, as the app itself would', () => {
    expect(html.indexOf('PhonePage-1.css')).toBeGreaterThan(html.indexOf('index-1.css'));
  });

  it('adds no inline script or style', () => {
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    expect(html).not.toContain('<style');
  });

  it('refuses a page without a head', () => {
    expect(() => withPreloads('<p>hallo</p>', { early: [], modules: [], styles: [] })).toThrow();
  });
});

describe('staticClosure', () => {
  const chunk = (fileName: string, imports: string[], css: string[] = [], dynamicImports: string[] = []) =>
    ({ type: 'chunk', fileName, imports, dynamicImports, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } }) as unknown as Rollup.OutputChunk;
  const bundle = {
    'assets/index.js': chunk('assets/index.js', ['assets/runtime.js'], ['assets/index.css'], ['assets/PhonePage.js', 'assets/ConsolePage.js']),
    'assets/runtime.js': chunk('assets/runtime.js', []),
    'assets/PhonePage.js': chunk('assets/PhonePage.js', ['assets/runtime.js', 'assets/index.js', 'assets/api.js'], ['assets/PhonePage.css']),
    'assets/api.js': chunk('assets/api.js', []),
    'assets/ConsolePage.js': chunk('assets/ConsolePage.js', ['assets/yjs.js'], ['assets/ConsolePage.css']),
    'assets/yjs.js': chunk('assets/yjs.js', []),
  } as unknown as Rollup.OutputBundle;

  it('follows static imports with their CSS, and no dynamic ones', () => {
    const phone = staticClosure(bundle, bundle['assets/PhonePage.js'] as Rollup.OutputChunk);
    expect(phone.modules.sort()).toEqual(['assets/PhonePage.js', 'assets/api.js', 'assets/index.js', 'assets/runtime.js']);
    expect(phone.styles.sort()).toEqual(['assets/PhonePage.css', 'assets/index.css']);
  });
});
