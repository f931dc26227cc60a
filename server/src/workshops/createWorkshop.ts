import * as Y from 'yjs';
import { AppError } from '@visiebord/shared/api';
import { initWorkshop } from '@visiebord/shared/doc';
import type { Script } from '@visiebord/shared/script';
import { createId, createJoinCode, createSecret, hashSecret } from '../auth/secrets.ts';
import type { Store } from '../store/types.ts';

export type CreatedWorkshop = { id: string; joinCode: string; facilitatorKey: string; beamerKey: string };

/** Makes a workshop from a script: its document, its secrets (stored hashed) and a free join code. */
export function createWorkshop(
  store: Store,
  scripts: readonly Script[],
  request: { script: string; title?: string | undefined },
  options: { now: number; retentionMs: number },
): CreatedWorkshop {
  const script = scripts.find((s) => s.id === request.script);
  if (!script) throw new AppError('script_not_found', `Het workshopscript "${request.script.slice(0, 100)}" bestaat niet.`);
  const doc = new Y.Doc();
  initWorkshop(doc, { script, title: request.title?.trim() || script.title, now: options.now });
  const created = storeNewWorkshop(store, doc, options);
  doc.destroy();
  return created;
}

/**
 * Makes a workshop from an exported one (`readWorkshopFile`): its notes, answers and vision come
 * along; its id, join code and keys are new, and the old participants' tokens stay behind. They
 * are still counted — as participants nobody can sign in as — so the export's "number of
 * participants" and the explanation score read the same after the move.
 */
export function importWorkshop(
  store: Store,
  imported: { doc: Y.Doc; participants: number },
  options: { now: number; retentionMs: number; facilitatorKeyHash?: string },
): CreatedWorkshop {
  return store.transaction(() => {
    const created = storeNewWorkshop(store, imported.doc, options);
    for (let i = 0; i < imported.participants; i++) {
      store.addParticipant({ id: createId(), workshopId: created.id, tokenHash: hashSecret(createSecret()), createdAt: options.now });
    }
    return created;
  });
}

/**
 * A new workshop record with fresh secrets (stored hashed) and a free join code, holding `doc`.
 * `facilitatorKeyHash`: a follow-up restored with its trajectory keeps the study day's key.
 */
function storeNewWorkshop(store: Store, doc: Y.Doc, options: { now: number; retentionMs: number; facilitatorKeyHash?: string }): CreatedWorkshop {
  const created: CreatedWorkshop = { id: createId(), joinCode: freeJoinCode(store), facilitatorKey: createSecret(), beamerKey: createSecret() };
  store.createWorkshop(
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
  );
  return created;
}

export function freeJoinCode(store: Store): string {
  // 31^6 codes: a clash is rare, and a few tries make it vanishingly so.
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = createJoinCode();
    if (!store.findWorkshopByJoinCode(code)) return code;
  }
  throw new Error('no free join code found');
}
