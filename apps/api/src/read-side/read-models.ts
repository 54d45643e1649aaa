import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { NotificationListener } from '@shiji/event-store';
import { ALL_PROJECTIONS, projectionsPositionSql, tableName, VIEWS_REPLACED_CHANNEL } from '@shiji/projections';
import { escapeLiteral, type Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { preparedStatement, statementName } from '../platform/database/prepared-statement';
import { CurrentSnapshots, type Snapshot } from './current-snapshots';
import { LogWatch } from './log-watch';

/** Snapshots kept in memory at most (an account's is a few kB). */
const SNAPSHOT_CAPACITY = 10_000;
/**
 * How long a snapshot serves at most: the bound on serving a view changed
 * behind the log's back without a notice (a hand edit). A replay's notice
 * drops every snapshot at once; while the notices cannot be heard (the
 * LISTEN connection is down), the bound is short, as a replay may pass
 * unheard.
 */
const MAX_AGE_MS = { hearingNotices: 60_000, deaf: 5_000 };
/** Pause before listening again after the LISTEN connection failed (doubling, at most 10 s). */
const LISTEN_RETRY_MS = 1_000;

/** Documents of the read-model collections. Queries never touch the event store. */
@Injectable()
export class ReadModels implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly snapshots: CurrentSnapshots<Record<string, unknown>> | null;
  /** The notice `cli replay` sends when it has replaced the views (VIEWS_REPLACED_CHANNEL). */
  private readonly replacements: NotificationListener | null;

  constructor(
    @Inject(DATABASE_POOL) readonly pool: Pool,
    heads: LogWatch,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'cachedAccountReads'>,
  ) {
    if (config.cachedAccountReads) {
      const snapshots = new CurrentSnapshots<Record<string, unknown>>(
        { capacity: SNAPSHOT_CAPACITY, maxAgeMs: () => (this.replacements?.listening ? MAX_AGE_MS.hearingNotices : MAX_AGE_MS.deaf) },
        (position) => heads.nothingAfter(position),
      );
      this.snapshots = snapshots;
      // Raised on every notice, and when listening (again) begins: a replay may have passed unheard before.
      this.replacements = new NotificationListener(pool, VIEWS_REPLACED_CHANNEL, { raise: () => snapshots.forgetAll() }, LISTEN_RETRY_MS, '');
    } else {
      this.snapshots = null;
      this.replacements = null;
    }
  }

  onApplicationBootstrap(): void {
    this.replacements?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.replacements?.close();
  }

  async findById<T>(collection: string, id: string): Promise<T | null> {
    const { rows } = await this.pool.query<{ data: T }>(preparedStatement(`SELECT data FROM ${tableName(collection)} WHERE id = $1`, [id]));
    return rows[0]?.data ?? null;
  }

  /**
   * Several documents and the log position every view has reached, in one
   * statement: one round trip, and one snapshot, so the position is exactly
   * what the documents reflect (a projection commits its rows and its
   * checkpoint together). A position of 0 means some view has not started.
   *
   * While the log holds nothing after that position, the same read is
   * answered from memory (CurrentSnapshots, CACHED_ACCOUNT_READS); the
   * documents come back deep-frozen.
   */
  async findAtPosition<T extends Record<string, unknown>>(lookups: { [K in keyof T]: readonly [collection: string, id: string] }): Promise<Snapshot<{ [K in keyof T]: T[K] | null }>> {
    type Found = { [K in keyof T]: T[K] | null };
    const keys = Object.keys(lookups) as Array<keyof T & string>;
    const statement = snapshotStatement(keys.map((key) => lookups[key][0]));
    const ids = keys.map((key) => lookups[key][1]);
    const cacheKey = this.snapshots ? `${statement.name}:${JSON.stringify(ids)}` : '';
    const cached = this.snapshots?.get(cacheKey);
    if (cached) return cached as Snapshot<Found>;
    const { rows } = await this.pool.query<Record<string, unknown>>({ ...statement, values: ids });
    const row = rows[0];
    const found = Object.fromEntries(keys.map((key, index) => [key, row[`d${index}`] ?? null])) as Found;
    const snapshot = { found, position: Number(row.position) };
    return this.snapshots ? (this.snapshots.remember(cacheKey, snapshot) as Snapshot<Found>) : snapshot;
  }

  async findByIds<T>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; data: T }>(`SELECT id, data FROM ${tableName(collection)} WHERE id = ANY($1::text[])`, [[...ids]]);
    return new Map(rows.map((row) => [row.id, row.data]));
  }
}

/** The projections' names as an SQL array: constants of the code, written into the statement rather than sent with every read. */
const PROJECTION_NAMES_SQL = `ARRAY[${ALL_PROJECTIONS.map((projection) => escapeLiteral(projection.name)).join(', ')}]::text[]`;

const snapshotStatements = new Map<string, { name: string; text: string }>();

/**
 * The statement for documents of these collections, in this order, plus the
 * views' position: built and named once per shape. Building its text on every
 * read, then hashing that new string to find its name, was a tenth of the
 * account read's own work. Prepared: planning these lookups costs more than
 * running them (reads +35 % in the bench).
 */
function snapshotStatement(collections: readonly string[]): { name: string; text: string } {
  const shape = collections.join(',');
  let statement = snapshotStatements.get(shape);
  if (statement === undefined) {
    const columns = collections.map((collection, index) => `(SELECT data FROM ${tableName(collection)} WHERE id = $${index + 1}) AS d${index}`);
    const text = `SELECT ${[...columns, `${projectionsPositionSql(PROJECTION_NAMES_SQL)} AS position`].join(', ')}`;
    statement = { name: statementName(text), text };
    snapshotStatements.set(shape, statement);
  }
  return statement;
}
