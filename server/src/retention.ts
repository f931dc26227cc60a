import type { FastifyInstance } from 'fastify';

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Deletes every workshop past its delete-after date (AVG); returns how many went. */
export async function deleteExpiredWorkshops(app: FastifyInstance, now = Date.now()): Promise<number> {
  const expired = await app.store.listExpiredWorkshops(now);
  for (const id of expired) await app.rooms.delete(id);
  if (expired.length > 0) app.log.info({ count: expired.length }, 'expired workshops deleted');
  return expired.length;
}

/** Sweeps at start and then every hour. */
export function scheduleRetention(app: FastifyInstance): void {
  let timer: NodeJS.Timeout | null = null;
  const sweep = () => deleteExpiredWorkshops(app).catch((error: unknown) => app.log.warn({ err: error }, 'retention sweep failed; tried again within the hour'));
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(sweep, SWEEP_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
