import { ALL_PROJECTIONS, ProjectionRunner } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import { ProcessLifecycle } from '../../api/src/platform/bootstrap/process-lifecycle';
import { ConfigError } from '../../api/src/platform/config/config.error';
import { loadConfig } from '../../api/src/platform/config/load-config';
import { migrations } from '../../api/src/migrations';
import { resolveDatabase } from '../../api/src/platform/database/resolve-database';
import { createEventStore } from '../../api/src/platform/event-store/create-event-store';
import { createRootLogger } from '../../api/src/platform/logging/root-logger';

/**
 * The projections as a process of their own, for deployments that run the
 * api with PROJECTIONS_IN_PROCESS=false. It reads the api's configuration:
 * DATABASE_URL, or the embedded PostgreSQL of DATA_DIR (the running one, or
 * started here). Several projectors may run: each projection's advisory lock
 * keeps exactly one of them writing it.
 */
async function main(): Promise<void> {
  const config = await loadConfig(process.env).catch((error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    return process.exit(1);
  });
  const logger = createRootLogger(config.logLevel, { name: 'shiji-projector' });
  const lifecycle = new ProcessLifecycle(logger);

  lifecycle.start(async () => {
    const database = await resolveDatabase(config, (line) => logger.info(line));
    if (database.embedded) lifecycle.onStop('embedded PostgreSQL', database.stop);
    const applied = await runMigrations(database.url, migrations);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');

    const pool = openPool({ connectionString: database.url, max: 4, application_name: 'shiji-projector' }, (error) =>
      logger.warn({ err: error }, 'idle database connection lost'),
    );
    lifecycle.onStop('database pool', () => pool.end());
    const store = createEventStore({ databaseUrl: database.url, eventStoreConnectionString: config.eventStoreConnectionString });
    lifecycle.onStop('event store', () => store.close());
    const runner = new ProjectionRunner(pool, store, ALL_PROJECTIONS, {
      onError: (names, error) => logger.error({ projections: names, err: error }, 'projections failed; restarting from their checkpoints'),
    });
    lifecycle.onStop('projections', () => runner.stop());
    if (lifecycle.isStopping) return;
    await runner.start();
    logger.info({ projections: ALL_PROJECTIONS.map((projection) => projection.name) }, 'projector running');
  });
}

void main();
