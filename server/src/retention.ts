import type { FastifyInstance } from 'fastify';

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Deletes every workshop past its delete-after date (AVG); returns how many went. */
export function deleteExpiredWorkshops(app: FastifyInstance, now = Date.now()): number {
  const expired = app.store.listExpiredWorkshops(now);
  for (const id of expired) app.rooms.delete(id);
  if (expired.length > 0) app.log.info({ count: expired.length }, 'expired workshops deleted');
  return expired.length;
}

/** Sweeps at start and then every hour. */
export function scheduleRetention(app: FastifyInstance): void {
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    deleteExpiredWorkshops(app);
    timer = setInterval(() => deleteExpiredWorkshops(app), SWEEP_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
