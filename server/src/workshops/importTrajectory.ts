import { addFollowUpLink, readFollowUpOf, readFollowUpLinks, removeFollowUpLink, setFollowUpOf } from '@visiebord/shared/doc';
import type { ImportedWorkshop } from '@visiebord/shared/export';
import type { Rooms } from '../rooms/rooms.ts';
import type { Store } from '../store/types.ts';
import { importWorkshop, type CreatedWorkshop } from './createWorkshop.ts';
import { hashSecret } from '../auth/secrets.ts';

/**
 * Restores a whole trajectory: the study day as a new workshop, then each follow-up under the
 * same facilitator key, linked to the new study day (its old links named ids of another server).
 */
export async function importTrajectory(
  store: Store,
  rooms: Rooms,
  imported: readonly ImportedWorkshop[],
  options: { now: number; retentionMs: number },
): Promise<CreatedWorkshop & { sessions: Array<{ id: string; joinCode: string }> }> {
  const [first, ...followUps] = imported;
  if (!first) throw new Error('a trajectory file has at least one session');
  for (const link of readFollowUpLinks(first.doc)) removeFollowUpLink(first.doc, link.id);
  const root = await importWorkshop(store, first, options);
  const facilitatorKeyHash = hashSecret(root.facilitatorKey);
  const sessions = [{ id: root.id, joinCode: root.joinCode }];
  const links: Array<{ id: string; createdAt: number }> = [];
  for (const [i, followUp] of followUps.entries()) {
    const openUntil = readFollowUpOf(followUp.doc)?.openUntil ?? options.now;
    setFollowUpOf(followUp.doc, { parentId: root.id, rootId: root.id, openUntil });
    const created = await importWorkshop(store, followUp, { ...options, facilitatorKeyHash });
    sessions.push({ id: created.id, joinCode: created.joinCode });
    // Kept in the file's order: the import's own creation times would all be the same moment.
    links.push({ id: created.id, createdAt: options.now + i + 1 });
  }
  const rootRoom = await rooms.get(root.id);
  if (rootRoom) await rootRoom.change(() => links.forEach((link) => addFollowUpLink(rootRoom.doc, link)));
  return { ...root, sessions };
}
