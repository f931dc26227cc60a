import type { FastifyInstance } from 'fastify';
import { AppError, isWellFormedJoinCode, joinBody, normalizeJoinCode, type JoinResponse } from '@visiebord/shared/api';
import { isOpenAt, readFollowUpOf, readLanguage, readMeta, readScript, setParticipantName, setParticipantRole } from '@visiebord/shared/doc';
import { projectAllSteps, projectStep } from '@visiebord/shared/projection';
import { validName, validRole } from '@visiebord/shared/intents';
import { rolesOfScript } from '@visiebord/shared/script';
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
    const now = Date.now();
    // A follow-up past its period takes no new phones; the code was right, so it is no failed guess.
    if (!isOpenAt(room.doc, now)) throw new AppError('follow_up_closed');
    const role = validRole(room.doc, body.role ?? '');

    const participantToken = createSecret();
    const participantId = createId();
    await room.change(
      () => {
        if (name) setParticipantName(room.doc, participantId, name);
        if (role) setParticipantRole(room.doc, participantId, role);
      },
      () => ({ participant: { id: participantId, workshopId: workshop.id, tokenHash: hashSecret(participantToken), createdAt: Date.now() } }),
    );
    reply.status(201);
    // The step only, not notes: the same for every phone, cheap, and all a new phone needs to show.
    const step = projectStep(room.doc);
    const script = readScript(room.doc);
    const roles = script ? rolesOfScript(script).map((r) => ({ id: r.id, label: r.label })) : [];
    const followUp = readFollowUpOf(room.doc);
    const selfPaced = followUp ? { steps: projectAllSteps(room.doc), openUntil: followUp.openUntil } : undefined;
    const { title } = readMeta(room.doc);
    const language = readLanguage(room.doc);
    return { workshopId: workshop.id, participantId, participantToken, title, name, step, serverNow: Date.now(), roles, role, language, ...(selfPaced ? { selfPaced } : {}) };
  });
}
