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
  /** Postgres instead of SQLite (`DATABASE_URL`), for several instances; see docs/deploy.md. */
  databaseUrl: string | null;
  /** The Postgres schema to use (`DATABASE_SCHEMA`, default `public`). */
  databaseSchema: string;
  /** Redis (`REDIS_URL`): instances serving the same workshops share updates and presence through it. */
  redisUrl: string | null;
  /** Public base URL for the links we hand out; derived from the request when unset. */
  publicUrl: string | null;
  logLevel: string;
  /**
   * Browser origins besides our own host and PUBLIC_URL that may open websockets, from
   * `ALLOWED_ORIGINS` (comma-separated, e.g. `https://visiebord.school.nl`).
   */
  allowedOrigins: string[];
  /** Abuse limits; generous, because a whole school shares one IP address. */
  limits: Limits;
};

/**
 * Token buckets: `burst` requests at once, refilled at `perSecond`.
 * Each can be tuned with an environment variable, e.g. `LIMIT_IP_BURST=2000`.
 */
export type Limits = {
  /** HTTP requests without a bearer token (pages, join, creating a workshop), per IP address. */
  ipBurst: number;
  ipPerSecond: number;
  /** HTTP requests with a bearer token, per token. */
  tokenBurst: number;
  tokenPerSecond: number;
  /** HTTP requests with a bearer token, per IP: a backstop against made-up tokens. */
  ipTokenBurst: number;
  ipTokenPerSecond: number;
  /** Wrong join codes per IP address (a whole school mistypes now and then; a script guesses). */
  joinFailureBurst: number;
  joinFailuresPerSecond: number;
  /** Messages on one facilitator or beamer socket. */
  socketBurst: number;
  socketPerSecond: number;
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
    databaseUrl: env.DATABASE_URL || null,
    databaseSchema: env.DATABASE_SCHEMA || 'public',
    redisUrl: env.REDIS_URL || null,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    logLevel: env.LOG_LEVEL || 'info',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter((o) => o !== ''),
    limits: {
      ipBurst: number(env.LIMIT_IP_BURST, 1200),
      ipPerSecond: number(env.LIMIT_IP_PER_SECOND, 40),
      tokenBurst: number(env.LIMIT_TOKEN_BURST, 120),
      tokenPerSecond: number(env.LIMIT_TOKEN_PER_SECOND, 20),
      ipTokenBurst: number(env.LIMIT_IP_TOKEN_BURST, 3000),
      ipTokenPerSecond: number(env.LIMIT_IP_TOKEN_PER_SECOND, 150),
      joinFailureBurst: number(env.LIMIT_JOIN_FAILURE_BURST, 20),
      joinFailuresPerSecond: number(env.LIMIT_JOIN_FAILURES_PER_SECOND, 0.5),
      socketBurst: number(env.LIMIT_SOCKET_BURST, 600),
      socketPerSecond: number(env.LIMIT_SOCKET_PER_SECOND, 200),
    },
  };
}
