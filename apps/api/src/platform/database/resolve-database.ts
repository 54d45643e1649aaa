import { startEmbeddedPostgres } from '@shiji/postgres';
import type { AppConfig } from '../config/app-config';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; nothing to do for DATABASE_URL. Call after every pool is closed. */
  stop(): Promise<void>;
}

/** DATABASE_URL when given, else a PostgreSQL server kept under DATA_DIR/pg, started here. */
export async function resolveDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  log: (line: string) => void,
): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  return { url: server.url, embedded: true, stop: () => server.stop() };
}
