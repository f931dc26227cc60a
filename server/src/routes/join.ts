import type { FastifyInstance } from 'fastify';
import { AppError, isWellFormedJoinCode, joinBody, normalizeJoinCode, type JoinResponse } from '@visiebord/shared/api';
import { readMeta, setParticipantName } from '@visiebord/shared/doc';
import { projectStep } from '@visiebord/shared/projection';
import { validName } from '@visiebord/shared/intents';
import { createId, createSecret, hashSecret } from '../auth/secrets.ts';
import { createJoinGuard } from '../limits/joinGuard.ts';
import { tooMany } from '../plugins/rateLimit.ts';
import { parseBody } from './parse.ts';

export async function joinRoutes(app: FastifyInstance) {
  const guard = createJoinGuard({ burst: app.config.limits.joinFailureBurst, perSecond: app.config.limits.joinFailuresPerSecond });

  app.post('/api/join', async (request, reply): Promise<JoinResponse> => {
    const body = parseBody(joinBody, request.body);
    // Checked before the code is looked up, so a guesser who must wait learns nothing meanwhile.
    const wait = guard.waitFor(request.ip);
    if (wait > 0) tooMany(reply, wait, 'join_rate_limited');
    const code = normalizeJoinCode(body.code);
    const workshop = isWellFormedJoinCode(code) ? await app.store.findWorkshopByJoinCode(code) : undefined;
    if (!workshop) {
      guard.failed(request.ip);
      throw new AppError('code_not_found');
    }
    const name = validName(body.name ?? '');
    const room = await app.rooms.get(workshop.id);
    if (!room) throw new AppError('workshop_not_found');

    const participantToken = createSecret();
    const participantId = createId();
    await room.change(
      () => {
        if (name) setParticipantName(room.doc, participantId, name);
      },
      () => ({ participant: { id: participantId, workshopId: workshop.id, tokenHash: hashSecret(participantToken), createdAt: Date.now() } }),
    );
    reply.status(201);
    // The step only, not notes: the same for every phone, cheap, and all a new phone needs to show.
    const step = projectStep(room.doc);
    return { workshopId: workshop.id, participantId, participantToken, title: readMeta(room.doc).title, name, step, serverNow: Date.now() };
  });
}
