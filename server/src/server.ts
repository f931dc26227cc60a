import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { printWelcome } from './welcome.ts';

/** Reads the environment, listens, handles signals — nothing else. */
const config = readConfig();
const app = await buildApp({ config });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: stopping`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ port: config.port, host: config.host });
  await printWelcome(app);
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  process.exit(1);
}
