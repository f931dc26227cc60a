import type { FastifyInstance } from 'fastify';
import { AppError, createWorkshopBody, flowBody, timerBody, type CreateWorkshopResponse, type FlowResponse, type PublicWorkshopResponse, type TimerResponse, type WorkshopResponse } from '@visiebord/shared/api';
import { nextTimer, readCurrentStep, readFlow, readLanguage, readMeta, setCurrentStep, setTimer } from '@visiebord/shared/doc';
import { timerSecondsOf } from '@visiebord/shared/rules';
import { requireWorkshopKey } from '../auth/requireAccess.ts';
import { createWorkshop } from '../workshops/createWorkshop.ts';
import { workshopJson } from '../workshops/workshopJson.ts';
import { parseBody } from './parse.ts';
import { unlinkDeletedSession } from './trajectory.ts';
import { publicBaseUrl, workshopUrls } from './publicUrl.ts';

type IdParams = { Params: { id: string } };

export async function workshopRoutes(app: FastifyInstance) {
  const retentionMs = app.config.retentionDays * 24 * 60 * 60 * 1000;

  app.post('/api/workshops', async (request, reply): Promise<CreateWorkshopResponse> => {
    const body = parseBody(createWorkshopBody, request.body);
    const keepMs = body.retentionDays !== undefined ? body.retentionDays * 24 * 60 * 60 * 1000 : retentionMs;
    const created = await createWorkshop(app.store, app.scripts, body, { now: Date.now(), retentionMs: keepMs });
    reply.status(201);
    return { ...created, urls: workshopUrls(publicBaseUrl(app, request), created) };
  });

  app.get<IdParams>('/api/workshops/:id', async (request): Promise<WorkshopResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const room = await loadedRoom(app, record.id);
    return workshopJson(record, room.doc, {
      participants: await app.store.countParticipants(record.id),
      online: room.live.onlineParticipants().size,
    });
  });

  /** What the beamer needs besides the document: the join code to show the room. */
  app.get<IdParams>('/api/workshops/:id/public', async (request): Promise<PublicWorkshopResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator', 'beamer']);
    const room = await loadedRoom(app, record.id);
    // serverNow lets the beamer show the step timer on the server's clock, whatever its own says.
    const { title } = readMeta(room.doc);
    const language = readLanguage(room.doc);
    return { id: record.id, title, joinCode: record.joinCode, joinUrl: `${publicBaseUrl(app, request)}/j/${record.joinCode}`, serverNow: Date.now(), language };
  });

  app.post<IdParams>('/api/workshops/:id/flow', async (request): Promise<FlowResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const { stepId } = parseBody(flowBody, request.body);
    const room = await loadedRoom(app, record.id);
    const moved = await room.change(() => setCurrentStep(room.doc, stepId, Date.now()));
    if (!moved) throw new AppError('step_not_found');
    return { ok: true, currentStepId: stepId };
  });

  /** The timer runs on the server's clock, the one every phone and the beamer follow. */
  app.post<IdParams>('/api/workshops/:id/timer', async (request): Promise<TimerResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const action = parseBody(timerBody, request.body);
    const room = await loadedRoom(app, record.id);
    const step = readCurrentStep(room.doc);
    if (!step) throw new AppError('step_not_found');
    const now = Date.now();
    const timer = nextTimer(readFlow(room.doc).timer, step.id, action, now, timerSecondsOf(step));
    await room.change(() => setTimer(room.doc, timer));
    return { ok: true, timer, serverNow: now };
  });

  app.delete<IdParams>('/api/workshops/:id', async (request, reply) => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    await unlinkDeletedSession(app, record.id);
    await app.rooms.delete(record.id);
    return reply.status(204).send();
  });
}

async function loadedRoom(app: FastifyInstance, id: string) {
  const room = await app.rooms.get(id);
  if (!room) throw new AppError('workshop_not_found');
  return room;
}
