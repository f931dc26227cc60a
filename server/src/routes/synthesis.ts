import type { FastifyInstance } from 'fastify';
import { AppError, synthesisBody, type ExplainScore, type HandfulResponse, type SynthesisResponse } from '@visiebord/shared/api';
import { readCurrentStep } from '@visiebord/shared/doc';
import { explainScore } from '@visiebord/shared/export';
import { requireParticipant, requireWorkshopKey } from '../auth/requireAccess.ts';
import { handfulFor } from '../synthesis/handfuls.ts';
import { chooseCanvases, runSynthesis } from '../synthesis/runSynthesis.ts';
import { parseBody } from './parse.ts';

type IdParams = { Params: { id: string } };

export async function synthesisRoutes(app: FastifyInstance) {
  /** The engine's suggestion for the chosen canvases, also written to the document as suggested clusters. */
  app.post<IdParams>('/api/workshops/:id/synthesis', async (request): Promise<SynthesisResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const { canvasIds } = parseBody(synthesisBody, request.body ?? {});
    const room = await app.rooms.get(record.id);
    if (!room) throw new AppError('workshop_not_found');
    const chosen = chooseCanvases(room.doc, canvasIds);
    return await room.change(() => runSynthesis(room.doc, chosen));
  });

  /** A phone's handful of notes to sort in a group step ("leg bij elkaar wat over hetzelfde gaat"). */
  app.get<IdParams>('/api/workshops/:id/handful', async (request): Promise<HandfulResponse> => {
    const participant = await requireParticipant(app, request, request.params.id);
    const room = await app.rooms.get(request.params.id);
    if (!room) throw new AppError('workshop_not_found');
    return handfulFor(room.doc, participant.id);
  });

  /** How many colleagues can explain the vision in their own words, and which themes they miss. */
  app.get<IdParams & { Querystring: { stepId?: string } }>('/api/workshops/:id/explain-score', async (request): Promise<ExplainScore> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator', 'beamer']);
    const room = await app.rooms.get(record.id);
    if (!room) throw new AppError('workshop_not_found');
    const stepId = request.query.stepId ?? readCurrentStep(room.doc)?.id ?? '';
    return explainScore(room.doc, String(stepId).slice(0, 100), await app.store.countParticipants(record.id));
  });
}
