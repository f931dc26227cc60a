import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageWeight = {
  /** How the route's files were found: Vite's manifest, or the import graph read from the chunks. */
  source: 'manifest' | 'chunks';
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** Chunks of other surfaces or heavy libraries the phone should never load. */
  unwanted: string[];
};

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };

const PHONE_SOURCE = 'src/features/phone/PhonePage.tsx';
const UNWANTED = /^assets\/(ConsolePage|BeamerPage|LandingPage|yjs|zod|qrcode|docx|export)[-.]/;

/** The participant route (`/j/<CODE>`): the entry plus the lazily loaded phone page, JS and CSS. */
export function phonePageWeight(dist: string): PageWeight {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const files = existsSync(manifestPath) ? fromManifest(manifestPath) : fromChunks(dist);
  const weighed = [...files.list].sort().map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.byteLength, gzipBytes: gzipSync(content, { level: 6 }).byteLength };
  });
  const sum = (ext: string) => weighed.filter((f) => f.file.endsWith(ext)).reduce((total, f) => total + f.gzipBytes, 0);
  return {
    source: files.source,
    files: weighed,
    jsGzipBytes: sum('.js'),
    cssGzipBytes: sum('.css'),
    unwanted: weighed.map((f) => f.file).filter((file) => UNWANTED.test(file)),
  };
}

function fromManifest(path: string): { source: 'manifest'; list: Set<string> } {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const list = new Set<string>();
  const visit = (key: string, guard = 0) => {
    const chunk = manifest[key];
    if (!chunk || list.has(chunk.file) || guard > 1000) return;
    list.add(chunk.file);
    for (const css of chunk.css ?? []) list.add(css);
    for (const imported of chunk.imports ?? []) visit(imported, guard + 1);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entry) visit(entry);
  const phone = Object.keys(manifest).find((key) => key.endsWith(PHONE_SOURCE));
  if (!phone) throw new Error(`the manifest has no ${PHONE_SOURCE}`);
  visit(phone);
  return { source: 'manifest', list };
}

/**
 * Without a manifest: the entry from index.html, every chunk it imports statically, and the
 * phone page's dynamic import with the files Vite preloads for it (`__vite__mapDeps`).
 */
function fromChunks(dist: string): { source: 'chunks'; list: Set<string> } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const list = new Set<string>();
  const visit = (file: string, guard = 0) => {
    if (list.has(file) || guard > 1000 || !existsSync(join(dist, file))) return;
    list.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g)) visit(dir + match[1], guard + 1);
  };
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const entry of entries) visit(entry);
  const entryJs = entries.find((file) => file.endsWith('.js'));
  if (!entryJs) throw new Error('index.html names no script');
  const code = readFileSync(join(dist, entryJs), 'utf8');
  const deps = /__vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=(\[[^\]]*\])/.exec(code);
  const call = /import\(["'`]\.\/(PhonePage-[^"'`]+\.js)["'`]\)\s*,\s*__vite__mapDeps\(\[([\d,\s]*)\]\)/.exec(code);
  if (!call) throw new Error('no lazy import of the phone page found in the entry chunk');
  const dir = entryJs.slice(0, entryJs.lastIndexOf('/') + 1);
  visit(dir + call[1]);
  const table = deps ? (JSON.parse(deps[1] ?? '[]') as string[]) : [];
  for (const index of (call[2] ?? '').split(',').filter(Boolean)) {
    const file = table[Number(index)];
    if (file) visit(file);
  }
  return { source: 'chunks', list };
}
