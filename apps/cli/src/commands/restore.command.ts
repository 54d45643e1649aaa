import { chmod, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { JWT_SECRET_FILE } from '../../../api/src/platform/config/jwt-secret';
import { migrations } from '../../../api/src/migrations';
import { restoreBackup, type RestoreSummary } from '../backup/restore-backup';
import type { CliCommand } from '../cli-command';
import { parseArgumentAndOptions } from '../parse-options';
import { describeReport, verifyAndRecord } from './recorded-verification';
import { progressPrinter, withRebuildSession } from './rebuild-support';

/**
 * Rebuilds an instance from a backup into a fresh data folder (the embedded
 * PostgreSQL, created here) or an empty DATABASE_URL database, applies this
 * version's newer migrations, then verifies it. Exit 0 only when the
 * restored views equal a replay of the restored log and every chain holds.
 */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'rebuild a fresh data folder (or an empty DATABASE_URL database) from a backup, then verify it',
  usage: '<file>  a file written by backup\n(exit code 0 only when the restored instance verifies)',
  async run(args, io) {
    const { argument } = parseArgumentAndOptions(args, '<file>', []);
    const file = resolve(argument);
    let restored: RestoreSummary | undefined;
    return withRebuildSession(
      io,
      async (session) => {
        const summary = restored!;
        io.stdout(
          `restored ${summary.manifest.tables.length} tables, ${summary.rows.toLocaleString('en')} rows, the log up to position ${summary.manifest.position}` +
            ` (backup of ${summary.manifest.createdAt})${summary.upgradedBy.length > 0 ? `; then applied ${summary.upgradedBy.join(', ')}` : ''}\n`,
        );
        const progress = progressPrinter(io);
        const report = await verifyAndRecord(session, progress.listener).finally(progress.finish);
        io.stdout(describeReport(report));
        return report.equal ? 0 : 1;
      },
      async (url, config) => {
        restored = await restoreBackup({ url, file, migrations });
        const secret = restored.manifest.files[JWT_SECRET_FILE];
        if (secret !== undefined && !io.env.JWT_SECRET?.trim()) {
          // Tokens issued before the backup stay valid after the restore.
          const target = join(config.dataDir, JWT_SECRET_FILE);
          await writeFile(target, secret, { mode: 0o600 });
          await chmod(target, 0o600);
        }
      },
    );
  },
};
