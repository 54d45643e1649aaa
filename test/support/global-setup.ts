import './register-paths';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations, startEmbeddedPostgres } from '../../libs/postgres/src';
import { migrations } from '../../apps/api/src/migrations';
import { createTestDatabase, withAdmin } from './database';

/**
 * One real PostgreSQL for the whole run (DATABASE_URL's server when given),
 * and a migrated template that test apps copy their fresh databases from
 * (test/support/database.ts): copying files is several times faster than
 * running every migration again for each suite.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_ADMIN_URL) return;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    process.env.TEST_DATABASE_ADMIN_URL = url.toString();
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'shiji-test-'));
    const server = await startEmbeddedPostgres({ dataDir });
    process.env.TEST_DATABASE_ADMIN_URL = server.adminUrl;
    process.env.TEST_DATA_DIR = dataDir;
    (globalThis as Record<string, unknown>).__SHIJI_TEST_POSTGRES__ = server;
    await withAdmin(server.adminUrl, async (client) => {
      // This cluster lives in a temporary folder and is deleted when the run ends, so a commit need not wait for the
      // disk. Visibility and locking are unchanged; tests of durability and crash recovery start servers of their own.
      await client.query('ALTER SYSTEM SET fsync = off');
      await client.query('ALTER SYSTEM SET synchronous_commit = off');
      await client.query('ALTER SYSTEM SET full_page_writes = off');
      await client.query('SELECT pg_reload_conf()');
    });
  }
  const template = await createTestDatabase({ name: `shiji_template_${randomBytes(4).toString('hex')}` });
  await runMigrations(template.url, migrations);
  process.env.TEST_TEMPLATE_DATABASE = new URL(template.url).pathname.slice(1);
}
