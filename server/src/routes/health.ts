import type { HealthResponse } from '@visiebord/shared/api';
import type { FastifyInstance } from 'fastify';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/healthz', async (): Promise<HealthResponse> => ({ ok: true }));
}
