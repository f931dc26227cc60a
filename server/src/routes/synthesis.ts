import type { FastifyInstance } from 'fastify';
import { AppError, synthesisBody, type ExplainScore, type HandfulResponse, type MoreHandfulResponse, type SynthesisResponse } from '@visiebord/shared/api';
import { readCurrentStep } from '@visiebord/shared/doc';
import { explainScore } from '@visiebord/shared/export';
import { SORT_MAX_ROUNDS } from '@visiebord/shared/intents';
import { requireParticipant, requireWorkshopKey } from '../auth/requireAccess.ts';
import { handfulFor, moreHandfulFor } from '../synthesis/handfuls.ts';
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

  /**
   * A phone's handful of notes to sort in a group step ("leg bij elkaar wat over hetzelfde gaat");
   * with `?round=N` (N ≥ 1) a further handful once it sent its sort ("Nog een stapel sorteren").
   */
  app.get<IdParams & { Querystring: { round?: string } }>('/api/workshops/:id/handful', async (request): Promise<HandfulResponse | MoreHandfulResponse> => {
    const participant = await requireParticipant(app, request, request.params.id);
    const room = await app.rooms.get(request.params.id);
    if (!room) throw new AppError('workshop_not_found');
    const round = parseRound(request.query.round);
    return round === 0 ? handfulFor(room.doc, participant.id) : moreHandfulFor(room.doc, participant.id, round);
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

/** Which of its handfuls a phone asks for: absent or 0 its first, then 1, 2, … */
function parseRound(value: unknown): number {
  if (value === undefined || value === '') return 0;
  const round = Number(value);
  if (!Number.isInteger(round) || round < 0 || round > SORT_MAX_ROUNDS) {
    throw new AppError('invalid_request', `Deze stapel bestaat niet: vraag stapel 0 tot en met ${SORT_MAX_ROUNDS}.`);
  }
  return round;
}
