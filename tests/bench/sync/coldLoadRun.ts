/**
 * `pnpm bench:coldload` — only the phone's cold load on Slow 4G (the last part of `pnpm bench:sync`),
 * with each request's timing, to see which round trips stand between a phone and its prompt.
 * Run `pnpm build` first. Option: `--runs=3` (the figures are the median of the runs).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatWaterfall, runColdLoad, type ColdLoad } from './coldLoad.ts';
import { repoRoot, startVisiebord } from './servers.ts';
import { median } from './stats.ts';

const runs = Math.min(9, Math.max(1, Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 3)));
const ms = (n: number) => n.toFixed(0);

async function main() {
  if (!existsSync(join(repoRoot, 'client', 'dist', 'index.html'))) throw new Error('no client build in client/dist: run `pnpm build` first');
  const server = await startVisiebord();
  const results: ColdLoad[] = [];
  try {
    for (let i = 0; i < runs; i++) results.push(await runColdLoad(server.url));
  } finally {
    await server.stop();
  }
  const last = results[results.length - 1];
  if (!last) return;
  console.log('stored session — start, response, end (ms), path:');
  for (const line of formatWaterfall(last.waterfalls.stored)) console.log(`  ${line}`);
  console.log('first visit:');
  for (const line of formatWaterfall(last.waterfalls.firstVisit)) console.log(`  ${line}`);
  console.log(`\nCold load of /j/<CODE> in Chromium, Slow 4G, median of ${runs}:`);
  console.log(`  joined before (stored session) → prompt: ${ms(median(results.map((r) => r.storedMs)))} ms (runs: ${results.map((r) => ms(r.storedMs)).join(', ')})`);
  console.log(`  first visit → name form: ${ms(median(results.map((r) => r.formMs)))} ms (runs: ${results.map((r) => ms(r.formMs)).join(', ')})`);
  console.log(`  first visit → joined and prompt shown: ${ms(median(results.map((r) => r.formToPromptMs)))} ms (runs: ${results.map((r) => ms(r.formToPromptMs)).join(', ')})`);
  console.log(`  transferred (stored session): ${(last.transferredBytes / 1024).toFixed(1)} KB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
