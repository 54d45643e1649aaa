import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testServer } from './test-servers';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Its name; a random `test_…` unless given. */
  name?: string;
  /** A copy of the worker's migrated template (global-setup.ts) rather than an empty database. */
  migrated?: boolean;
}

/** A fresh database on this worker's PostgreSQL (see global-setup.ts): empty, or migrated when asked. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const server = testServer();
  const adminUrl = server.adminUrl;
  const name = options.name ?? `test_${randomBytes(6).toString('hex')}`;
  const template = options.migrated ? server.template : undefined;
  await withAdmin(adminUrl, (client) => client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs `work` on a connection to the server's maintenance database, and closes it. */
export async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
