import { execFileSync } from 'node:child_process';
import { startVisiebord, type RunningServer } from './servers.ts';

/** Where `pnpm bench:sync --instances=N` finds Postgres and Redis (the same defaults as the tests). */
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * `count` Visiebord instances on one Postgres (a schema of their own, dropped when they stop) and
 * one Redis, as docs/deploy.md runs them. Started one after another: the first runs the migrations.
 */
export async function startCluster(count: number, extraArgs: string[] = []): Promise<{ instances: RunningServer[]; stop: () => Promise<void> }> {
  const schema = `vb_bench_${process.pid}_${Date.now().toString(36)}`;
  const env = { DATABASE_URL, DATABASE_SCHEMA: schema, REDIS_URL };
  const instances: RunningServer[] = [];
  const stop = async () => {
    await Promise.all(instances.map((s) => s.stop()));
    execFileSync('psql', [DATABASE_URL, '-q', '-c', `DROP SCHEMA IF EXISTS "${schema}" CASCADE`], { stdio: 'ignore' });
  };
  try {
    // Not pinned: instances, Postgres and Redis share the machine's cores as they would on one host.
    for (let i = 0; i < count; i++) instances.push(await startVisiebord(extraArgs, env, { pinned: false }));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, stop };
}
