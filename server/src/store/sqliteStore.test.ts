import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runStoreConformance } from './conformance.ts';
import { openSqliteStore } from './sqliteStore.ts';

runStoreConformance('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'visiebord-store-'));
  return { store: openSqliteStore(dir), reopen: () => openSqliteStore(dir) };
});

it('leaves no byte of a deleted workshop in the data files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'visiebord-store-'));
  const store = openSqliteStore(dir);
  const marker = 'GeheimeNotitieVanDeLinde';
  const text = new TextEncoder().encode(marker.repeat(50));
  store.createWorkshop(
    { id: 'w1', joinCode: 'ABC234', facilitatorKeyHash: 'f', beamerKeyHash: 'b', createdAt: 1, lastActivityAt: 1, deleteAfter: 2 },
    text,
  );
  for (let i = 0; i < 20; i++) store.appendUpdate('w1', text);
  store.compact('w1', text, 5);
  const files = () => readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1'));
  expect(files().some((content) => content.includes(marker))).toBe(true);
  store.deleteWorkshop('w1');
  expect(files().some((content) => content.includes(marker))).toBe(false);
  store.close();
  expect(files().some((content) => content.includes(marker))).toBe(false);
});
