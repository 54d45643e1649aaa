import type { EmbeddedPostgres } from '../../libs/postgres/src';

/**
 * The PostgreSQL servers of a test run, one per Jest worker (global-setup.ts
 * starts them). A worker's suites use only its own server: the log shows an
 * event once every transaction begun before it has ended, and transaction
 * ids are a whole server's, so suites of two workers on one server would hold
 * back each other's log reads.
 */
export interface TestServer {
  /** The server's maintenance database, for CREATE DATABASE. */
  adminUrl: string;
  /** A migrated database that `createTestDatabase({ migrated: true })` copies. */
  template: string;
}

/** The servers this run started (none on DATABASE_URL's), for the teardown to stop and delete; kept on globalThis. */
export interface StartedServers {
  servers: EmbeddedPostgres[];
  dataDirs: string[];
}

export const STARTED_SERVERS = '__SHIJI_TEST_POSTGRES__';

const SERVERS_VARIABLE = 'TEST_SERVERS';

export function publishTestServers(servers: readonly TestServer[]): void {
  process.env[SERVERS_VARIABLE] = JSON.stringify(servers);
}

export function testServers(): TestServer[] {
  const published = process.env[SERVERS_VARIABLE];
  if (!published) throw new Error(`${SERVERS_VARIABLE} is not set: run the tests through jest (global setup)`);
  return JSON.parse(published) as TestServer[];
}

/** This worker's server (JEST_WORKER_ID counts from 1; one server serves every worker when DATABASE_URL names it). */
export function testServer(): TestServer {
  const servers = testServers();
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return servers[(Math.max(worker, 1) - 1) % servers.length];
}
