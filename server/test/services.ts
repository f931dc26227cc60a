import { connect } from 'node:net';
import pg from 'pg';

/**
 * Postgres and Redis for the tests that need them. Tests start neither: they use what runs at
 * `TEST_DATABASE_URL` / `TEST_REDIS_URL` (default: the local ones). Unreachable, such a test is
 * left out with a message — but under CI (`CI` set) it fails, so a broken service is never silently untested.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Whether the services are there; says clearly what is missing, and throws under CI. */
export async function needServices(what: string, services: { postgres?: boolean; redis?: boolean }): Promise<boolean> {
  const missing: string[] = [];
  if (services.postgres && !(await reachable(TEST_DATABASE_URL))) missing.push(`Postgres at ${TEST_DATABASE_URL}`);
  if (services.redis && !(await reachable(TEST_REDIS_URL))) missing.push(`Redis at ${TEST_REDIS_URL}`);
  if (missing.length === 0) return true;
  const message = `${what}: ${missing.join(' and ')} not reachable`;
  if (process.env.CI) throw new Error(`${message}. CI must run these tests: start the service(s) or set TEST_DATABASE_URL / TEST_REDIS_URL.`);
  console.warn(`\n  SKIPPED — ${message}. Start them (or set TEST_DATABASE_URL / TEST_REDIS_URL) to run these tests.\n`);
  return false;
}

/** A schema of its own for one test run, dropped afterwards, so runs never meet in the shared `test` database. */
export function testSchema(label: string): { name: string; drop: () => Promise<void> } {
  const name = `vb_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    name,
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
