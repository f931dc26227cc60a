import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROUTE_FILES, type RouteFiles } from '../../../client/build/routeFiles.ts';

export { ROUTE_FILES };

export type PageWeight = {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** Chunks of other surfaces or heavy libraries the phone should never load. */
  unwanted: string[];
};

const UNWANTED = /^assets\/(ConsolePage|BeamerPage|LandingPage|yjs|zod|qrcode|docx|export)[-.]/;

/** The participant route (`/j/<CODE>`): the entry plus the lazily loaded phone page, JS and CSS. */
export function phonePageWeight(dist: string): PageWeight {
  const phone = (JSON.parse(readFileSync(join(dist, ROUTE_FILES), 'utf8')) as RouteFiles).PhonePage;
  const weighed = [...phone.js, ...phone.css].sort().map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.byteLength, gzipBytes: gzipSync(content, { level: 6 }).byteLength };
  });
  const sum = (ext: string) => weighed.filter((f) => f.file.endsWith(ext)).reduce((total, f) => total + f.gzipBytes, 0);
  return {
    files: weighed,
    jsGzipBytes: sum('.js'),
    cssGzipBytes: sum('.css'),
    unwanted: weighed.map((f) => f.file).filter((file) => UNWANTED.test(file)),
  };
}
