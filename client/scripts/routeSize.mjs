// Prints the gzipped JavaScript each route downloads (entry + the route's chunk + their static imports).
// Usage: node scripts/routeSize.mjs  (after `vite build`)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const assets = join(import.meta.dirname, '..', 'dist', 'assets');
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
const html = readFileSync(join(import.meta.dirname, '..', 'dist', 'index.html'), 'utf8');
const entry = /assets\/(index-[^"]+\.js)/.exec(html)?.[1];

function closure(start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    // Static imports only: dynamic import() of other routes is not downloaded up front.
    for (const match of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(match[1]);
  };
  start.forEach(visit);
  return seen;
}

for (const route of ['LandingPage', 'PhonePage', 'ConsolePage', 'BeamerPage']) {
  const chunk = files.find((f) => f.startsWith(`${route}-`));
  const all = closure([entry, chunk]);
  const gz = [...all].reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
  console.log(`${route.padEnd(12)} ${(gz / 1024).toFixed(1).padStart(6)} kB gzip  (${[...all].join(', ')})`);
}
