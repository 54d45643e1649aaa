import { Client } from 'pg';
import { createTestDatabase } from './database';
import { testServer, testServers } from './test-servers';

async function queryOne<T extends Record<string, unknown>>(url: string, sql: string): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describe('test database support', () => {
  it('gives each suite a fresh database on a real PostgreSQL', async () => {
    const database = await createTestDatabase();
    const row = await queryOne<{ version: string; tables: string }>(
      database.url,
      "SELECT version(), (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public') AS tables",
    );
    await database.drop();
    expect(row.version).toMatch(/^PostgreSQL \d+/);
    expect(Number(row.tables)).toBe(0);
  });

  it('copies a migrated database from the worker\'s template', async () => {
    const database = await createTestDatabase({ migrated: true });
    const row = await queryOne<{ events: string | null }>(database.url, "SELECT to_regclass('public.shiji_events')::text AS events");
    await database.drop();
    expect(row.events).toBe('shiji_events');
  });

  it('runs each worker\'s suites on a server of its own, unless DATABASE_URL names the one server', async () => {
    const servers = testServers();
    const ports = new Set(servers.map((server) => new URL(server.adminUrl).port));
    expect(ports.size).toBe(process.env.DATABASE_URL ? 1 : servers.length);
    expect(servers).toContainEqual(testServer());
    expect(testServer()).toEqual(servers[(Number(process.env.JEST_WORKER_ID) - 1) % servers.length]);
  });
});
