import * as Y from 'yjs';
import { AppError } from '@visiebord/shared/api';
import { initWorkshop } from '@visiebord/shared/doc';
import type { Script } from '@visiebord/shared/script';
import { createId, createJoinCode, createSecret, hashSecret } from '../auth/secrets.ts';
import type { Store } from '../store/types.ts';

export type CreatedWorkshop = { id: string; joinCode: string; facilitatorKey: string; beamerKey: string };

/** Makes a workshop from a script: its document, its secrets (stored hashed) and a free join code. */
export async function createWorkshop(
  store: Store,
  scripts: readonly Script[],
  request: { script: string; title?: string | undefined },
  options: { now: number; retentionMs: number },
): Promise<CreatedWorkshop> {
  const script = scripts.find((s) => s.id === request.script);
  if (!script) throw new AppError('script_not_found', `Het workshopscript "${request.script.slice(0, 100)}" bestaat niet.`);
  const doc = new Y.Doc();
  initWorkshop(doc, { script, title: request.title?.trim() || script.title, now: options.now });
  try {
    return await storeNewWorkshop(store, doc, [], options);
  } finally {
    doc.destroy();
  }
}

/**
 * Makes a workshop from an exported one (`readWorkshopFile`): its notes, answers and vision come
 * along; its id, join code and keys are new, and the old participants' tokens stay behind. They
 * are still counted — as participants nobody can sign in as — so the export's "number of
 * participants" and the explanation score read the same after the move.
 */
export async function importWorkshop(
  store: Store,
  imported: { doc: Y.Doc; participants: number },
  options: { now: number; retentionMs: number; facilitatorKeyHash?: string },
): Promise<CreatedWorkshop> {
  const nobody = Array.from({ length: imported.participants }, () => ({ tokenHash: hashSecret(createSecret()) }));
  return storeNewWorkshop(store, imported.doc, nobody, options);
}

/**
 * A new workshop record with fresh secrets (stored hashed) and a free join code, holding `doc`,
 * and with `participants` (by token hash), all stored at once. `facilitatorKeyHash`: a follow-up
 * restored with its trajectory keeps the study day's key.
 */
async function storeNewWorkshop(
  store: Store,
  doc: Y.Doc,
  participants: Array<{ tokenHash: string }>,
  options: { now: number; retentionMs: number; facilitatorKeyHash?: string },
): Promise<CreatedWorkshop> {
  const created: CreatedWorkshop = { id: createId(), joinCode: await freeJoinCode(store), facilitatorKey: createSecret(), beamerKey: createSecret() };
  await store.createWorkshop(
    {
      id: created.id,
      joinCode: created.joinCode,
      facilitatorKeyHash: options.facilitatorKeyHash ?? hashSecret(created.facilitatorKey),
      beamerKeyHash: hashSecret(created.beamerKey),
      createdAt: options.now,
      lastActivityAt: options.now,
      deleteAfter: options.now + options.retentionMs,
    },
    Y.encodeStateAsUpdate(doc),
    participants.map((p) => ({ id: createId(), workshopId: created.id, tokenHash: p.tokenHash, createdAt: options.now })),
  );
  return created;
}

export async function freeJoinCode(store: Store): Promise<string> {
  // 31^6 codes: a clash is rare, and a few tries make it vanishingly so.
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = createJoinCode();
    if (!(await store.findWorkshopByJoinCode(code))) return code;
  }
  throw new Error('no free join code found');
}
