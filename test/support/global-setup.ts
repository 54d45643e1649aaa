import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/postgres/src';

/**
 * One real PostgreSQL for the whole run (DATABASE_URL's server when given);
 * each suite gets its own fresh database from test/support/database.ts.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_ADMIN_URL) return;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    process.env.TEST_DATABASE_ADMIN_URL = url.toString();
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'shiji-test-'));
  const server = await startEmbeddedPostgres({ dataDir });
  process.env.TEST_DATABASE_ADMIN_URL = server.adminUrl;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as Record<string, unknown>).__SHIJI_TEST_POSTGRES__ = server;
}
