import { PostgresEventStore, type EventStore } from '@shiji/event-store';
import type { ProgressListener, ReplayProgress } from '@shiji/projections';
import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import type { AppConfig } from '../../../api/src/platform/config/app-config';
import { loadConfig } from '../../../api/src/platform/config/load-config';
import { resolveDatabase } from '../../../api/src/platform/database/resolve-database';
import { createEventStore } from '../../../api/src/platform/event-store/create-event-store';
import type { CliIo } from '../cli-command';

export interface RebuildSession {
  config: AppConfig;
  /** The database's connection string, for the migration runner. */
  url: string;
  pool: Pool;
  store: EventStore;
  /** Whether the store keeps a hash chain to recompute. */
  hashChains: boolean;
}

/**
 * Opens the instance's database and event store for `replay`, `verify`,
 * `backup`, `restore`, `admin` and `token`, and closes both afterwards. The database is
 * DATABASE_URL's, or the embedded server of DATA_DIR: the one running for
 * the api when it runs, else one started here for the command. `prepare`
 * runs on the bare database before the pool and the store open.
 */
export async function withRebuildSession<T>(io: CliIo, work: (session: RebuildSession) => Promise<T>, prepare?: (url: string, config: AppConfig) => Promise<void>): Promise<T> {
  const config = await loadConfig(io.env);
  const database = await resolveDatabase(config, (line) => io.stderr(`${line}\n`));
  try {
    await prepare?.(database.url, config);
    const pool = openPool({ connectionString: database.url, max: 4, application_name: 'shiji-cli' });
    const store = createEventStore({ databaseUrl: database.url, eventStoreConnectionString: config.eventStoreConnectionString });
    try {
      return await work({ config, url: database.url, pool, store, hashChains: store instanceof PostgresEventStore });
    } finally {
      await store.close();
      await pool.end();
    }
  } finally {
    await database.stop();
  }
}

const REDRAW_MS = 250;

/**
 * Progress on stderr, redrawn in place at most four times a second: events
 * done, rate and time left. Only on a terminal; piped or captured stderr gets
 * nothing, so logs stay clean. `finish` ends the line.
 */
export function progressPrinter(io: CliIo, isTty: boolean = process.stderr.isTTY === true): { listener: ProgressListener; finish: () => void } {
  if (!isTty) return { listener: () => undefined, finish: () => undefined };
  let phase: ReplayProgress['phase'] | null = null;
  let phaseStart = Date.now();
  let lastDraw = 0;
  let drawn = false;
  const listener: ProgressListener = (progress) => {
    const now = Date.now();
    if (progress.phase !== phase) {
      if (drawn) io.stderr('\n');
      phase = progress.phase;
      phaseStart = now;
    }
    if (now - lastDraw < REDRAW_MS && progress.done < progress.total) return;
    lastDraw = now;
    drawn = true;
    const seconds = Math.max((now - phaseStart) / 1000, 0.001);
    const rate = progress.done / seconds;
    const left = rate > 0 ? Math.max(0, (progress.total - progress.done) / rate) : 0;
    io.stderr(`\r\x1b[2K${progress.phase}: ${progress.done.toLocaleString('en')} / ${progress.total.toLocaleString('en')}, ${Math.round(rate).toLocaleString('en')}/s, ${left.toFixed(0)} s left`);
  };
  return { listener, finish: () => drawn && io.stderr('\n') };
}
