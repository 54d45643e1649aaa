import { runMigrations } from '@shiji/postgres';
import { createApp } from './platform/bootstrap/create-app';
import { ProcessLifecycle } from './platform/bootstrap/process-lifecycle';
import { ensurePortFree, explainListenError } from './platform/bootstrap/startup-error';
import { ConfigError } from './platform/config/config.error';
import { loadConfig } from './platform/config/load-config';
import { migrations } from './migrations';
import { Metrics } from './platform/metrics/metrics';
import { startMetricsServer } from './platform/metrics/metrics-server';
import { resolveDatabase } from './platform/database/resolve-database';
import { createRootLogger } from './platform/logging/root-logger';
import { startTracing } from './platform/tracing/tracing';

async function main(): Promise<void> {
  const config = await loadConfig(process.env).catch((error: unknown) => {
    // No logger yet: the configuration says how to log.
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    return process.exit(1);
  });
  const logger = createRootLogger(config.logLevel);
  const lifecycle = new ProcessLifecycle(logger);
  // First, so its spans are the last thing sent when the process stops.
  const tracing = startTracing(config.tracing);
  if (tracing) lifecycle.onStop('tracing', () => tracing.shutdown());

  const listen = { port: config.port, host: config.host, setting: 'PORT' };
  const metricsPort = config.metrics.port;
  const metricsListen = { port: metricsPort ?? 0, host: config.metrics.host, setting: 'METRICS_PORT' };
  lifecycle.start(async () => {
    await ensurePortFree(listen);
    if (metricsPort !== null) await ensurePortFree(metricsListen);
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

    if (metricsPort === null) return;
    const metrics = await startMetricsServer(app.get(Metrics), { ...config.metrics, port: metricsPort }, (error) =>
      logger.error({ err: error }, 'collecting metrics failed'),
    ).catch((error: unknown) => {
      throw explainListenError(error, metricsListen);
    });
    lifecycle.onStop('metrics listener', () => metrics.close());
    logger.info({ url: metrics.url }, 'metrics listening');
  });
}

void main();
