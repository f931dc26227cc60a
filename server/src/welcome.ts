import type { FastifyInstance } from 'fastify';
import { workshopUrls } from './routes/publicUrl.ts';
import { createWorkshop } from './workshops/createWorkshop.ts';

/** The script a fresh installation starts with, when present. */
const STARTER_SCRIPTS = ['studiedag-visie', 'visie-kort'];

/**
 * Tells the person who started Visiebord where to go. On a fresh data folder it also makes a
 * first workshop, so the three links work at once; its keys are shown here once and stored only
 * as hashes. Printed on the terminal, never in the request log.
 */
export async function printWelcome(app: FastifyInstance): Promise<void> {
  const { config } = app;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const base = config.publicUrl ?? `http://${host}:${port}`;
  const lines = ['', `Visiebord draait op ${base}`, `  Nieuwe workshop of meedoen: ${base}/`, config.databaseUrl ? `  Gegevens in: Postgres (schema ${config.databaseSchema})` : `  Gegevens in: ${config.dataDir}`];

  const starter = STARTER_SCRIPTS.map((id) => app.scripts.find((s) => s.id === id)).find(Boolean) ?? app.scripts[0];
  if (process.env.VISIEBORD_STARTER !== '0' && starter && (await app.store.countWorkshops()) === 0) {
    const retentionMs = config.retentionDays * 24 * 60 * 60 * 1000;
    const created = await createWorkshop(app.store, app.scripts, { script: starter.id }, { now: Date.now(), retentionMs });
    const urls = workshopUrls(base, created);
    lines.push(
      '',
      `Eerste workshop: "${starter.title}" (code ${created.joinCode})`,
      `  Begeleider: ${urls.facilitator}`,
      `  Beamer:     ${urls.beamer}`,
      `  Meedoen:    ${urls.join}`,
      '  Bewaar de begeleiderslink: die sleutel wordt nergens anders getoond.',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
