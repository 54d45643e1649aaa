import type { EventStore, StoredEvent, Subscription } from '@shiji/event-store';
import type { Pool, PoolClient } from 'pg';
import { sqlIdentifier } from './collection';
import { inBatchTransaction } from './batch-transaction';
import { BatchDocumentStore } from './document-store';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  schema?: string;
  batchSize?: number;
  /** Called after each committed batch with the new checkpoint. */
  onCheckpoint?: (names: readonly string[], position: number) => void;
  onError?: (names: readonly string[], error: unknown) => void;
  /** How often a standby retries for the writer locks. */
  lockRetryMs?: number;
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
 */
export class ProjectionRunner {
  private subscription: Subscription | null = null;
  private lockClient: PoolClient | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly schema: string;
  private readonly projections: readonly Projection[];
  private readonly names: readonly string[];
  /** What this writer last committed, per projection; the database must still agree when we commit. */
  private checkpoints = new Map<string, number>();

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    projections: Projection | readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.schema = sqlIdentifier(options.schema ?? 'public');
    this.projections = Array.isArray(projections) ? projections : [projections as Projection];
    this.names = this.projections.map((projection) => projection.name);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.tryToLead();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const subscription = this.subscription;
    this.subscription = null;
    if (subscription) await subscription.stop();
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
      this.checkpoints = await readCheckpoints(this.pool, this.schema, this.names);
    } catch (error) {
      this.releaseLocks();
      throw error;
    }
    const after = Math.min(...this.checkpoints.values());
    this.subscription = this.store.subscribeToAll({ after, batchSize: this.options.batchSize ?? 1000 }, (events) => this.applyBatch(events));
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

  private async applyBatch(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    const last = events[events.length - 1].position;
    const work = this.projections
      .map((projection) => ({ projection, from: this.checkpoints.get(projection.name) ?? 0 }))
      .map(({ projection, from }) => ({ projection, from, fresh: events.filter((event) => event.position > from) }));
    const moved = work.filter(({ from }) => from < last);
    await inBatchTransaction(this.pool, async (client) => {
      // The checkpoint rows first, before any collection: a replay's swap (swapReadModels) locks the checkpoint
      // table before the collections, so a batch must never hold a collection while it waits for the checkpoints.
      const { rows } = await client.query<{ name: string }>(
        `UPDATE ${this.schema}.projection_checkpoints AS c SET position = $3, updated_at = now()
         FROM unnest($1::text[], $2::bigint[]) AS mine(name, position)
         WHERE c.name = mine.name AND c.position = mine.position RETURNING c.name`,
        [moved.map(({ projection }) => projection.name), moved.map(({ from }) => from), last],
      );
      if (rows.length !== moved.length) {
        const updated = new Set(rows.map((row) => row.name));
        throw new CheckpointMovedError(moved.find(({ projection }) => !updated.has(projection.name))?.projection.name ?? '?');
      }
      const documents = new BatchDocumentStore(client, this.schema);
      await documents.prefetch(work.flatMap(({ projection, fresh }) => fresh.flatMap((event) => projection.needs(event))));
      for (const { projection, fresh } of work) for (const event of fresh) projection.apply(event, documents);
      await documents.flush();
    });
    for (const { projection } of moved) this.checkpoints.set(projection.name, last);
    this.options.onCheckpoint?.(this.names, last);
  }
}

export async function readCheckpoints(pool: Pool, schema: string, names: readonly string[]): Promise<Map<string, number>> {
  const table = `${sqlIdentifier(schema)}.projection_checkpoints`;
  await pool.query(`INSERT INTO ${table} (name, position) SELECT unnest($1::text[]), 0 ON CONFLICT (name) DO NOTHING`, [names]);
  const { rows } = await pool.query<{ name: string; position: string }>(`SELECT name, position FROM ${table} WHERE name = ANY($1::text[])`, [names]);
  return new Map(rows.map((row) => [row.name, Number(row.position)]));
}

export async function readCheckpoint(pool: Pool, schema: string, name: string): Promise<number> {
  return (await readCheckpoints(pool, schema, [name])).get(name) ?? 0;
}
