import './register-paths';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '@jest/types';
import { runMigrations, startEmbeddedPostgres } from '../../libs/postgres/src';
import { migrations } from '../../apps/api/src/migrations';
import { withAdmin } from './database';
import { publishTestServers, STARTED_SERVERS, type StartedServers, type TestServer } from './test-servers';

/**
 * A real PostgreSQL per Jest worker (DATABASE_URL's one server when given),
 * each with a migrated template that test apps copy their fresh databases
 * from (test/support/database.ts): copying files is several times faster
 * than running every migration again for each suite.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env.TEST_SERVERS) return;
  const adminUrls = process.env.DATABASE_URL ? [adminUrlOf(process.env.DATABASE_URL)] : await startServers(Math.max(globalConfig.maxWorkers, 1));
  publishTestServers(await Promise.all(adminUrls.map(withTemplate)));
}

function adminUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

async function startServers(count: number): Promise<string[]> {
  const dataDirs = await Promise.all(Array.from({ length: count }, () => mkdtemp(join(tmpdir(), 'shiji-test-'))));
  const servers = await Promise.all(dataDirs.map((dataDir) => startEmbeddedPostgres({ dataDir })));
  (globalThis as Record<string, unknown>)[STARTED_SERVERS] = { servers, dataDirs } satisfies StartedServers;
  for (const server of servers) {
    await withAdmin(server.adminUrl, async (client) => {
      // These clusters live in temporary folders deleted when the run ends, so a commit need not wait for the disk.
      // Visibility and locking are unchanged; tests of durability and crash recovery start servers of their own.
      await client.query('ALTER SYSTEM SET fsync = off');
      await client.query('ALTER SYSTEM SET synchronous_commit = off');
      await client.query('ALTER SYSTEM SET full_page_writes = off');
      await client.query('SELECT pg_reload_conf()');
    });
  }
  return servers.map((server) => server.adminUrl);
}

async function withTemplate(adminUrl: string): Promise<TestServer> {
  const template = `shiji_template_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  await runMigrations(url.toString(), migrations);
  return { adminUrl, template };
}
