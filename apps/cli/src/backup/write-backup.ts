import { createWriteStream } from 'node:fs';
import { chmod, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { PassThrough, type Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BACKUP_MAGIC, END_OF_BACKUP, END_OF_ROWS, NOT_RESTORED_TABLES, TABLE_PREFIX, type BackupManifest, type BackupSequence, type BackupTable } from './backup-format';

export interface WriteBackupOptions {
  pool: Pool;
  /** The log's visible head, read before calling: see BackupManifest.position. */
  position: number;
  files: Record<string, string>;
  /** Where the backup goes; written beside it first and renamed, so a file there is always whole. */
  file: string;
}

export interface BackupSummary {
  position: number;
  tables: number;
  rows: number;
}

/**
 * Every table of the public schema, read in one REPEATABLE READ READ ONLY
 * transaction: one snapshot, so the log, the views with their checkpoints,
 * the personal-data keys and everything else agree with each other, while
 * the api goes on writing. Sequences are read in that transaction too; their
 * values are not transactional, only at least as high as any row's.
 */
export async function writeBackup(options: WriteBackupOptions): Promise<BackupSummary> {
  const partial = `${options.file}.partial`;
  const client = await options.pool.connect();
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const manifest: BackupManifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      position: options.position,
      migrations: await appliedMigrations(client),
      tables: await tables(client),
      sequences: await sequences(client),
      files: options.files,
    };
    const framed = new PassThrough();
    const output = createWriteStream(partial, { mode: 0o600 });
    const written = pipeline(framed, createGzip(), output);
    const write = async (text: string) => {
      if (!framed.write(text)) await once(framed, 'drain');
    };
    await write(`${BACKUP_MAGIC}\n${JSON.stringify(manifest)}\n`);
    for (const table of manifest.tables) {
      await write(`${TABLE_PREFIX}${table.name}\n`);
      rows += await copyRows(client, table, framed);
      await write(`${END_OF_ROWS}\n`);
    }
    framed.end(`${END_OF_BACKUP}\n`);
    await written;
    await client.query('COMMIT');
    await chmod(partial, 0o600);
    await rename(partial, options.file);
    return { position: options.position, tables: manifest.tables.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

async function copyRows(client: PoolClient, table: BackupTable, into: Writable): Promise<number> {
  const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ');
  const copy = client.query(copyTo(`COPY public.${client.escapeIdentifier(table.name)} (${columns}) TO STDOUT`));
  // Not piped: `into` must stay open for the next table.
  for await (const chunk of copy) {
    if (!into.write(chunk)) await once(into, 'drain');
  }
  return Number(copy.rowCount ?? 0);
}

async function appliedMigrations(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY timestamp, name');
  return rows.map((row) => row.name);
}

async function tables(client: PoolClient): Promise<BackupTable[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; xid_columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.atttypid = 'xid8'::regtype) AS xid_columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  return rows
    .filter((row) => !NOT_RESTORED_TABLES.has(row.name))
    .map((row) => ({ name: row.name, columns: row.columns, transactionIdColumns: row.xid_columns ?? [] }));
}

async function sequences(client: PoolClient): Promise<BackupSequence[]> {
  const { rows: names } = await client.query<{ name: string }>("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename");
  const found: BackupSequence[] = [];
  for (const { name } of names) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM public.${client.escapeIdentifier(name)}`);
    found.push({ name, lastValue: String(rows[0].last_value), isCalled: rows[0].is_called });
  }
  return found;
}
