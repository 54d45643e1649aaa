import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres, type EmbeddedPostgres } from '@shiji/postgres';
import { migrations } from '../../apps/api/src/migrations';

/** An embedded PostgreSQL in a fresh temp folder, removed again by dispose(). */
export interface BenchDatabase {
  tempDir: string;
  postgres: EmbeddedPostgres;
  /** The api's database (migrated). */
  url: string;
  /** A database of its own, migrated, or a plain one when `migrate` is false. */
  createDatabase(name: string, migrate?: boolean): Promise<string>;
  dispose(): Promise<void>;
}

export async function startBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const tempDir = await mkdtemp(join(tmpdir(), 'shiji-bench-'));
  let postgres: EmbeddedPostgres | undefined;
  try {
    // mkdtemp makes it 0700; run as root, PostgreSQL runs as another OS user that must reach its data folder.
    await chmod(tempDir, 0o755);
    postgres = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), database: 'shiji', log });
    await runMigrations(postgres.url, migrations);
  } catch (error) {
    await postgres?.stop().catch(() => undefined);
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  const started = postgres;
  const base = started.adminUrl.slice(0, started.adminUrl.lastIndexOf('/'));
  return {
    tempDir,
    postgres: started,
    url: started.url,
    async createDatabase(name, migrate = true) {
      const admin = new Client({ connectionString: started.adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
      } finally {
        await admin.end();
      }
      const url = `${base}/${name}`;
      if (migrate) await runMigrations(url, migrations);
      return url;
    },
    async dispose() {
      try {
        await started.stop();
      } finally {
        await rm(tempDir, { recursive: true, force: true });
      }
    },
  };
}
