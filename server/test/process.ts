import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
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
 * Refuses a fixed port that something else listens on: the health check would be answered by that
 * process, and the test would talk to it instead of the server it started (and wait in vain).
 */
async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is in use by another process; stop it before running this test`) : error),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** The compiled server that `pnpm start` runs (`server/build.mjs`). */
export const COMPILED_SERVER = 'server/dist/server.js';

/**
 * The real server as its own process, so it can be killed for real: from source through tsx, or
 * with `compiled` the bundle `pnpm start` runs (build it first, e.g. with `buildServer()`).
 */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}, port?: number, options: { compiled?: boolean; startTimeoutMs?: number } = {}) {
  if (port !== undefined) await ensurePortFree(port);
  const chosen = port ?? (await freePort());
  const args = options.compiled ? ['--enable-source-maps', COMPILED_SERVER] : ['--import', 'tsx', 'server/src/server.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(chosen), HOST: '127.0.0.1', DATA_DIR: dataDir, VISIEBORD_STARTER: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${chosen}`;
  const until = Date.now() + (options.startTimeoutMs ?? 20_000);
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url, port: chosen, exited, output: () => output };
}

/** Builds the compiled server, as `pnpm start` does. */
export function buildServer(): void {
  execFileSync(process.execPath, ['server/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
}

export type ServerProcess = Awaited<ReturnType<typeof spawnServer>>;

/**
 * Server processes a test kills with SIGKILL and starts again on the same port, as a crash and a
 * restart would: one (sigkill.test.ts) or several on one Postgres and Redis (cluster.test.ts).
 */
export class ServerFleet {
  private readonly servers: ServerProcess[] = [];
  private readonly up: boolean[] = [];

  constructor(
    private readonly dataDir: string,
    private readonly env: Record<string, string>,
    private readonly options: { compiled?: boolean; startTimeoutMs?: number; ports?: number[] } = {},
  ) {}

  /** Starts `count` servers, one after another (each runs migrations at start). */
  async start(count: number): Promise<this> {
    try {
      for (let i = 0; i < count; i++) await this.restart(i);
    } catch (error) {
      // The caller gets no fleet to clean up: the servers already started must not outlive the test.
      this.killAll();
      throw error;
    }
    return this;
  }

  url(i: number): string {
    return this.servers[i]!.url;
  }

  alive(i: number): boolean {
    return this.up[i] ?? false;
  }

  get size(): number {
    return this.servers.length;
  }

  /** kill -9: no shutdown, no flush; resolves once the process is gone. */
  async kill(i: number): Promise<void> {
    this.up[i] = false;
    this.servers[i]!.child.kill('SIGKILL');
    await this.servers[i]!.exited;
  }

  /** Starts server `i` (again), on the port it had. */
  async restart(i: number): Promise<void> {
    const port = this.servers[i]?.port ?? this.options.ports?.[i];
    this.servers[i] = await spawnServer(this.dataDir, this.env, port, this.options);
    this.up[i] = true;
  }

  /** For afterEach/afterAll: whatever still runs is killed. */
  killAll(): void {
    for (const s of this.servers) s.child.kill('SIGKILL');
  }

  /** A clean stop (SIGTERM) of every server; resolves with their exit codes. */
  async shutdown(): Promise<Array<number | null>> {
    for (const s of this.servers) s.child.kill('SIGTERM');
    return Promise.all(this.servers.map((s) => s.exited));
  }
}
