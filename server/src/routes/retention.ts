import type { RetentionResponse } from '@visiebord/shared/api';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, RETENTION_MAX_DAYS } from '@visiebord/shared/api';
import { requireWorkshopKey } from '../auth/requireAccess.ts';
import type { RetentionWindows } from '../privacy/retentionWindow.ts';

type IdParams = { Params: { id: string } };

const retentionBody = z.object({ deleteAfterDays: z.number().int() });
const MAX_DAYS = RETENTION_MAX_DAYS;

/** What the facilitator sees of the workshop's retention. */
async function describe(app: FastifyInstance, retention: RetentionWindows, id: string): Promise<RetentionResponse> {
  const record = await app.store.getWorkshop(id);
  if (!record) throw new AppError('workshop_not_found');
  return { ok: true, deleteAfterDays: await retention.days(id), deleteAfter: new Date(record.deleteAfter).toISOString() };
}

/**
 * Retention per workshop (AVG): the facilitator chooses how many days after the last activity
 * the workshop is deleted; without a choice it is the deployment's RETENTION_DAYS.
 * `PATCH /api/workshops/:id {deleteAfterDays}` and `GET /api/workshops/:id/retention`.
 */
export async function retentionRoutes(app: FastifyInstance, options: { retention: RetentionWindows }) {
  const { retention } = options;

  app.get<IdParams>('/api/workshops/:id/retention', async (request): Promise<RetentionResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    return describe(app, retention, record.id);
  });

  app.patch<IdParams>('/api/workshops/:id', async (request): Promise<RetentionResponse> => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const parsed = retentionBody.safeParse(request.body);
    if (!parsed.success) throw new AppError('retention_invalid');
    const days = parsed.data.deleteAfterDays;
    if (days < 1 || days > MAX_DAYS) throw new AppError('retention_invalid');
    await retention.setDays(record.id, days);
    return describe(app, retention, record.id);
  });
}
