import type { Plugin, Rollup } from 'vite';

/** The page the server sends for `/j/<CODE>`: index.html, plus what the phone needs named up front. */
export const PHONE_PAGE = 'phone.html';

const PHONE_SOURCE = /[\\/]src[\\/]features[\\/]phone[\\/]PhonePage\.tsx$/;

/** What a page names in its head so the browser fetches it at once, all in parallel. */
export type PagePreloads = {
  /** Small scripts that start work before the app runs (`async`: they need not wait for it; asked for first). */
  early: string[];
  /** Modules the app imports later (modulepreload: fetched now, run when imported). */
  modules: string[];
  styles: string[];
};

/**
 * Adds the preloads to the end of a built index.html's head, after the app's own script and
 * stylesheet, where the app would add them itself (so the cascade stays the same). External files
 * only: the page's CSP allows no inline script or style.
 */
export function withPreloads(html: string, preloads: PagePreloads): string {
  const known = (file: string) => html.includes(`"/${file}"`);
  const tags = [
    ...preloads.early.map((file) => `<script type="module" async crossorigin fetchpriority="high" src="/${file}"></script>`),
    ...preloads.modules.filter((file) => !known(file)).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...preloads.styles.filter((file) => !known(file)).map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
  ];
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('index.html has no </head>');
  return `${html.slice(0, end).trimEnd()}\n${tags.map((tag) => `    ${tag}\n`).join('')}  ${html.slice(end)}`;
}

/** The chunks a chunk imports statically, itself included, and the CSS they bring along. */
export function staticClosure(bundle: Rollup.OutputBundle, start: Rollup.OutputChunk): { modules: string[]; styles: string[] } {
  const modules: string[] = [];
  const styles = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (modules.includes(chunk.fileName)) return;
    modules.push(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const file of chunk.imports) {
      const imported = bundle[file];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(start);
  return { modules, styles: [...styles] };
}

const chunks = (bundle: Rollup.OutputBundle) => Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');

/**
 * Emits `phone.html`. On Slow 4G each request in a chain costs over half a second: without this
 * the phone's chunk is found only after the 70 KB entry has run. `early` names a module whose
 * chunk the page runs at once, beside the app (the phone's early socket). That chunk may import
 * no other chunk: it would wait for it (for React, say) before it runs.
 */
export function phonePage(options: { early?: RegExp } = {}): Plugin {
  return {
    name: 'visiebord:phone-page',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('phone page: the build has no index.html');
        const all = chunks(bundle);
        const phone = all.find((chunk) => chunk.facadeModuleId && PHONE_SOURCE.test(chunk.facadeModuleId));
        if (!phone) this.error('phone page: no chunk for src/features/phone/PhonePage.tsx');
        const entry = all.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
        if (!entry) this.error('phone page: no entry chunk for index.html');
        const loaded = new Set(staticClosure(bundle, entry).modules);
        let early: Rollup.OutputChunk | undefined;
        if (options.early) {
          const source = options.early;
          early = all.find((chunk) => chunk.moduleIds.some((id) => source.test(id)));
          if (!early) this.error(`phone page: no chunk holds ${source}`);
          if (early.imports.length > 0) {
            this.error(`phone page: ${early.fileName} (with ${source}) imports ${early.imports.join(', ')}, so it would wait for them`);
          }
        }
        const { modules, styles } = staticClosure(bundle, phone);
        const earlyFiles = early ? [early.fileName] : [];
        this.emitFile({
          type: 'asset',
          fileName: PHONE_PAGE,
          source: withPreloads(String(index.source), {
            early: earlyFiles,
            modules: modules.filter((file) => !loaded.has(file) && !earlyFiles.includes(file)),
            styles,
          }),
        });
      },
    },
  };
}
