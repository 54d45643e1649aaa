import { runMigrations } from '@shiji/postgres';
import { loadConfig } from '../../../api/src/platform/config/load-config';
import { migrations } from '../../../api/src/migrations';
import { resolveDatabase } from '../../../api/src/platform/database/resolve-database';
import type { CliCommand } from '../cli-command';
import { parseOptions } from '../parse-options';

/** Applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL (started and stopped here). */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'apply pending database migrations',
  usage: '(no options; uses DATABASE_URL or the embedded PostgreSQL under DATA_DIR)',
  async run(args, io) {
    parseOptions(args, []);
    const config = await loadConfig(io.env);
    const database = await resolveDatabase(config, (line) => io.stderr(`${line}\n`));
    try {
      const applied = await runMigrations(database.url, migrations);
      io.stdout(applied.length === 0 ? 'no pending migrations\n' : applied.map((name) => `applied ${name}\n`).join(''));
      return 0;
    } finally {
      await database.stop();
    }
  },
};
