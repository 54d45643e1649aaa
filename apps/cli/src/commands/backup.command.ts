import { resolve } from 'node:path';
import { JWT_SECRET_FILE } from '../../../api/src/platform/config/jwt-secret';
import { writeBackup } from '../backup/write-backup';
import type { CliCommand } from '../cli-command';
import { parseArgumentAndOptions } from '../parse-options';
import { withRebuildSession } from './rebuild-support';

/**
 * A consistent backup of a running (or stopped) instance: every table of its
 * database from one snapshot, and the signing key kept in the data folder.
 * Personal-data keys and credentials are in it: keep the file as safe as the
 * server (it is written mode 600).
 */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'write a consistent backup of the whole instance to a file (gzip); safe while the api runs',
  usage: '<file>  where the backup goes; replaced only once it is whole',
  async run(args, io) {
    const { argument } = parseArgumentAndOptions(args, '<file>', []);
    const file = resolve(argument);
    return withRebuildSession(io, async ({ config, pool, store }) => {
      if (config.eventStoreConnectionString !== undefined) {
        io.stderr('the event log lives in EventStoreDB: back it up with its own tools; this backup holds the PostgreSQL side\n');
      }
      // Read before the snapshot: every event at or below the head is committed, so the snapshot holds it.
      const position = await store.headPosition();
      // JWT_SECRET given: the secret is the environment's to keep, not the data folder's.
      const files: Record<string, string> = io.env.JWT_SECRET?.trim() ? {} : { [JWT_SECRET_FILE]: `${config.jwtSecret}\n` };
      const summary = await writeBackup({ pool, position, files, file });
      io.stdout(`backed up ${summary.tables} tables, ${summary.rows.toLocaleString('en')} rows, the log up to position ${summary.position}, to ${file}\n`);
      return 0;
    });
  },
};
