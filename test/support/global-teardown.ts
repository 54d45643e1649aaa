import { rm } from 'node:fs/promises';
import type { EmbeddedPostgres } from '../../libs/postgres/src';
import { withAdmin } from './database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (template && adminUrl) await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  const server = (globalThis as Record<string, unknown>).__SHIJI_TEST_POSTGRES__ as EmbeddedPostgres | undefined;
  if (!server) return;
  await server.stop();
  if (process.env.TEST_DATA_DIR) await rm(process.env.TEST_DATA_DIR, { recursive: true, force: true });
}
