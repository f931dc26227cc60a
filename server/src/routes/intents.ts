import type { FastifyInstance } from 'fastify';
import { AppError, type IntentResponse, type IntentResult } from '@visiebord/shared/api';
import { applyIntent, parseIntent } from '@visiebord/shared/intents';
import { requireParticipant } from '../auth/requireAccess.ts';
import { createId } from '../auth/secrets.ts';
import { createRateLimiter } from '../limits/tokenBucket.ts';

type IdParams = { Params: { id: string } };

export async function intentRoutes(app: FastifyInstance) {
  // Generous enough for an outbox that drains 30 notes at once after a wifi drop.
  const allow = createRateLimiter({ burst: 40, perSecond: 4 });

  app.post<IdParams>('/api/workshops/:id/intents', async (request): Promise<IntentResponse> => {
    const workshopId = request.params.id;
    const participant = requireParticipant(app, request, workshopId);
    if (!allow(participant.id)) throw new AppError('rate_limited');
    const intent = parseIntent(request.body);

    // A retry of an intent we already applied gets the first answer and changes nothing.
    const earlier = app.store.getIntentResult(workshopId, intent.id);
    if (earlier) {
      if (earlier.participantId !== participant.id) throw new AppError('intent_conflict');
      return { ok: true, ...(JSON.parse(earlier.result) as IntentResult) };
    }

    const room = app.rooms.get(workshopId);
    if (!room) throw new AppError('workshop_not_found');
    const now = Date.now();
    const result = room.change(() => {
      const applied = applyIntent(room.doc, { participantId: participant.id, now, newId: createId }, intent);
      app.store.recordIntentResult(workshopId, intent.id, participant.id, JSON.stringify(applied), now);
      return applied;
    });
    return { ok: true, ...result };
  });
}
