import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Clock ticks per second for /proc/<pid>/stat (100 on every Linux we run on, asked anyway). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; fields count from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** A field of /proc/<pid>/status in bytes, e.g. VmRSS or VmHWM (peak RSS). */
export function memoryBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Bytes the process handed to write(2)/send(2) — sockets and files alike — from /proc/<pid>/io. */
export function writtenBytes(pid: number): number {
  try {
    const match = /^wchar:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU share of one core between two readings. */
export function cpuMeter(pid: number): { stop: () => { cpuShare: number; cpuSeconds: number } } {
  const c0 = cpuSeconds(pid);
  const t0 = performance.now();
  return {
    stop: () => {
      const used = cpuSeconds(pid) - c0;
      return { cpuSeconds: used, cpuShare: used / Math.max(0.001, (performance.now() - t0) / 1000) };
    },
  };
}

const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((path) => existsSync(path)) ?? null;

/** Server and generator on different cores, so neither steals the other's time (when there are two). */
export const CORES = (() => {
  let count = 1;
  try {
    count = Number(execFileSync('nproc').toString().trim()) || 1;
  } catch {
    // stay at one
  }
  return TASKSET && count >= 2 ? { server: '0', generator: '1', count } : null;
})();

/** The command line that runs `args` pinned to the server's core, when pinning is possible. */
export function pinnedCommand(args: string[]): { command: string; args: string[] } {
  if (!CORES || !TASKSET) return { command: args[0] ?? 'node', args: args.slice(1) };
  return { command: TASKSET, args: ['-c', CORES.server, ...args] };
}

/** Pins this process (the generator) to its own core; false where that cannot be done. */
export function pinGenerator(): boolean {
  return CORES !== null && setGeneratorCores(CORES.generator);
}

/** Lets the generator run on any core again (beside unpinned instances); false where that cannot be done. */
export function unpinGenerator(): boolean {
  return CORES !== null && setGeneratorCores(`0-${CORES.count - 1}`);
}

function setGeneratorCores(cores: string): boolean {
  if (!TASKSET) return false;
  try {
    execFileSync(TASKSET, ['-a', '-cp', cores, String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Sets the scheduling priority (nice value) of every thread of this process; false where that is not allowed. */
export function setOwnPriority(nice: number): boolean {
  try {
    for (const tid of readdirSync('/proc/self/task')) setPriority(Number(tid), nice);
    return true;
  } catch {
    return false;
  }
}

/**
 * Beside unpinned instances the timing process cannot have a core of its own, so it gets a higher
 * priority instead: on a machine busy with other work, its clock readings then say when the
 * servers delivered, not when the OS got round to running the generator. It uses a small share of
 * a core (`pnpm bench:sync` prints it), so it takes little from the servers. Processes it starts
 * go back to the ordinary priority themselves (`setOwnPriority(0)`).
 */
export const TIMING_PRIORITY = -10;
