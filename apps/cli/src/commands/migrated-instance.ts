import { runMigrations } from '@shiji/postgres';
import { migrations } from '../../../api/src/migrations';
import type { CliIo } from '../cli-command';
import { withRebuildSession, type RebuildSession } from './rebuild-support';

/** The instance's database and log, migrated first: `admin` and `token` may run on an installation never started. */
export function withMigratedInstance(io: CliIo, work: (session: RebuildSession) => Promise<number>): Promise<number> {
  return withRebuildSession(io, async (session) => {
    await runMigrations(session.url, migrations);
    return work(session);
  });
}
