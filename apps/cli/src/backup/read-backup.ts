import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { BACKUP_MAGIC, END_OF_BACKUP, END_OF_ROWS, TABLE_PREFIX, type BackupManifest } from './backup-format';

/** A backup file's lines in order: its manifest first, then each table's rows, checked against the manifest as they come. */
export class BackupReader {
  private readonly lines: AsyncIterator<string>;

  constructor(file: string) {
    const input = createReadStream(file).pipe(createGunzip());
    this.lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  }

  async manifest(): Promise<BackupManifest> {
    if ((await this.next()) !== BACKUP_MAGIC) throw new Error('not a Shiji backup (its first line is not SHIJI-BACKUP 1)');
    return JSON.parse(await this.next()) as BackupManifest;
  }

  /** The rows of `table`, which must be the next one in the file, each without its newline. */
  async *rows(table: string): AsyncGenerator<string> {
    const heading = await this.next();
    if (heading !== `${TABLE_PREFIX}${table}`) throw new Error(`the backup is damaged: expected the rows of ${table}, found ${JSON.stringify(heading.slice(0, 80))}`);
    for (;;) {
      const line = await this.next();
      if (line === END_OF_ROWS) return;
      yield line;
    }
  }

  async end(): Promise<void> {
    if ((await this.next()) !== END_OF_BACKUP) throw new Error('the backup is damaged: it does not end where its manifest says');
  }

  private async next(): Promise<string> {
    const { value, done } = await this.lines.next();
    if (done) throw new Error('the backup is cut short');
    return value;
  }
}
