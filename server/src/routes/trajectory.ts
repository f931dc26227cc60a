import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, TITLE_MAX_LENGTH, type FollowUpResponse, type TrajectoryResponse } from '@visiebord/shared/api';
import { removeFollowUpLink } from '@visiebord/shared/doc';
import { requireWorkshopKey } from '../auth/requireAccess.ts';
import { createFollowUp, rootIdOf } from '../workshops/createFollowUp.ts';
import { exportTrajectory } from '../export/exportTrajectory.ts';
import { trajectoryOf, trajectorySessions } from '../workshops/trajectory.ts';
import { parseBody } from './parse.ts';
import { publicBaseUrl } from './publicUrl.ts';

type IdParams = { Params: { id: string } };

const followUpBody = z.object({
  script: z.string().min(1).max(100).optional(),
  title: z.string().trim().max(TITLE_MAX_LENGTH).optional(),
  /** How long phones may answer; the script's `followUp.openDays` (two weeks) when absent. */
  openDays: z.number().int().min(1).max(90).optional(),
});

/**
 * A school's trajectory: follow-ups of a finished workshop, the comparison over time, and deleting
 * it as a whole. Every session shares the study day's facilitator key, so any of them opens it.
 */
export async function trajectoryRoutes(app: FastifyInstance) {
  const rootOf = async (id: string) => {
    const room = await app.rooms.get(id);
    if (!room) throw new AppError('workshop_not_found');
    return rootIdOf(room.doc, id);
  };
  const sessionsOf = (rootId: string) => trajectorySessions(app.rooms, app.store, rootId);

  app.post<IdParams>('/api/workshops/:id/follow-ups', async (request, reply): Promise<FollowUpResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const body = parseBody(followUpBody, request.body ?? {});
    const room = await app.rooms.get(record.id);
    const rootRoom = await app.rooms.get(await rootOf(record.id));
    if (!room || !rootRoom) throw new AppError('workshop_not_found');
    const created = await createFollowUp(app.store, app.scripts, { record, room, rootRoom }, body, { now: Date.now() });
    const base = publicBaseUrl(app, request);
    reply.status(201);
    // The console link is the study day's own key on the new id: the caller holds that key already.
    return { ...created, urls: { facilitator: `${base}/f/${created.id}`, beamer: `${base}/b/${created.id}#key=${created.beamerKey}`, join: `${base}/j/${created.joinCode}` } };
  });

  // The beamer may show it too: only sums, and roles only from five answers, like its heat map.
  app.get<IdParams>('/api/workshops/:id/trajectory', async (request): Promise<TrajectoryResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator', 'beamer']);
    const rootId = await rootOf(record.id);
    return { rootId, ...trajectoryOf(await sessionsOf(rootId)) };
  });

  /** The whole trajectory as one file: Word with the comparison first, or JSON to import elsewhere. */
  app.get<IdParams & { Querystring: { format?: string } }>('/api/workshops/:id/trajectory/export', async (request, reply) => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const format = request.query.format ?? 'docx';
    if (format !== 'docx' && format !== 'json') throw new AppError('export_format', 'Een traject exporteer je als docx of json.');
    const sessions = await sessionsOf(await rootOf(record.id));
    const file = await exportTrajectory(sessions, format, Date.now());
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('Cache-Control', 'no-store')
      .send(file.body);
  });

  /** Deletes the study day and every follow-up: gone from disk, like one workshop. */
  app.delete<IdParams>('/api/workshops/:id/trajectory', async (request, reply) => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const sessions = await sessionsOf(await rootOf(record.id));
    for (const { record: session } of sessions.reverse()) await app.rooms.delete(session.id);
    return reply.status(204).send();
  });
}

/** When one follow-up is deleted, the trajectory forgets it (its first workshop lists it no more). */
export async function unlinkDeletedSession(app: FastifyInstance, id: string): Promise<void> {
  const room = await app.rooms.get(id);
  if (!room) return;
  const rootId = rootIdOf(room.doc, id);
  if (rootId === id) return;
  const root = await app.rooms.get(rootId);
  await root?.change(() => removeFollowUpLink(root.doc, id));
}
