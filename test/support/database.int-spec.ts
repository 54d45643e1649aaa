import { Client } from 'pg';
import { createTestDatabase } from './database';

describe('test database support', () => {
  it('gives each suite a fresh database on a real PostgreSQL', async () => {
    const database = await createTestDatabase();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ version: string; tables: string }>(
      "SELECT version(), (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public') AS tables",
    );
    await client.end();
    await database.drop();
    expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
    expect(Number(rows[0].tables)).toBe(0);
  });
});
