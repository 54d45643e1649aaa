import type { EventStore } from '@shiji/event-store';
import type { Pool } from 'pg';
import type { Projection } from './projection';

export interface ProjectionLag {
  name: string;
  checkpoint: number;
  head: number;
  lag: number;
}

/**
 * How far the projections have got. Reads the checkpoints table, so it
 * answers the same whether projections run in this process or in the projector.
 */
export class ProjectionProgress {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
  ) {}

  /** The lowest checkpoint: every projection has applied the log up to it. */
  async position(): Promise<number> {
    const { rows } = await this.pool.query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints WHERE name = ANY($1::text[])', [
      this.projections.map((projection) => projection.name),
    ]);
    if (rows.length < this.projections.length) return 0;
    return Math.min(...rows.map((row) => Number(row.position)));
  }

  async lag(): Promise<ProjectionLag[]> {
    const [head, { rows }] = await Promise.all([
      this.store.headPosition(),
      this.pool.query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints'),
    ]);
    const checkpoints = new Map(rows.map((row) => [row.name, Number(row.position)]));
    return this.projections.map(({ name }) => {
      const checkpoint = checkpoints.get(name) ?? 0;
      return { name, checkpoint, head, lag: Math.max(0, head - checkpoint) };
    });
  }

  /** Resolves true once every projection has reached `position`, false after `timeoutMs`. */
  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      if ((await this.position()) >= position) return true;
      if (Date.now() + delay > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
