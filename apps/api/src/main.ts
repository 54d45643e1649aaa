import { runMigrations } from '@shiji/postgres';
import { createApp } from './platform/bootstrap/create-app';
import { ProcessLifecycle } from './platform/bootstrap/process-lifecycle';
import { ensurePortFree, explainListenError } from './platform/bootstrap/startup-error';
import { ConfigError } from './platform/config/config.error';
import { loadConfig } from './platform/config/load-config';
import { migrations } from './migrations';
import { resolveDatabase } from './platform/database/resolve-database';
import { createRootLogger } from './platform/logging/root-logger';

async function main(): Promise<void> {
  const config = await loadConfig(process.env).catch((error: unknown) => {
    // No logger yet: the configuration says how to log.
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    return process.exit(1);
  });
  const logger = createRootLogger(config.logLevel);
  const lifecycle = new ProcessLifecycle(logger);

  const listen = { port: config.port, host: config.host, setting: 'PORT' };
  lifecycle.start(async () => {
    await ensurePortFree(listen);
    const database = await resolveDatabase(config, (line) => logger.info(line));
    if (database.embedded) lifecycle.onStop('embedded PostgreSQL', database.stop);
    if (lifecycle.isStopping) return;

    const applied = await runMigrations(database.url, migrations);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    if (lifecycle.isStopping) return;

    const app = await createApp({ config, databaseUrl: database.url, logger });
    lifecycle.onStop('api', () => app.close());
    if (lifecycle.isStopping) return;

    await app.listen({ port: config.port, host: config.host }).catch((error: unknown) => {
      throw explainListenError(error, listen);
    });
    logger.info({ url: await app.getUrl() }, 'api listening');
  });
}

void main();
