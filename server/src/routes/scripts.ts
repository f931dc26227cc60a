import type { FastifyInstance } from 'fastify';
import type { ScriptSummary } from '@visiebord/shared/api';

export async function scriptRoutes(app: FastifyInstance) {
  app.get('/api/scripts', async (): Promise<ScriptSummary[]> =>
    app.scripts.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.description ? { description: s.description } : {}),
      ...(s.minutes ? { minutes: s.minutes } : {}),
      steps: s.steps.length,
    })),
  );
}
