import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../api/errors.ts';
import { readMeta, roots } from '../doc/index.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { createExportDoc, T0 } from './fixture.test-data.ts';
import { buildExportModel } from './model.ts';
import { createWorkshopFile, readWorkshopFile, WORKSHOP_FILE_FORMAT } from './workshopFile.ts';

const facts = { participants: 3, exportedAt: T0, createdAt: T0 };

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('the JSON workshop file', () => {
  it('is versioned, readable, and complete (moderated notes included)', () => {
    const file = JSON.parse(JSON.stringify(createWorkshopFile(createExportDoc(), facts)));
    expect(file).toMatchObject({ format: WORKSHOP_FILE_FORMAT, version: 1, exportedAt: new Date(T0).toISOString() });
    expect(file.workshop.notes.map((n: { id: string }) => n.id)).toContain('n4');
    expect(typeof file.doc).toBe('string');
  });

  it('reads back into a document that exports the same', () => {
    const original = createExportDoc();
    const file = JSON.parse(JSON.stringify(createWorkshopFile(original, facts)));
    const imported = readWorkshopFile(file);
    expect(imported.participants).toBe(3);
    expect(buildExportModel(imported.doc, facts)).toEqual(buildExportModel(original, facts));
    expect(buildExportModel(imported.doc, { ...facts, includeModerated: true })).toEqual(file.workshop);
  });

  it('refuses what is not a workshop file with a Dutch message, never a crash', () => {
    const good = createWorkshopFile(createExportDoc(), facts);
    const empty = new Y.Doc();
    roots(empty).meta.set('schemaVersion', 1);
    const newer = createExportDoc();
    roots(newer).meta.set('schemaVersion', 999);
    expect(errorCode(() => readWorkshopFile(null))).toBe('import_invalid');
    expect(errorCode(() => readWorkshopFile('tekst'))).toBe('import_invalid');
    expect(errorCode(() => readWorkshopFile({ ...good, format: 'iets-anders' }))).toBe('import_invalid');
    expect(errorCode(() => readWorkshopFile({ ...good, version: 2 }))).toBe('import_version');
    expect(errorCode(() => readWorkshopFile({ ...good, doc: '%%%geen base64%%%' }))).toBe('import_invalid');
    expect(errorCode(() => readWorkshopFile({ ...good, doc: bytesToBase64(new Uint8Array([1, 2, 3, 250, 255, 7])) }))).toBe('import_invalid');
    expect(errorCode(() => readWorkshopFile({ ...good, doc: good.doc.slice(0, good.doc.length / 2 - (good.doc.length / 2) % 4) }))).toBe('import_invalid');
    expect(errorCode(() => readWorkshopFile({ ...good, doc: bytesToBase64(Y.encodeStateAsUpdate(empty)) }))).toBe('import_invalid');
    expect(errorCode(() => readWorkshopFile({ ...good, doc: bytesToBase64(Y.encodeStateAsUpdate(newer)) }))).toBe('import_version');
    expect(errorCode(() => readWorkshopFile({ ...good, workshop: { participants: 1e9 } }))).toBe('import_invalid');
  });

  it('survives random damage to the document state', () => {
    const bytes = base64ToBytes(createWorkshopFile(createExportDoc(), facts).doc);
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const damaged = bytes.slice();
      for (let i = 0; i < 5; i++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      try {
        const { doc } = readWorkshopFile({ format: WORKSHOP_FILE_FORMAT, version: 1, doc: bytesToBase64(damaged) });
        expect(typeof readMeta(doc).title).toBe('string');
      } catch (error) {
        expect(isAppError(error)).toBe(true);
      }
    }
  });
});
