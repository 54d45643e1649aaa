import { PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionRunner } from '@shiji/projections';
import { openPool } from '@shiji/postgres';
import pino from 'pino';

/**
 * The projections as a process of their own, for deployments that run the
 * api with PROJECTIONS_IN_PROCESS=false. Several projectors may run: each
 * projection's advisory lock keeps exactly one of them writing it.
 */
async function main(): Promise<void> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    logger.fatal('DATABASE_URL is required: the projector joins an existing instance’s database');
    process.exit(1);
  }
  const pool = openPool({ connectionString: databaseUrl, max: 4 }, (error) => logger.warn({ err: error }, 'idle database connection lost'));
  const store = new PostgresEventStore(databaseUrl);
  const runners = [
    new ProjectionRunner(pool, store, ALL_PROJECTIONS, {
      onError: (names, error) => logger.error({ projections: names, err: error }, 'projections failed; restarting from their checkpoints'),
    }),
  ];
  await Promise.all(runners.map((runner) => runner.start()));
  logger.info({ projections: ALL_PROJECTIONS.map((projection) => projection.name) }, 'projector running');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'projector stopping');
    await Promise.all(runners.map((runner) => runner.stop()));
    await store.close();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
