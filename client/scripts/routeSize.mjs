// Prints the gzipped JavaScript each route downloads (entry + the route's chunk + their static imports),
// and fails the build when the phone's route grows past its budget: a teacher on Slow 4G waits for
// every kilobyte. Run by `pnpm build`, after `vite build`.
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

/** The performance target for the participant route: JavaScript, gzipped. */
const PHONE_BUDGET_KB = 150;

console.log('JavaScript per route, gzipped:');
for (const route of ['LandingPage', 'PhonePage', 'ConsolePage', 'BeamerPage']) {
  const chunk = files.find((f) => f.startsWith(`${route}-`));
  const all = closure([entry, chunk]);
  const kb = [...all].reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0) / 1024;
  console.log(`  ${route.padEnd(12)} ${kb.toFixed(1).padStart(6)} kB  (${[...all].join(', ')})`);
  if (route === 'PhonePage' && kb > PHONE_BUDGET_KB) {
    console.error(`The phone's route needs ${kb.toFixed(1)} kB of JavaScript, over its budget of ${PHONE_BUDGET_KB} kB.`);
    process.exitCode = 1;
  }
}
