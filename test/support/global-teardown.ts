import { rm } from 'node:fs/promises';
import { withAdmin } from './database';
import { STARTED_SERVERS, testServers, type StartedServers } from './test-servers';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>)[STARTED_SERVERS] as StartedServers | undefined;
  if (!started) {
    // DATABASE_URL's server: only the templates were ours.
    for (const { adminUrl, template } of testServers()) await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
    return;
  }
  await Promise.all(started.servers.map((server) => server.stop()));
  await Promise.all(started.dataDirs.map((dataDir) => rm(dataDir, { recursive: true, force: true })));
}
