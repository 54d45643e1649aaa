import { rm } from 'node:fs/promises';
import type { EmbeddedPostgres } from '../../libs/postgres/src';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>).__SHIJI_TEST_POSTGRES__ as EmbeddedPostgres | undefined;
  if (!server) return;
  await server.stop();
  if (process.env.TEST_DATA_DIR) await rm(process.env.TEST_DATA_DIR, { recursive: true, force: true });
}
