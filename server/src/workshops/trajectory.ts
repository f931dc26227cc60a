import type * as Y from 'yjs';
import { readFollowUpLinks, readFollowUpOf, readMeta, readParticipantRoles, readRubricAnswers, readScript } from '@visiebord/shared/doc';
import { rolesOfScript } from '@visiebord/shared/script';
import { buildTrajectory, type SessionInput, type Trajectory } from '@visiebord/shared/trajectory';
import type { Rooms } from '../rooms/rooms.ts';
import { explainedBy, explainScore } from '@visiebord/shared/export';
import type { Store, WorkshopRecord } from '../store/types.ts';

export type TrajectorySessionRef = { record: WorkshopRecord; doc: Y.Doc; participants: number };

/** The trajectory's workshops, first the study day, then each follow-up that still exists. */
export async function trajectorySessions(
  rooms: Rooms,
  store: Pick<Store, 'getWorkshop' | 'countParticipants'>,
  rootId: string,
): Promise<TrajectorySessionRef[]> {
  const root = await rooms.get(rootId);
  const rootRecord = await store.getWorkshop(rootId);
  if (!root || !rootRecord) return [];
  const sessions: TrajectorySessionRef[] = [{ record: rootRecord, doc: root.doc, participants: await store.countParticipants(rootId) }];
  for (const link of readFollowUpLinks(root.doc)) {
    const record = await store.getWorkshop(link.id);
    const room = record && (await rooms.get(link.id));
    if (record && room) sessions.push({ record, doc: room.doc, participants: await store.countParticipants(link.id) });
  }
  return sessions;
}

/** One session's answers as the trajectory model takes them: its first rubric and explain step. */
export function sessionInput({ record, doc, participants }: TrajectorySessionRef): SessionInput {
  const steps = readScript(doc)?.steps ?? [];
  const rubric = steps.find((s) => s.type === 'rubric');
  const explain = steps.find((s) => s.type === 'explain');
  const score = explain ? explainScore(doc, explain.id, participants) : null;
  return {
    id: record.id,
    title: readMeta(doc).title,
    date: record.createdAt,
    kind: readFollowUpOf(doc) ? 'vervolg' : 'studiedag',
    rubric:
      rubric?.type === 'rubric'
        ? { aspects: rubric.aspects.map((a) => ({ id: a.id, title: a.title })), phaseNames: rubric.phaseNames, answers: readRubricAnswers(doc, rubric.id) }
        : null,
    explain: score && explain ? { ...score, explains: explainedBy(doc, explain.id) } : null,
    roles: readParticipantRoles(doc),
  };
}

/** The trajectory of these sessions, roles named as the latest session's script names them. */
export function trajectoryOf(sessions: readonly TrajectorySessionRef[]): Trajectory {
  const latest = sessions.at(-1);
  const script = latest ? readScript(latest.doc) : null;
  const roles = script ? rolesOfScript(script).map((r) => ({ id: r.id, label: r.label })) : [];
  return buildTrajectory(sessions.map(sessionInput), roles);
}
