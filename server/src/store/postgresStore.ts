import pg from 'pg';
import { migrate } from './postgresMigrations.ts';
import { toWorkshop, type WorkshopRow } from './workshopRow.ts';
import type { ParticipantRecord, StoredChange, StoredDoc, Store } from './types.ts';

export type PostgresStoreOptions = {
  /** A schema of its own (made when missing); `public` when unset. Tests use one per run. */
  schema?: string;
  /** Connections per instance. */
  poolSize?: number;
};


/**
 * Changes in one statement, so one round trip and one commit however many there are: the
 * workshop's row hands out the sequence numbers and stays locked until the statement commits, so
 * a workshop's updates are numbered without gaps and committed in number order, whichever
 * instance writes them. The changes' updates, participants and intents arrive as parallel arrays.
 */
const COMMIT_CHANGES = `
WITH seq AS (
  UPDATE workshops SET last_seq = last_seq + cardinality($2::bytea[]) WHERE id = $1 RETURNING last_seq
), updates AS (
  INSERT INTO doc_updates (workshop_id, seq, data)
  SELECT $1, seq.last_seq - cardinality($2::bytea[]) + t.n, t.data FROM seq, unnest($2::bytea[]) WITH ORDINALITY AS t(data, n)
), participant AS (
  INSERT INTO participants (id, workshop_id, token_hash, created_at)
  SELECT t.id, $1, t.token_hash, t.created_at FROM unnest($3::text[], $4::text[], $5::bigint[]) AS t(id, token_hash, created_at)
), intent AS (
  INSERT INTO intents (workshop_id, intent_id, participant_id, result, created_at)
  SELECT $1, t.intent_id, t.participant_id, t.result, t.created_at
  FROM unnest($6::text[], $7::text[], $8::text[], $9::bigint[]) AS t(intent_id, participant_id, result, created_at)
)
SELECT last_seq FROM seq`;

/** Snapshot and updates read in one statement, so a compaction in between cannot split them. */
const LOAD_DOC = `
SELECT 0 AS kind, upto_seq AS seq, data FROM doc_snapshots WHERE workshop_id = $1
UNION ALL
SELECT 1 AS kind, seq, data FROM doc_updates WHERE workshop_id = $1
ORDER BY kind, seq`;

/** A newer snapshot (from another instance) is never replaced by an older one. */
const COMPACT = `
WITH snapshot AS (
  INSERT INTO doc_snapshots (workshop_id, data, upto_seq) VALUES ($1, $2, $3)
  ON CONFLICT (workshop_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq
  WHERE doc_snapshots.upto_seq < excluded.upto_seq
)
DELETE FROM doc_updates WHERE workshop_id = $1 AND seq <= $3`;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The store for several instances: Postgres at `DATABASE_URL`, its schema brought up to date at start. */
export async function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (schema !== 'public') {
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, options: `-c search_path=${quoteIdent(schema)}` });
  // An idle connection that breaks is replaced by the pool; without a listener its error would stop the process.
  pool.on('error', () => undefined);
  await migrate(pool);

  const one = async <R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R | undefined> => (await pool.query<R>(sql, params)).rows[0];
  /**
   * A statement run for nearly every note, prepared once per connection under `name`: Postgres
   * then parses and plans it once instead of at each of hundreds of commits a second.
   */
  const prepared = async <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R | undefined> =>
    (await pool.query<R>({ name, text, values })).rows[0];

  const commitChanges = async (workshopId: string, changes: StoredChange[]): Promise<number> => {
    const updates = changes.flatMap((c) => c.updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength)));
    const participants = changes.flatMap((c) => (c.participant ? [c.participant] : []));
    const intents = changes.flatMap((c) => (c.intent ? [c.intent] : []));
    const params = [
      workshopId,
      updates,
      participants.map((p) => p.id),
      participants.map((p) => p.tokenHash),
      participants.map((p) => p.createdAt),
      intents.map((i) => i.intentId),
      intents.map((i) => i.participantId),
      intents.map((i) => i.result),
      intents.map((i) => i.now),
    ];
    const row = await prepared<{ last_seq: string }>('visiebord_commit_changes', COMMIT_CHANGES, params);
    if (!row) throw Object.assign(new Error(`workshop ${workshopId} does not exist`), { code: 'WORKSHOP_GONE' });
    return updates.length === 0 ? 0 : Number(row.last_seq);
  };

  return {
    async createWorkshop(workshop, initialUpdate, participants: ParticipantRecord[] = []) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO workshops (id, join_code, facilitator_key_hash, beamer_key_hash, created_at, last_activity_at, delete_after, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 1)`,
          [workshop.id, workshop.joinCode, workshop.facilitatorKeyHash, workshop.beamerKeyHash, workshop.createdAt, workshop.lastActivityAt, workshop.deleteAfter],
        );
        await client.query('INSERT INTO doc_updates (workshop_id, seq, data) VALUES ($1, 1, $2)', [workshop.id, Buffer.from(initialUpdate)]);
        for (const p of participants) {
          await client.query('INSERT INTO participants (id, workshop_id, token_hash, created_at) VALUES ($1, $2, $3, $4)', [p.id, p.workshopId, p.tokenHash, p.createdAt]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    getWorkshop: async (id) => toWorkshop(await prepared<WorkshopRow>('visiebord_get_workshop', 'SELECT * FROM workshops WHERE id = $1', [id])),
    findWorkshopByJoinCode: async (code) => toWorkshop(await one<WorkshopRow>('SELECT * FROM workshops WHERE join_code = $1', [code])),
    async touchWorkshop(id, now, deleteAfter) {
      await pool.query('UPDATE workshops SET last_activity_at = $2, delete_after = $3 WHERE id = $1', [id, now, deleteAfter]);
    },
    async deleteWorkshop(id) {
      // Everything else goes with it (ON DELETE CASCADE); docs/privacy.md says what Postgres keeps for a while.
      const { rowCount } = await pool.query('DELETE FROM workshops WHERE id = $1', [id]);
      return (rowCount ?? 0) > 0;
    },
    listExpiredWorkshops: async (now) => (await pool.query<{ id: string }>('SELECT id FROM workshops WHERE delete_after <= $1', [now])).rows.map((r) => r.id),
    countWorkshops: async () => Number((await one<{ n: string }>('SELECT count(*) AS n FROM workshops', []))?.n ?? 0),
    commitChange: (workshopId, change) => commitChanges(workshopId, [change]),
    commitChanges,
    appendUpdate: (workshopId, update) => commitChanges(workshopId, [{ updates: [update] }]),
    async loadDoc(workshopId): Promise<StoredDoc> {
      const { rows } = await pool.query<{ kind: number; seq: string; data: Buffer }>(LOAD_DOC, [workshopId]);
      const snap = rows.find((r) => r.kind === 0);
      const from = snap ? Number(snap.seq) : 0;
      const updates = rows.filter((r) => r.kind === 1 && Number(r.seq) > from);
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: updates.map((r) => new Uint8Array(r.data)),
        lastSeq: updates.length > 0 ? Number(updates.at(-1)!.seq) : from,
      };
    },
    async compact(workshopId, snapshot, uptoSeq) {
      await pool.query(COMPACT, [workshopId, Buffer.from(snapshot), uptoSeq]);
    },
    async addParticipant(p) {
      await pool.query('INSERT INTO participants (id, workshop_id, token_hash, created_at) VALUES ($1, $2, $3, $4)', [p.id, p.workshopId, p.tokenHash, p.createdAt]);
    },
    async findParticipantByToken(workshopId, tokenHash) {
      const row = await one<{ id: string; workshop_id: string; token_hash: string; created_at: string }>(
        'SELECT * FROM participants WHERE workshop_id = $1 AND token_hash = $2',
        [workshopId, tokenHash],
      );
      return row && { id: row.id, workshopId: row.workshop_id, tokenHash: row.token_hash, createdAt: Number(row.created_at) };
    },
    countParticipants: async (workshopId) => Number((await one<{ n: string }>('SELECT count(*) AS n FROM participants WHERE workshop_id = $1', [workshopId]))?.n ?? 0),
    async getIntentResult(workshopId, intentId) {
      const row = await prepared<{ participant_id: string; result: string }>(
        'visiebord_get_intent',
        'SELECT participant_id, result FROM intents WHERE workshop_id = $1 AND intent_id = $2',
        [workshopId, intentId],
      );
      return row && { participantId: row.participant_id, result: row.result };
    },
    listIntentIds: async (workshopId) =>
      (await pool.query<{ intent_id: string }>('SELECT intent_id FROM intents WHERE workshop_id = $1', [workshopId])).rows.map((r) => r.intent_id),
    async close() {
      await pool.end();
    },
  };
}
