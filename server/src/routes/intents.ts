import type { FastifyInstance } from 'fastify';
import { AppError, type IntentResponse, type IntentResult } from '@visiebord/shared/api';
import { applyIntent, parseIntent, type Intent } from '@visiebord/shared/intents';
import { requireParticipant } from '../auth/requireAccess.ts';
import { createId } from '../auth/secrets.ts';
import { createRateLimiter } from '../limits/tokenBucket.ts';

type IdParams = { Params: { id: string } };

export async function intentRoutes(app: FastifyInstance) {
  // Generous enough for an outbox that drains 30 notes at once after a wifi drop.
  const allow = createRateLimiter({ burst: 40, perSecond: 4 });

  app.post<IdParams>('/api/workshops/:id/intents', async (request): Promise<IntentResponse> => {
    const workshopId = request.params.id;
    const participant = await requireParticipant(app, request, workshopId);
    if (!allow(participant.id)) throw new AppError('rate_limited');
    const intent = parseIntent(request.body);

    // A retry that arrives while the first try is still being stored waits for that one's answer.
    const key = `${workshopId}/${intent.id}`;
    const running = inFlight.get(key);
    if (running) {
      if (running.participantId !== participant.id) throw new AppError('intent_conflict');
      return running.answer;
    }
    const answer = apply(workshopId, participant.id, intent);
    inFlight.set(key, { participantId: participant.id, answer });
    try {
      return await answer;
    } finally {
      inFlight.delete(key);
    }
  });

  const inFlight = new Map<string, { participantId: string; answer: Promise<IntentResponse> }>();

  async function apply(workshopId: string, participantId: string, intent: Intent): Promise<IntentResponse> {
    const room = await app.rooms.get(workshopId);
    if (!room) throw new AppError('workshop_not_found');
    // A retry of an intent we already applied gets the first answer and changes nothing. The room
    // knows which intents are stored, so a new one (nearly every one) costs no look-up.
    const earlier = room.intents.mayHaveStored(intent.id) ? await storedAnswer(workshopId, participantId, intent.id) : undefined;
    if (earlier) return earlier;
    const now = Date.now();
    try {
      const result = await room.change(
        () => applyIntent(room.doc, { participantId, now, newId: createId }, intent),
        (applied) => ({ intent: { intentId: intent.id, participantId, result: JSON.stringify(applied), now } }),
      );
      return { ok: true, ...result };
    } catch (error) {
      // With several instances a phone's retry can reach another instance while the first try is
      // still being stored there; the store keeps one of the two (the intent id is its key) and
      // refuses the other. The loser then answers with what the winner stored, not with an error.
      if (!(error instanceof AppError && error.code === 'storage_failed')) throw error;
      // A store that cannot be read now leaves the first error standing; the phone retries.
      const stored = await storedAnswer(workshopId, participantId, intent.id).catch((readError: unknown) => {
        if (readError instanceof AppError) throw readError;
        return undefined;
      });
      if (!stored) throw error;
      return stored;
    }
  }

  async function storedAnswer(workshopId: string, participantId: string, intentId: string): Promise<IntentResponse | undefined> {
    const earlier = await app.store.getIntentResult(workshopId, intentId);
    if (!earlier) return undefined;
    if (earlier.participantId !== participantId) throw new AppError('intent_conflict');
    return { ok: true, ...(JSON.parse(earlier.result) as IntentResult) };
  }
}
