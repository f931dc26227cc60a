import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type Hotspot = { name: string; ms: number; share: number };

/**
 * Where a `node --cpu-prof` profile spent its time, by function (self time), busiest first.
 * Idle time is left out of the shares: they tell what the server did when it worked.
 */
export function hotspots(profile: CpuProfile, top: number): { busyMs: number; spots: Hotspot[] } {
  const sampledMs = new Map<number, number>();
  profile.samples.forEach((id, i) => sampledMs.set(id, (sampledMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = sampledMs.get(node.id) ?? 0;
    if (ms === 0 || node.callFrame.functionName === '(idle)') continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? ` ${url.replace(/^.*node_modules\/(\.pnpm\/)?/, '').replace(/^file:\/\/.*?\/(server|shared)\//, '$1/')}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'}${where}`;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  const busyMs = [...byName.values()].reduce((a, b) => a + b, 0);
  const spots = [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms, share: ms / Math.max(1, busyMs) }));
  return { busyMs, spots };
}

/** Every profile the servers wrote into `dir`, summarised. */
export function readProfiles(dir: string, top = 12): Array<{ file: string; busyMs: number; spots: Hotspot[] }> {
  return readdirSync(dir)
    // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the server; others are module loaders.
    .filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f))
    .sort()
    .map((file) => ({ file, ...hotspots(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, top) }));
}
