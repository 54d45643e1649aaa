import type { EventStore, StoredEvent, Subscription } from '@shiji/event-store';
import type { Pool, PoolClient } from 'pg';
import { sqlIdentifier } from './collection';
import { BatchDocumentStore } from './document-store';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  schema?: string;
  batchSize?: number;
  /** Called after each committed batch with the new checkpoint. */
  onCheckpoint?: (name: string, position: number) => void;
  onError?: (name: string, error: unknown) => void;
  /** How often a standby retries for the writer lock. */
  lockRetryMs?: number;
}

/**
 * Runs one projection: waits to become its only writer (an advisory lock held
 * on a dedicated connection), then applies the log from its checkpoint in
 * batches. Each batch's documents and the new checkpoint commit in one
 * transaction, so a crash anywhere neither loses nor doubles an effect.
 */
export class ProjectionRunner {
  private subscription: Subscription | null = null;
  private lockClient: PoolClient | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.schema = sqlIdentifier(options.schema ?? 'public');
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
    if (this.lockClient) {
      this.lockClient.release(true);
      this.lockClient = null;
    }
  }

  private async tryToLead(): Promise<void> {
    if (this.stopped) return;
    const client = await this.pool.connect();
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`projection:${this.schema}:${this.projection.name}`]);
    if (!rows[0].locked) {
      client.release();
      this.retryTimer = setTimeout(() => void this.tryToLead(), this.options.lockRetryMs ?? 5000);
      return;
    }
    this.lockClient = client;
    const after = await readCheckpoint(this.pool, this.schema, this.projection.name);
    this.subscription = this.store.subscribeToAll({ after, batchSize: this.options.batchSize ?? 1000 }, (events) => this.applyBatch(events));
    this.subscription.done.catch((error: unknown) => this.failed(error));
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    this.options.onError?.(this.projection.name, error);
    // Give up the lock and start over from the committed checkpoint.
    this.subscription = null;
    this.lockClient?.release(true);
    this.lockClient = null;
    this.retryTimer = setTimeout(() => void this.tryToLead(), 1000);
  }

  private async applyBatch(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const current = await lockCheckpoint(client, this.schema, this.projection.name);
      // Events at or before the checkpoint were applied already (a redelivery after a reconnect).
      const fresh = events.filter((event) => event.position > current);
      if (fresh.length > 0) {
        const documents = new BatchDocumentStore(client, this.schema);
        await documents.prefetch(fresh.flatMap((event) => this.projection.needs(event)));
        for (const event of fresh) this.projection.apply(event, documents);
        await documents.flush();
      }
      const last = events[events.length - 1].position;
      await client.query(`UPDATE ${this.schema}.projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1`, [this.projection.name, Math.max(last, current)]);
      await client.query('COMMIT');
      this.options.onCheckpoint?.(this.projection.name, Math.max(last, current));
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

export async function readCheckpoint(pool: Pool, schema: string, name: string): Promise<number> {
  await pool.query(`INSERT INTO ${sqlIdentifier(schema)}.projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING`, [name]);
  const { rows } = await pool.query<{ position: string }>(`SELECT position FROM ${sqlIdentifier(schema)}.projection_checkpoints WHERE name = $1`, [name]);
  return Number(rows[0].position);
}

async function lockCheckpoint(client: PoolClient, schema: string, name: string): Promise<number> {
  const { rows } = await client.query<{ position: string }>(`SELECT position FROM ${schema}.projection_checkpoints WHERE name = $1 FOR UPDATE`, [name]);
  return Number(rows[0].position);
}
