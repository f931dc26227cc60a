import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ERRORS } from '@visiebord/shared/api';

/** Paths that belong to the API or sockets: never answered with the app's HTML. */
const NOT_THE_APP = /^\/(api|sync|live|healthz)(\/|$)/;

/** The phone's route, `/j/<CODE>`: the one a teacher opens on Slow 4G, so its page names its chunks. */
const PHONE_ROUTE = /^\/j\/[^/]+\/?$/;

/**
 * The page for a route of the app. The build writes `phone.html` beside `index.html`: the same
 * page, plus preloads of the phone's chunks, so they download beside the app's entry instead of
 * after it (one round trip less, over half a second on Slow 4G).
 */
function pageFor(path: string, pages: { phone: boolean }): string {
  return pages.phone && PHONE_ROUTE.test(path) ? 'phone.html' : 'index.html';
}

/** Serves the built client, with the app's page for its routes (`/f/…`, `/b/…`, `/j/…`). */
export async function staticClient(app: FastifyInstance) {
  const dir = app.config.clientDir;
  const built = existsSync(join(dir, 'index.html'));
  const pages = { phone: existsSync(join(dir, 'phone.html')) };
  if (built) {
    await app.register(fastifyStatic, {
      root: dir,
      wildcard: false,
      // The build's notes about itself (.vite/routes.json) are not for browsers.
      dotfiles: 'ignore',
      // The build leaves .br and .gz copies beside each asset: served to browsers that accept them.
      preCompressed: true,
      // Cache headers are ours (below), not the plugin's default max-age=0.
      cacheControl: false,
      // Hashed assets never change; the page itself must always be fresh.
      setHeaders(res, path) {
        res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method !== 'GET' || NOT_THE_APP.test(path) || /\.[a-z0-9]+$/i.test(path)) {
      return reply.status(404).send({ error: { code: 'not_found', message: ERRORS.not_found.message } });
    }
    if (!built) {
      return reply.status(503).type('text/plain; charset=utf-8').send('De app is nog niet gebouwd. Start Visiebord met "pnpm start".');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile(pageFor(path, pages));
  });
}
