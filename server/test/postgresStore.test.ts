import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { keepRetentionWindows } from '../src/privacy/retentionWindow.ts';
import { runStoreConformance } from '../src/store/conformance.ts';
import { MIGRATIONS } from '../src/store/postgresMigrations.ts';
import { openPostgresStore } from '../src/store/postgresStore.ts';
import { refuseOnStorageErrors } from '../src/store/storageErrors.ts';
import type { Store } from '../src/store/types.ts';
import { needServices, TEST_DATABASE_URL, testSchema } from './services.ts';

const available = await needServices('Postgres store', { postgres: true });
const schema = testSchema('store');
afterAll(async () => {
  if (available) await schema.drop();
});

const openWith = (wrap: (store: Store) => Store) => async () => {
  const open = async () => wrap(await openPostgresStore(TEST_DATABASE_URL, { schema: schema.name, poolSize: 2 }));
  return { store: await open(), reopen: open };
};

describe.runIf(available)('Postgres', () => {
  runStoreConformance('Postgres', openWith((store) => store));
  runStoreConformance('Postgres, storage failures refused', openWith((store) => refuseOnStorageErrors(store)));
  runStoreConformance('Postgres, retention windows kept', openWith((store) => keepRetentionWindows(store).store));

  const query = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path="${schema.name}"` });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };

  it('runs each migration once and records it', async () => {
    const store = await openPostgresStore(TEST_DATABASE_URL, { schema: schema.name, poolSize: 1 });
    await store.close();
    const rows = await query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('leaves no row of a deleted workshop in any table', async () => {
    const store = await openPostgresStore(TEST_DATABASE_URL, { schema: schema.name, poolSize: 2 });
    const id = `gone-${Date.now()}`;
    await store.createWorkshop({ id, joinCode: `G${Date.now()}`, facilitatorKeyHash: 'f', beamerKeyHash: 'b', createdAt: 1, lastActivityAt: 1, deleteAfter: 2 }, new Uint8Array([1]));
    await store.commitChange(id, {
      updates: [new Uint8Array([2]), new Uint8Array([3])],
      participant: { id: `p-${id}`, workshopId: id, tokenHash: `h-${id}`, createdAt: 1 },
      intent: { intentId: 'i', participantId: `p-${id}`, result: '{}', now: 1 },
    });
    await store.compact(id, new Uint8Array([9]), 2);
    const count = async () => {
      const rows = await query(
        `SELECT (SELECT count(*) FROM workshops WHERE id = $1) + (SELECT count(*) FROM doc_snapshots WHERE workshop_id = $1)
              + (SELECT count(*) FROM doc_updates WHERE workshop_id = $1) + (SELECT count(*) FROM participants WHERE workshop_id = $1)
              + (SELECT count(*) FROM intents WHERE workshop_id = $1) AS n`,
        [id],
      );
      return Number(rows[0].n);
    };
    expect(await count()).toBe(5);
    expect(await store.deleteWorkshop(id)).toBe(true);
    expect(await count()).toBe(0);
    await store.close();
  });

  it('numbers updates without gaps when many writers append at once', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(TEST_DATABASE_URL, { schema: schema.name, poolSize: 4 })));
    const id = `many-${Date.now()}`;
    await stores[0]!.createWorkshop({ id, joinCode: `M${Date.now()}`, facilitatorKeyHash: 'f', beamerKeyHash: 'b', createdAt: 1, lastActivityAt: 1, deleteAfter: 2 }, new Uint8Array([0]));
    const seqs = await Promise.all(Array.from({ length: 60 }, (_, i) => stores[i % 3]!.appendUpdate(id, new Uint8Array([i]))));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 2));
    expect((await stores[1]!.loadDoc(id)).lastSeq).toBe(61);
    for (const store of stores) await store.close();
  });
});
