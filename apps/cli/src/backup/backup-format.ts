/**
 * A backup file, gzip-compressed, line by line:
 *
 *   SHIJI-BACKUP 1
 *   {manifest as one line of JSON}
 *   TABLE <name>                 once per table, in the manifest's order,
 *   <rows in COPY text format>   one row a line (COPY escapes newlines),
 *   \.                           then the end of that table's rows
 *   END                          the file is whole
 *
 * In COPY's text format a backslash in a value is written `\\`, so no row
 * can be the line `\.`.
 */
export const BACKUP_MAGIC = 'SHIJI-BACKUP 1';
export const TABLE_PREFIX = 'TABLE ';
export const END_OF_ROWS = '\\.';
export const END_OF_BACKUP = 'END';

export interface BackupTable {
  /** A table of the public schema. */
  name: string;
  /** Stored columns in order; generated columns are left to the restoring database to compute. */
  columns: string[];
  /**
   * Columns of type xid8: transaction ids mean something only in the cluster
   * that assigned them, so a restore gives them its own transaction's id.
   */
  transactionIdColumns: string[];
}

export interface BackupSequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupManifest {
  format: 1;
  createdAt: string;
  /**
   * Every event at or below this position is in the backup: the log's
   * visible head before the snapshot was taken, so every append
   * acknowledged by then is included (later ones may be too).
   */
  position: number;
  /** Migrations applied to the backed-up database; a restore applies these first, loads the rows, then the newer ones. */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
  /** Secrets kept in the data folder rather than the database, by file name (the JWT signing key). */
  files: Record<string, string>;
}

/** Tables whose rows a restore does not load: the migration runner writes its own. */
export const NOT_RESTORED_TABLES = new Set(['schema_migrations']);
