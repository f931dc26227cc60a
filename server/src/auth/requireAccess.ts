import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '@visiebord/shared/api';
import type { ParticipantRecord, WorkshopRecord } from '../store/types.ts';
import { bearerToken, hashSecret } from './secrets.ts';

export type KeyRole = 'facilitator' | 'beamer';

/** The workshop, if the request's bearer key opens it for one of `roles`; otherwise a 401 or 404. */
export async function requireWorkshopKey(app: FastifyInstance, request: FastifyRequest, workshopId: string, roles: KeyRole[]): Promise<WorkshopRecord> {
  const workshop = await app.store.getWorkshop(workshopId);
  if (!workshop) throw new AppError('workshop_not_found');
  const token = bearerToken(request.headers.authorization);
  if (!token) throw new AppError('unauthorized', 'Deze actie vraagt de sleutel van de begeleider.');
  const hash = hashSecret(token);
  const granted =
    (roles.includes('facilitator') && hash === workshop.facilitatorKeyHash) || (roles.includes('beamer') && hash === workshop.beamerKeyHash);
  if (!granted) throw new AppError('unauthorized', 'Deze sleutel hoort niet bij deze workshop.');
  return workshop;
}

/**
 * The participant whose token hashes to `tokenHash`. A workshop in memory remembers the phones it
 * has seen (`Room.participants`): a phone sends its token with every note, and with the store
 * across the network (Postgres) that look-up was a round trip per note.
 */
export async function findParticipant(app: FastifyInstance, workshopId: string, tokenHash: string): Promise<ParticipantRecord | undefined> {
  const known = app.rooms.loadedRoom(workshopId)?.participants.get(tokenHash);
  if (known) return known;
  const participant = await app.store.findParticipantByToken(workshopId, tokenHash);
  if (participant) app.rooms.loadedRoom(workshopId)?.participants.set(tokenHash, participant);
  return participant;
}

/** The participant behind the request's bearer token. */
export async function requireParticipant(app: FastifyInstance, request: FastifyRequest, workshopId: string): Promise<ParticipantRecord> {
  const token = bearerToken(request.headers.authorization);
  const hash = token ? hashSecret(token) : null;
  // A workshop in memory exists: deleting it takes it out of memory first.
  const known = hash ? app.rooms.loadedRoom(workshopId)?.participants.get(hash) : undefined;
  if (known) return known;
  if (!(await app.store.getWorkshop(workshopId))) throw new AppError('workshop_not_found');
  const participant = hash ? await findParticipant(app, workshopId, hash) : undefined;
  if (!participant) throw new AppError('unauthorized');
  return participant;
}
