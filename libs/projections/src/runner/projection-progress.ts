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
 * SQL for the log position the named projections have all reached: the lowest
 * of their checkpoints, or 0 while any of them has none. `names` is the
 * parameter holding the names, e.g. `$1::text[]`; usable as a column of a
 * larger statement, so documents and the position they reflect come from one
 * snapshot.
 */
export function projectionsPositionSql(names: string): string {
  return `(SELECT CASE WHEN count(*) = cardinality(${names}) THEN coalesce(min(position), 0) ELSE 0 END FROM projection_checkpoints WHERE name = ANY(${names}))`;
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
    const { rows } = await this.pool.query<{ position: string }>(`SELECT ${projectionsPositionSql('$1::text[]')} AS position`, [
      this.projections.map((projection) => projection.name),
    ]);
    return Number(rows[0].position);
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
