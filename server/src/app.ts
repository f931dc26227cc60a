import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { registerErrorHandler } from './errorHandler.ts';
import { registerSecurityHeaders } from './plugins/securityHeaders.ts';
import { scheduleRetention } from './retention.ts';
import './plugins/types.ts';
import { staticClient } from './plugins/staticClient.ts';
import { Rooms } from './rooms/rooms.ts';
import { exportRoutes } from './routes/export.ts';
import { healthRoutes } from './routes/health.ts';
import { intentRoutes } from './routes/intents.ts';
import { joinRoutes } from './routes/join.ts';
import { scriptRoutes } from './routes/scripts.ts';
import { synthesisRoutes } from './routes/synthesis.ts';
import { workshopRoutes } from './routes/workshops.ts';
import { trajectoryRoutes } from './routes/trajectory.ts';
import { formatProblems } from '@visiebord/shared/script';
import { loadScriptDir } from './scripts/loadScripts.ts';
import { connectRedisPeers } from './cluster/redisPeers.ts';
import { openPostgresStore } from './store/postgresStore.ts';
import { openSqliteStore } from './store/sqliteStore.ts';
import type { Store } from './store/types.ts';
import { registerSockets } from './sync/sockets.ts';
import { registerRateLimit } from './plugins/rateLimit.ts';
import { keepRetentionWindows } from './privacy/retentionWindow.ts';
import { retentionRoutes } from './routes/retention.ts';
import { refuseOnStorageErrors } from './store/storageErrors.ts';

/** Postgres when `DATABASE_URL` is set (several instances), else SQLite in the data folder. */
async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore(config.databaseUrl, { schema: config.databaseSchema });
  return openSqliteStore(config.dataDir, { synchronous: config.synchronous });
}

export type AppOptions = { config: Config; store?: Store; logger?: boolean };

/** The request log shows method and path only: no query (socket keys), headers or addresses. */
const requestSerializer = (request: { method: string; url: string }) => ({ method: request.method, url: request.url.split('?')[0] });

/** Everything registered, nothing listening: tests call `inject()` or `listen({port: 0})`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const { scripts, problems } = loadScriptDir(config.scriptsDir);
  if (problems.length > 0) throw new Error(`Workshopscripts met fouten:\n${formatProblems(problems)}`);

  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, serializers: { req: requestSerializer } },
    bodyLimit: 64 * 1024,
    trustProxy: false,
  });
  // A full or read-only disk answers `storage_failed`; each workshop keeps its own retention.
  const onCompactionFailed = (error: unknown) => app.log.warn({ err: error }, 'compaction failed; the update log is complete and compaction will be tried again');
  const retention = keepRetentionWindows(refuseOnStorageErrors(options.store ?? (await openStore(config)), { onCompactionFailed }));
  const store = retention.store;
  const peers = config.redisUrl ? await connectRedisPeers(config.redisUrl, app.log) : undefined;
  const rooms = new Rooms(store, {
    peers,
    compactEvery: config.compactEvery,
    idleUnloadMs: config.idleUnloadSeconds * 1000,
    retentionMs: config.retentionDays * 24 * 60 * 60 * 1000,
    log: app.log,
  });
  app.decorate('config', config);
  app.decorate('store', store);
  app.decorate('rooms', rooms);
  app.decorate('scripts', scripts);

  registerErrorHandler(app);
  registerSecurityHeaders(app);
  registerRateLimit(app, config.limits);
  scheduleRetention(app);
  registerSockets(app);
  await app.register(healthRoutes);
  await app.register(scriptRoutes);
  await app.register(workshopRoutes);
  await app.register(joinRoutes);
  await app.register(intentRoutes);
  await app.register(exportRoutes);
  await app.register(trajectoryRoutes);
  await app.register(retentionRoutes, { retention });
  await app.register(synthesisRoutes);
  await app.register(staticClient);

  app.addHook('onClose', async () => {
    await rooms.closeAll();
    await peers?.close();
    await store.close();
  });
  return app;
}
