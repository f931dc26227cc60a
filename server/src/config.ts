import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  scriptsDir: string;
  /** The built client; served when present. */
  clientDir: string;
  /** Days after the last activity before a workshop is deleted (AVG). */
  retentionDays: number;
  /** Seconds a workshop stays in memory with nobody connected. */
  idleUnloadSeconds: number;
  /** Updates in the log before it is compacted into a snapshot. */
  compactEvery: number;
  synchronous: 'normal' | 'full';
  /** Public base URL for the links we hand out; derived from the request when unset. */
  publicUrl: string | null;
  logLevel: string;
};

function number(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `pnpm start` runs in server/; paths people give are meant from where they typed the command.
  const cwd = env.INIT_CWD || process.cwd();
  return {
    port: number(env.PORT, 8080),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR ? resolve(cwd, env.DATA_DIR) : resolve(repoRoot, 'data'),
    scriptsDir: env.SCRIPTS_DIR ? resolve(cwd, env.SCRIPTS_DIR) : resolve(repoRoot, 'workshop-scripts'),
    clientDir: env.CLIENT_DIR ? resolve(cwd, env.CLIENT_DIR) : resolve(repoRoot, 'client/dist'),
    retentionDays: number(env.RETENTION_DAYS, 90),
    idleUnloadSeconds: number(env.IDLE_UNLOAD_SECONDS, 60),
    compactEvery: number(env.COMPACT_EVERY, 500),
    synchronous: env.SQLITE_SYNCHRONOUS === 'full' ? 'full' : 'normal',
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    logLevel: env.LOG_LEVEL || 'info',
  };
}
