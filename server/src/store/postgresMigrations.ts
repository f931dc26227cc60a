import type { Pool } from 'pg';

/**
 * The Postgres schema, one numbered step at a time. A step, once released, never changes: a new
 * need is a new step. Each instance runs the missing steps at start, one instance at a time.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
CREATE TABLE workshops (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  beamer_key_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_activity_at BIGINT NOT NULL,
  delete_after BIGINT NOT NULL,
  -- The last sequence number handed out; its row lock keeps one workshop's updates in order.
  last_seq BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX workshops_delete_after ON workshops(delete_after);
CREATE TABLE doc_snapshots (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  data BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL
);
CREATE TABLE doc_updates (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (workshop_id, seq)
);
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
CREATE INDEX participants_workshop ON participants(workshop_id);
CREATE TABLE intents (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  intent_id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (workshop_id, intent_id)
);`,
  },
];

/** An arbitrary, fixed key: instances starting together wait for each other here. */
const MIGRATION_LOCK = 7_240_561;

/** Runs the steps the database has not had yet, in order, each in its own transaction; returns how many ran. */
export async function migrate(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    let ran = 0;
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(step.sql);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [step.version, Date.now()]);
        await client.query('COMMIT');
        ran++;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return ran;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
