// Prints the gzipped JavaScript each route downloads (the app's entry, the route's page and their
// static imports, as the build wrote them to .vite/routes.json — build/routeFiles.ts), and fails
// the build when the phone's route grows past its budget: a teacher on Slow 4G waits for every
// kilobyte. Run by `pnpm build`, after `vite build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
/** @type {Record<string, { js: string[]; css: string[] }>} */
const routes = JSON.parse(readFileSync(join(dist, '.vite', 'routes.json'), 'utf8'));

/** The performance target for the participant route: JavaScript, gzipped. */
const PHONE_BUDGET_KB = 150;

console.log('JavaScript per route, gzipped:');
for (const [route, files] of Object.entries(routes)) {
  const kb = files.js.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024;
  console.log(`  ${route.padEnd(12)} ${kb.toFixed(1).padStart(6)} kB  (${files.js.map((file) => file.replace(/^assets\//, '')).join(', ')})`);
  if (route === 'PhonePage' && kb > PHONE_BUDGET_KB) {
    console.error(`The phone's route needs ${kb.toFixed(1)} kB of JavaScript, over its budget of ${PHONE_BUDGET_KB} kB.`);
    process.exitCode = 1;
  }
}
