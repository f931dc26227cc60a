import type { FastifyInstance } from 'fastify';
import { CLOSE } from '@visiebord/shared/protocol';
import { findParticipant } from '../auth/requireAccess.ts';
import { hashSecret } from '../auth/secrets.ts';

export type SocketAccess =
  | { ok: true; role: 'facilitator' | 'beamer' }
  | { ok: true; role: 'participant'; participantId: string }
  | { ok: false; close: { code: number; reason: string } };

/** Who may open which socket: facilitator or beamer key on `/sync`, a participant token on `/live`. */
export async function authorizeSocket(app: FastifyInstance, kind: 'sync' | 'live', workshopId: string, token: string): Promise<SocketAccess> {
  const workshop = await app.store.getWorkshop(workshopId);
  if (!workshop) return { ok: false, close: CLOSE.notFound };
  if (token.length < 10 || token.length > 200) return { ok: false, close: CLOSE.unauthorized };
  const hash = hashSecret(token);
  if (kind === 'sync') {
    if (hash === workshop.facilitatorKeyHash) return { ok: true, role: 'facilitator' };
    if (hash === workshop.beamerKeyHash) return { ok: true, role: 'beamer' };
    return { ok: false, close: CLOSE.unauthorized };
  }
  const participant = await findParticipant(app, workshopId, hash);
  return participant ? { ok: true, role: 'participant', participantId: participant.id } : { ok: false, close: CLOSE.unauthorized };
}
