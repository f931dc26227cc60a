import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { toWorkshop, type WorkshopRow } from './workshopRow.ts';
import type { ParticipantRecord, StoredChange, StoredDoc, Store, WorkshopRecord } from './types.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  beamer_key_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_activity_at INTEGER NOT NULL,
  delete_after INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS workshops_delete_after ON workshops(delete_after);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (workshop_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_workshop ON participants(workshop_id);
CREATE TABLE IF NOT EXISTS intents (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  intent_id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, intent_id)
) WITHOUT ROWID;
`;


export type SqliteStoreOptions = {
  /** `full` also survives a power cut (an fsync per write); `normal` survives a killed process. */
  synchronous?: 'normal' | 'full';
};

/** The embedded store: one SQLite file in WAL mode under the data folder. */
export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'visiebord.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  // Deleted content is overwritten with zeros, so a deleted workshop leaves no text in the file.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const q = {
    insertWorkshop: db.prepare(
      `INSERT INTO workshops (id, join_code, facilitator_key_hash, beamer_key_hash, created_at, last_activity_at, delete_after)
       VALUES (@id, @joinCode, @facilitatorKeyHash, @beamerKeyHash, @createdAt, @lastActivityAt, @deleteAfter)`,
    ),
    getWorkshop: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
    byJoinCode: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE join_code = ?'),
    touch: db.prepare('UPDATE workshops SET last_activity_at = ?, delete_after = ? WHERE id = ?'),
    deleteWorkshop: db.prepare('DELETE FROM workshops WHERE id = ?'),
    expired: db.prepare<[number], { id: string }>('SELECT id FROM workshops WHERE delete_after <= ?'),
    countWorkshops: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM workshops'),
    maxSeq: db.prepare<[{ id: string }], { seq: number | null }>(
      `SELECT max(seq) AS seq FROM (SELECT max(seq) AS seq FROM doc_updates WHERE workshop_id = @id
        UNION ALL SELECT upto_seq FROM doc_snapshots WHERE workshop_id = @id)`,
    ),
    insertUpdate: db.prepare('INSERT INTO doc_updates (workshop_id, seq, data) VALUES (?, ?, ?)'),
    snapshot: db.prepare<[string], { data: Buffer; upto_seq: number }>('SELECT data, upto_seq FROM doc_snapshots WHERE workshop_id = ?'),
    updates: db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE workshop_id = ? AND seq > ? ORDER BY seq',
    ),
    upsertSnapshot: db.prepare(
      `INSERT INTO doc_snapshots (workshop_id, data, upto_seq) VALUES (?, ?, ?)
       ON CONFLICT(workshop_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq`,
    ),
    dropUpdates: db.prepare('DELETE FROM doc_updates WHERE workshop_id = ? AND seq <= ?'),
    insertParticipant: db.prepare(
      'INSERT INTO participants (id, workshop_id, token_hash, created_at) VALUES (@id, @workshopId, @tokenHash, @createdAt)',
    ),
    participantByToken: db.prepare<[string, string], { id: string; workshop_id: string; token_hash: string; created_at: number }>(
      'SELECT * FROM participants WHERE workshop_id = ? AND token_hash = ?',
    ),
    countParticipants: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM participants WHERE workshop_id = ?'),
    getIntent: db.prepare<[string, string], { participant_id: string; result: string }>(
      'SELECT participant_id, result FROM intents WHERE workshop_id = ? AND intent_id = ?',
    ),
    intentIds: db.prepare<[string], { intent_id: string }>('SELECT intent_id FROM intents WHERE workshop_id = ?'),
    insertIntent: db.prepare(
      'INSERT INTO intents (workshop_id, intent_id, participant_id, result, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
  };

  // Sequence numbers are handed out from memory: one process owns a data folder.
  const nextSeq = new Map<string, number>();
  const allocateSeq = (workshopId: string): number => {
    let seq = nextSeq.get(workshopId);
    if (seq === undefined) seq = (q.maxSeq.get({ id: workshopId })?.seq ?? 0) + 1;
    nextSeq.set(workshopId, seq + 1);
    return seq;
  };

  /** Returns the sequence number of the last update written (0 when there were none). */
  const writeChanges = db.transaction((workshopId: string, changes: StoredChange[]): number => {
    let seq = 0;
    for (const change of changes) {
      for (const update of change.updates) {
        seq = allocateSeq(workshopId);
        q.insertUpdate.run(workshopId, seq, update);
      }
      if (change.participant) q.insertParticipant.run(change.participant);
      const intent = change.intent;
      if (intent) q.insertIntent.run(workshopId, intent.intentId, intent.participantId, intent.result, intent.now);
    }
    return seq;
  });
  const commitChanges = (workshopId: string, changes: StoredChange[]): number => {
    try {
      // One statement is atomic on its own; without BEGIN and COMMIT around it a facilitator's
      // update reaches the beamers about 50 µs sooner (`pnpm bench:sync`, fan-out).
      const [change] = changes;
      const [only] = change?.updates ?? [];
      if (only && changes.length === 1 && change?.updates.length === 1 && !change.participant && !change.intent) {
        const seq = allocateSeq(workshopId);
        q.insertUpdate.run(workshopId, seq, only);
        return seq;
      }
      return writeChanges(workshopId, changes);
    } catch (error) {
      // Numbers handed out inside the rolled-back transaction are free again.
      nextSeq.delete(workshopId);
      throw error;
    }
  };
  const insertWorkshop = db.transaction((workshop: WorkshopRecord, initialUpdate: Uint8Array, participants: ParticipantRecord[]) => {
    q.insertWorkshop.run(workshop);
    q.insertUpdate.run(workshop.id, allocateSeq(workshop.id), initialUpdate);
    for (const p of participants) q.insertParticipant.run(p);
  });

  // better-sqlite3 is synchronous: each call has finished (and is durable) before its promise is made.
  const store: Store = {
    async createWorkshop(workshop, initialUpdate, participants = []) {
      try {
        insertWorkshop(workshop, initialUpdate, participants);
      } catch (error) {
        nextSeq.delete(workshop.id);
        throw error;
      }
    },
    getWorkshop: async (id) => toWorkshop(q.getWorkshop.get(id)),
    findWorkshopByJoinCode: async (joinCode) => toWorkshop(q.byJoinCode.get(joinCode)),
    async touchWorkshop(id, now, deleteAfter) {
      q.touch.run(now, deleteAfter, id);
    },
    async deleteWorkshop(id) {
      const { changes } = q.deleteWorkshop.run(id);
      nextSeq.delete(id);
      // Copy the WAL back into the main file and empty it, so no old page of this workshop remains.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return changes > 0;
    },
    listExpiredWorkshops: async (now) => q.expired.all(now).map((r) => r.id),
    countWorkshops: async () => q.countWorkshops.get()?.n ?? 0,
    commitChange: async (workshopId, change) => commitChanges(workshopId, [change]),
    commitChanges: async (workshopId, changes) => commitChanges(workshopId, changes),
    appendUpdate: async (workshopId, update) => commitChanges(workshopId, [{ updates: [update] }]),
    async loadDoc(workshopId): Promise<StoredDoc> {
      const snap = q.snapshot.get(workshopId);
      const from = snap?.upto_seq ?? 0;
      const rows = q.updates.all(workshopId, from);
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.at(-1)?.seq ?? from,
      };
    },
    async compact(workshopId, snapshot, uptoSeq) {
      db.transaction(() => {
        q.upsertSnapshot.run(workshopId, snapshot, uptoSeq);
        q.dropUpdates.run(workshopId, uptoSeq);
      })();
    },
    async addParticipant(p: ParticipantRecord) {
      q.insertParticipant.run(p);
    },
    async findParticipantByToken(workshopId, tokenHash) {
      const row = q.participantByToken.get(workshopId, tokenHash);
      return row && { id: row.id, workshopId: row.workshop_id, tokenHash: row.token_hash, createdAt: row.created_at };
    },
    countParticipants: async (workshopId) => q.countParticipants.get(workshopId)?.n ?? 0,
    async getIntentResult(workshopId, intentId) {
      const row = q.getIntent.get(workshopId, intentId);
      return row && { participantId: row.participant_id, result: row.result };
    },
    listIntentIds: async (workshopId) => q.intentIds.all(workshopId).map((r) => r.intent_id),
    async close() {
      if (db.open) db.close();
    },
  };
  return store;
}
