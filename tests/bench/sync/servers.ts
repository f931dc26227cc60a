import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinnedCommand } from './proc.ts';
import { sleep } from './stats.ts';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export type PeerKind = 'hocuspocus' | 'y-websocket-server';

export type RunningServer = {
  name: 'visiebord' | PeerKind;
  pid: number;
  port: number;
  url: string;
  wsUrl: string;
  output: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The bench is one school on one IP address (127.0.0.1): the per-address limits that guard a real
 * server would throttle the generator, so they are opened up. The per-phone intent limit stays.
 */
export const BENCH_LIMITS = {
  LIMIT_IP_BURST: '1000000',
  LIMIT_IP_PER_SECOND: '1000000',
  LIMIT_IP_TOKEN_BURST: '1000000',
  LIMIT_IP_TOKEN_PER_SECOND: '1000000',
} as const;

function track(child: ChildProcess) {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!done) {
      child.kill('SIGKILL');
      await Promise.race([exited, sleep(2_000)]);
    }
  };
  return { output: () => output, stop };
}

async function waitFor(check: () => Promise<boolean>, child: ChildProcess, what: string, output: () => string): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until || child.exitCode !== null) throw new Error(`${what} did not start:\n${output()}`);
    await sleep(100);
  }
}

let compiled: Promise<void> | null = null;

/** Compiles the server once per bench run, as `pnpm start` does (server/build.mjs → server/dist/server.js). */
function compileServer(): Promise<void> {
  compiled ??= new Promise((resolve, reject) => {
    const build = spawn(process.execPath, ['server/build.mjs'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    build.on('error', reject);
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`server/build.mjs exited with ${code}`))));
  });
  return compiled;
}

/**
 * Our server as `pnpm start` runs it (compiled, plain Node, no tsx), its own process with a fresh
 * data folder: on the server's core, or (`pinned: false`, several instances) wherever the OS schedules it.
 */
export async function startVisiebord(extraArgs: string[] = [], env: Record<string, string> = {}, { pinned = true } = {}): Promise<RunningServer> {
  await compileServer();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'visiebord-bench-'));
  const node = [process.execPath, ...extraArgs, '--enable-source-maps', 'server/dist/server.js'];
  const { command, args } = pinned ? pinnedCommand(node) : { command: process.execPath, args: node.slice(1) };
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, VISIEBORD_STARTER: '0', LOG_LEVEL: 'warn', ...BENCH_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tracked = track(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/healthz`)).ok, child, 'Visiebord', tracked.output);
  return {
    name: 'visiebord',
    pid: child.pid ?? 0,
    port,
    url,
    wsUrl: url.replace('http', 'ws'),
    output: tracked.output,
    stop: async () => {
      await tracked.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A peer server (Hocuspocus or the y-websocket reference server) in its own process, on the server's core. */
export async function startPeer(kind: PeerKind): Promise<RunningServer> {
  const port = await freePort();
  const script = fileURLToPath(new URL('./peerServer.ts', import.meta.url));
  const { command, args } = pinnedCommand([process.execPath, '--import', 'tsx', script, kind, String(port)]);
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tracked = track(child);
  await waitFor(async () => tracked.output().includes('peer ready'), child, kind, tracked.output);
  const url = `http://127.0.0.1:${port}`;
  return { name: kind, pid: child.pid ?? 0, port, url, wsUrl: url.replace('http', 'ws'), output: tracked.output, stop: tracked.stop };
}
