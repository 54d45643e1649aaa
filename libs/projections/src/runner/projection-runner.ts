import type { EventStore, StoredEvent, Subscription } from '@shiji/event-store';
import type { Pool, PoolClient } from 'pg';
import { sqlIdentifier } from './collection';
import { inBatchTransaction } from './batch-transaction';
import { DocumentCache } from './document-cache';
import { batchCommitStatement } from './batch-commit';
import { BatchDocumentStore, type CollectionWrite } from './document-store';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  schema?: string;
  batchSize?: number;
  /** Called after each committed batch with the new checkpoint. */
  onCheckpoint?: (names: readonly string[], position: number) => void;
  onError?: (names: readonly string[], error: unknown) => void;
  /** How often a standby retries for the writer locks. */
  lockRetryMs?: number;
  /** Documents kept in memory between batches (least recently used go first, 5,000 by default); with 0 only those of the batch before. */
  documentCacheSize?: number;
}

/** A batch applied in memory, waiting for its turn to commit. */
interface PreparedBatch {
  last: number;
  /** The projections whose checkpoint this batch moves, and from where. */
  moved: Array<{ name: string; from: number }>;
  writes: CollectionWrite[];
}

/** Another process moved a checkpoint we own: we are no longer the writer. */
export class CheckpointMovedError extends Error {
  constructor(readonly projection: string) {
    super(`Checkpoint of ${projection} moved under this runner`);
    this.name = 'CheckpointMovedError';
  }
}

/**
 * Runs one or more projections over a single pass of the log. It first
 * becomes their only writer (one advisory lock per projection, held on a
 * dedicated connection), then applies the log from the lowest checkpoint in
 * batches. Each batch's documents and every checkpoint commit in one
 * transaction, so a crash anywhere neither loses nor doubles an effect; a
 * projection skips events at or before its own checkpoint.
 *
 * Batches overlap by one: while a batch's rows are written and committed,
 * the next one is read and applied in memory, on documents the runner keeps
 * from the batches before (DocumentCache). It commits only after the batch
 * before it has, and only if every checkpoint row it moves is still the row
 * this runner wrote last: the checkpoint's position and its row version
 * (`xmin`, the transaction that wrote it). Any other writer (a replay's swap,
 * a runner that took over) changes the row version, so a batch applied on
 * documents that writer replaced never commits; the runner then starts over
 * from the committed checkpoints with an empty cache.
 */
export class ProjectionRunner {
  private subscription: Subscription | null = null;
  private lockClient: PoolClient | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly schema: string;
  private readonly projections: readonly Projection[];
  private readonly names: readonly string[];
  /** Up to where each projection's batches have been applied in memory (committed, or next in line to commit). */
  private checkpoints = new Map<string, number>();
  /** The row version of each checkpoint row as this writer last saw or wrote it; the database must still agree when we commit. */
  private rowVersions = new Map<string, string>();
  private readonly cache: DocumentCache;
  /** The commit of the batch applied last; the next batch commits after it. */
  private committing: Promise<void> = Promise.resolve();
  /** Counts the times this runner stopped leading: a batch begun in an earlier term never reaches the cache or commits. */
  private term = 0;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    projections: Projection | readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.schema = sqlIdentifier(options.schema ?? 'public');
    this.projections = Array.isArray(projections) ? projections : [projections as Projection];
    this.names = this.projections.map((projection) => projection.name);
    this.cache = new DocumentCache(options.documentCacheSize ?? 5000);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.tryToLead();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.term += 1;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const subscription = this.subscription;
    this.subscription = null;
    if (subscription) await subscription.stop();
    await this.committing.catch(() => undefined);
    this.releaseLocks();
  }

  private async tryToLead(): Promise<void> {
    if (this.stopped) return;
    const client = await this.pool.connect();
    const keys = this.names.map((name) => `projection:${this.schema}:${name}`);
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext(key)) AS locked FROM unnest($1::text[]) AS key', [keys]);
    if (!rows.every((row) => row.locked)) {
      // Partly locked is not leading: give back what we got and wait our turn.
      await client.query('SELECT pg_advisory_unlock_all()');
      client.release();
      this.scheduleLead(this.options.lockRetryMs ?? 5000);
      return;
    }
    this.lockClient = client;
    // A dropped lock connection means we may no longer be the writer: stop and lead again.
    client.on('error', (error: Error) => this.failed(error));
    try {
      // A batch of an earlier term may still be committing: its outcome decides where this term starts.
      await this.committing.catch(() => undefined);
      this.committing = Promise.resolve();
      this.cache.clear();
      const rows = await readCheckpointRows(this.pool, this.schema, this.names);
      this.checkpoints = new Map([...rows].map(([name, row]) => [name, row.position]));
      this.rowVersions = new Map([...rows].map(([name, row]) => [name, row.version]));
    } catch (error) {
      this.releaseLocks();
      throw error;
    }
    const after = Math.min(...this.checkpoints.values());
    this.subscription = this.store.subscribeToAll({ after, batchSize: this.batchSize }, (events) => this.applyBatch(events));
    this.subscription.done.catch((error: unknown) => this.failed(error));
  }

  private releaseLocks(): void {
    // Closing the session releases its advisory locks, even if the connection is broken.
    this.lockClient?.release(true);
    this.lockClient = null;
  }

  private failed(error: unknown): void {
    if (this.stopped || !this.lockClient) return;
    this.options.onError?.(this.names, error);
    this.term += 1;
    // Give up the locks and start over from the committed checkpoints.
    const subscription = this.subscription;
    this.subscription = null;
    void subscription?.stop();
    this.releaseLocks();
    this.scheduleLead(1000);
  }

  /** Tries to lead again after `ms`; while the database is unreachable it reports and keeps trying. */
  private scheduleLead(ms: number): void {
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.tryToLead().catch((error: unknown) => {
        this.options.onError?.(this.names, error);
        this.scheduleLead(1000);
      });
    }, ms);
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 2000;
  }

  /**
   * The subscription's handler: applies `events` in memory while the batch
   * before is still committing, then queues this batch's commit behind it.
   * A full batch means the runner is catching up: it returns at once, so the
   * subscription hands over the next batch to apply during this commit. A
   * batch that is not full has reached the log's head: it waits for its
   * commit, so whatever is appended meanwhile makes the next batch bigger
   * rather than adding one. A failed commit fails the next call, and the
   * runner.
   */
  private async applyBatch(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    const term = this.term;
    const documents = new BatchDocumentStore(this.pool, this.schema, this.cache);
    const batch = await this.prepare(events, documents);
    await this.committing;
    if (term !== this.term) return;
    for (const { name } of batch.moved) this.checkpoints.set(name, batch.last);
    // Nothing is in flight now, so nothing the cache drops can be newer than the table.
    this.cache.trim();
    documents.rememberAll();
    const commit = this.commit(batch);
    this.committing = commit;
    commit.catch((error: unknown) => this.failed(error));
    if (events.length < this.batchSize) await commit;
  }

  private async prepare(events: StoredEvent[], documents: BatchDocumentStore): Promise<PreparedBatch> {
    const last = events[events.length - 1].position;
    const work = this.projections
      .map((projection) => ({ projection, from: this.checkpoints.get(projection.name) ?? 0 }))
      .map(({ projection, from }) => ({ projection, from, fresh: events.filter((event) => event.position > from) }));
    await documents.prefetch(work.flatMap(({ projection, fresh }) => fresh.flatMap((event) => projection.needs(event))));
    for (const { projection, fresh } of work) for (const event of fresh) projection.apply(event, documents);
    const moved = work.filter(({ from }) => from < last).map(({ projection, from }) => ({ name: projection.name, from }));
    return { last, moved, writes: documents.takeWrites() };
  }

  private async commit({ last, moved, writes }: PreparedBatch): Promise<void> {
    const moves = moved.map(({ name, from }) => ({ name, from, version: this.rowVersions.get(name) ?? '0' }));
    const versions = await inBatchTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ name: string; version: string }>(batchCommitStatement(this.schema, moves, last, writes));
      if (rows.length !== moves.length) {
        const updated = new Set(rows.map((row) => row.name));
        throw new CheckpointMovedError(moves.find(({ name }) => !updated.has(name))?.name ?? '?');
      }
      return rows;
    });
    for (const { name, version } of versions) this.rowVersions.set(name, version);
    this.options.onCheckpoint?.(this.names, last);
  }
}

/** Each checkpoint's position and row version (`xmin`), creating missing rows at 0. */
async function readCheckpointRows(pool: Pool, schema: string, names: readonly string[]): Promise<Map<string, { position: number; version: string }>> {
  const table = `${sqlIdentifier(schema)}.projection_checkpoints`;
  await pool.query(`INSERT INTO ${table} (name, position) SELECT unnest($1::text[]), 0 ON CONFLICT (name) DO NOTHING`, [names]);
  const { rows } = await pool.query<{ name: string; position: string; version: string }>(
    `SELECT name, position, xmin::text AS version FROM ${table} WHERE name = ANY($1::text[])`,
    [names],
  );
  return new Map(rows.map((row) => [row.name, { position: Number(row.position), version: row.version }]));
}
