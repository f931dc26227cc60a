import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The base URL people reach us on: configured, or as the request came in. */
export function publicBaseUrl(app: FastifyInstance, request: FastifyRequest): string {
  return app.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

export function workshopUrls(base: string, ids: { id: string; joinCode: string; facilitatorKey: string; beamerKey: string }) {
  return {
    facilitator: `${base}/f/${ids.id}#key=${ids.facilitatorKey}`,
    beamer: `${base}/b/${ids.id}#key=${ids.beamerKey}`,
    join: `${base}/j/${ids.joinCode}`,
  };
}
