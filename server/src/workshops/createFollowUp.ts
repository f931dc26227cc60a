import * as Y from 'yjs';
import { AppError } from '@visiebord/shared/api';
import {
  addFollowUpLink,
  initWorkshop,
  readFlow,
  readFollowUpLinks,
  readFollowUpOf,
  readMeta,
  readScript,
  readVision,
  setCopiedThemes,
  setFollowUpOf,
  setVisionText,
  STATEMENT_KEY,
} from '@visiebord/shared/doc';
import { visionThemes } from '@visiebord/shared/export';
import type { Script } from '@visiebord/shared/script';
import { createId, createSecret, hashSecret } from '../auth/secrets.ts';
import type { Room } from '../rooms/room.ts';
import type { Store, WorkshopRecord } from '../store/types.ts';
import { freeJoinCode } from './createWorkshop.ts';

export const DEFAULT_FOLLOW_UP_SCRIPT = 'vervolg-visie';
const DAY_MS = 24 * 60 * 60 * 1000;

export type CreatedFollowUp = { id: string; joinCode: string; beamerKey: string; openUntil: number; rootId: string };

/**
 * Starts a follow-up of a finished workshop: a new workshop (own join code and beamer key) that
 * shares the facilitator key of the study day, so one console link opens the whole trajectory.
 * It takes the study day's vision and themes with it and is linked in the trajectory's first
 * workshop. A follow-up of a follow-up belongs to the same first workshop.
 */
export async function createFollowUp(
  store: Store,
  scripts: readonly Script[],
  parent: { record: WorkshopRecord; room: Room; rootRoom: Room },
  request: { script?: string | undefined; title?: string | undefined; openDays?: number | undefined },
  options: { now: number },
): Promise<CreatedFollowUp> {
  const scriptId = request.script ?? DEFAULT_FOLLOW_UP_SCRIPT;
  const script = scripts.find((s) => s.id === scriptId);
  if (!script) throw new AppError('script_not_found', `Het workshopscript "${scriptId.slice(0, 100)}" bestaat niet.`);
  if (!script.followUp) throw new AppError('invalid_request', `Het script "${script.id}" is geen vervolgscript (followUp ontbreekt).`);
  assertFinished(parent.room.doc);

  const { rootRoom } = parent;
  const openUntil = options.now + (request.openDays ?? script.followUp.openDays) * DAY_MS;
  const doc = new Y.Doc();
  const sessionNumber = readFollowUpLinks(rootRoom.doc).length + 1;
  const title = request.title?.trim() || `${readMeta(rootRoom.doc).title} — vervolg ${sessionNumber}`;
  initWorkshop(doc, { script, title, now: options.now });
  setFollowUpOf(doc, { parentId: parent.record.id, rootId: rootRoom.id, openUntil });
  // The study day's latest words: the vision as the group left it, and the themes scored against.
  setVisionText(doc, STATEMENT_KEY, readVision(rootRoom.doc).statement);
  setCopiedThemes(doc, visionThemes(rootRoom.doc).map((t) => ({ id: t.id, label: t.label, keywords: [...(t.keywords ?? [])] })));

  const beamerKey = createSecret();
  const window = Math.max(parent.record.deleteAfter - parent.record.lastActivityAt, openUntil - options.now + DAY_MS);
  const record: WorkshopRecord = {
    id: createId(),
    joinCode: await freeJoinCode(store),
    facilitatorKeyHash: parent.record.facilitatorKeyHash,
    beamerKeyHash: hashSecret(beamerKey),
    createdAt: options.now,
    lastActivityAt: options.now,
    deleteAfter: options.now + window,
  };
  await store.createWorkshop(record, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  await rootRoom.change(() => addFollowUpLink(rootRoom.doc, { id: record.id, createdAt: options.now }));
  return { id: record.id, joinCode: record.joinCode, beamerKey, openUntil, rootId: rootRoom.id };
}

/** The trajectory's first workshop: the workshop itself, or the one its follow-up belongs to. */
export function rootIdOf(doc: Y.Doc, ownId: string): string {
  return readFollowUpOf(doc)?.rootId ?? ownId;
}

/** A follow-up starts from a workshop that reached its last step, or from another follow-up. */
function assertFinished(doc: Y.Doc): void {
  if (readFollowUpOf(doc)) return;
  const steps = readScript(doc)?.steps ?? [];
  if (steps.at(-1)?.id !== readFlow(doc).currentStepId) throw new AppError('not_finished');
}
