import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { keepRetentionWindows } from '../privacy/retentionWindow.ts';
import { runStoreConformance } from './conformance.ts';
import { openSqliteStore } from './sqliteStore.ts';
import { refuseOnStorageErrors } from './storageErrors.ts';
import type { Store } from './types.ts';

const openIn = (wrap: (store: Store) => Store) => async () => {
  const dir = mkdtempSync(join(tmpdir(), 'visiebord-store-'));
  return { store: wrap(openSqliteStore(dir)), reopen: async () => wrap(openSqliteStore(dir)) };
};

runStoreConformance('SQLite', openIn((store) => store));
// What the app really hands its routes: the store inside the storage-failure and retention wrappers.
runStoreConformance('SQLite, storage failures refused', openIn((store) => refuseOnStorageErrors(store)));
runStoreConformance('SQLite, retention windows kept', openIn((store) => keepRetentionWindows(store).store));
runStoreConformance('SQLite, both wrappers as the app stacks them', openIn((store) => keepRetentionWindows(refuseOnStorageErrors(store)).store));

it('leaves no byte of a deleted workshop in the data files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'visiebord-store-'));
  const store = openSqliteStore(dir);
  const marker = 'GeheimeNotitieVanDeLinde';
  const text = new TextEncoder().encode(marker.repeat(50));
  await store.createWorkshop(
    { id: 'w1', joinCode: 'ABC234', facilitatorKeyHash: 'f', beamerKeyHash: 'b', createdAt: 1, lastActivityAt: 1, deleteAfter: 2 },
    text,
  );
  for (let i = 0; i < 20; i++) await store.appendUpdate('w1', text);
  await store.compact('w1', text, 5);
  const files = () => readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1'));
  expect(files().some((content) => content.includes(marker))).toBe(true);
  await store.deleteWorkshop('w1');
  expect(files().some((content) => content.includes(marker))).toBe(false);
  await store.close();
  expect(files().some((content) => content.includes(marker))).toBe(false);
});
