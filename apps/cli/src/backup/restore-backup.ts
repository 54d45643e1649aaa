import { once } from 'node:events';
import { runMigrations, type MigrationClass } from '@shiji/postgres';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BackupManifest, BackupTable } from './backup-format';
import { BackupReader } from './read-backup';

export interface RestoreOptions {
  /** An empty database: a fresh data folder's, or an empty DATABASE_URL. */
  url: string;
  file: string;
  /** This version's migrations: a superset of the backup's. */
  migrations: readonly MigrationClass[];
}

export interface RestoreSummary {
  manifest: BackupManifest;
  rows: number;
  /** Migrations newer than the backup, applied after its rows were loaded. */
  upgradedBy: string[];
}

/**
 * Rebuilds the backed-up database: the schema as it was (the backup's own
 * migrations), its rows and sequences in one transaction, then this
 * version's newer migrations, as an upgrade would have applied them.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const reader = new BackupReader(options.file);
  const manifest = await reader.manifest();
  const byName = new Map(options.migrations.map((migration) => [new migration().name ?? migration.name, migration]));
  const unknown = manifest.migrations.filter((name) => !byName.has(name));
  if (unknown.length > 0) throw new Error(`the backup was made by a newer version: its migrations ${unknown.join(', ')} are unknown here; restore it with that version or a later one`);

  const client = new Client({ connectionString: options.url });
  await client.connect();
  let rows = 0;
  try {
    const { rows: existing } = await client.query<{ tables: number }>("SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'");
    if (existing[0].tables > 0) throw new Error('the database is not empty: restore into a fresh data folder (DATA_DIR) or an empty DATABASE_URL database');
    await runMigrations(options.url, manifest.migrations.map((name) => byName.get(name)!));

    await client.query('BEGIN');
    for (const table of manifest.tables) rows += await loadTable(client, table, reader.rows(table.name));
    for (const sequence of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [`public.${client.escapeIdentifier(sequence.name)}`, sequence.lastValue, sequence.isCalled]);
    }
    await reader.end();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  const upgradedBy = await runMigrations(options.url, options.migrations);
  return { manifest, rows, upgradedBy };
}

/**
 * COPY straight into the table, or through a scratch table when it has
 * transaction ids: those of another cluster would be compared with this
 * one's (readers take only events of transactions older than the oldest
 * running), so every restored row takes the restoring transaction's id:
 * older than anything appended after the restore, visible once it commits.
 */
async function loadTable(client: Client, table: BackupTable, rows: AsyncGenerator<string>): Promise<number> {
  await mustHaveColumns(client, table);
  const target = `public.${client.escapeIdentifier(table.name)}`;
  const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ');
  const rewritten = table.transactionIdColumns.length > 0;
  const scratch = client.escapeIdentifier(`restore_${table.name}`);
  if (rewritten) await client.query(`CREATE TEMP TABLE ${scratch} ON COMMIT DROP AS SELECT ${columns} FROM ${target} WITH NO DATA`);
  const copy = client.query(copyFrom(`COPY ${rewritten ? scratch : target} (${columns}) FROM STDIN`));
  const finished = new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', reject);
  });
  let count = 0;
  for await (const row of rows) {
    count += 1;
    if (!copy.write(`${row}\n`)) await once(copy, 'drain');
  }
  copy.end();
  await finished;
  if (rewritten) {
    const values = table.columns
      .map((column) => (table.transactionIdColumns.includes(column) ? 'pg_current_xact_id()' : client.escapeIdentifier(column)))
      .join(', ');
    await client.query(`INSERT INTO ${target} (${columns}) SELECT ${values} FROM ${scratch}`);
  }
  return count;
}

async function mustHaveColumns(client: Client, table: BackupTable): Promise<void> {
  const { rows } = await client.query<{ column: string }>(
    "SELECT column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'",
    [table.name],
  );
  const present = new Set(rows.map((row) => row.column));
  const missing = table.columns.filter((column) => !present.has(column));
  if (missing.length > 0) {
    throw new Error(`the backup's table ${table.name} has columns this version's schema lacks at the backup's migrations: ${missing.join(', ')}`);
  }
}
