import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import type { Actor } from '../../write-side/command-context';
import type { RowError } from './roster-rows';

export type ImportStatus = 'running' | 'completed' | 'failed';

export interface RosterImportState {
  importId: string;
  communityId: string;
  fileSha256: string;
  status: ImportStatus;
  rows: number;
  validRows: number;
  /** Valid rows dealt with so far: registered, or refused when checked again under the import's lock. */
  processed: number;
  registered: number;
  errors: RowError[];
  startedBy: Actor;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  failure: string | null;
}

interface Row {
  id: string;
  community_id: string;
  file_sha256: string;
  status: ImportStatus;
  rows: number;
  valid_rows: number;
  processed: number;
  registered: number;
  errors: RowError[];
  started_by: Actor;
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  failure: string | null;
}

const toState = (row: Row): RosterImportState => ({
  importId: row.id,
  communityId: row.community_id,
  fileSha256: row.file_sha256,
  status: row.status,
  rows: row.rows,
  validRows: row.valid_rows,
  processed: row.processed,
  registered: row.registered,
  errors: row.errors,
  startedBy: row.started_by,
  startedAt: row.started_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  finishedAt: row.finished_at?.toISOString() ?? null,
  failure: row.failure,
});

/** roster_imports: one row per import, its progress written after every batch of rows. */
@Injectable()
export class RosterImportsStore {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async get(importId: string): Promise<RosterImportState | null> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM roster_imports WHERE id = $1', [importId]);
    return rows[0] ? toState(rows[0]) : null;
  }

  /**
   * Claims the import for a run: a new one, one that failed, or one whose
   * runner stopped reporting (its process died) for `staleSeconds`. Null when
   * another run holds it or it completed.
   */
  async claim(init: { importId: string; communityId: string; fileSha256: string; rows: number; validRows: number; errors: RowError[]; startedBy: Actor }, staleSeconds: number): Promise<RosterImportState | null> {
    const { rows } = await this.pool.query<Row>(
      `INSERT INTO roster_imports AS i (id, community_id, file_sha256, status, rows, valid_rows, errors, started_by)
       VALUES ($1, $2, $3, 'running', $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET status = 'running', processed = 0, errors = EXCLUDED.errors, updated_at = now(), finished_at = NULL, failure = NULL
         WHERE i.status = 'failed' OR (i.status = 'running' AND i.updated_at < now() - make_interval(secs => $8))
       RETURNING *`,
      [init.importId, init.communityId, init.fileSha256, init.rows, init.validRows, JSON.stringify(init.errors), JSON.stringify(init.startedBy), staleSeconds],
    );
    return rows[0] ? toState(rows[0]) : null;
  }

  async progress(importId: string, change: { processed: number; registered: number; errors: RowError[] }): Promise<void> {
    await this.pool.query('UPDATE roster_imports SET processed = $2, registered = $3, errors = $4, updated_at = now() WHERE id = $1', [
      importId, change.processed, change.registered, JSON.stringify(change.errors),
    ]);
  }

  async finish(importId: string, outcome: { status: 'completed' } | { status: 'failed'; failure: string }): Promise<void> {
    await this.pool.query('UPDATE roster_imports SET status = $2, failure = $3, updated_at = now(), finished_at = now() WHERE id = $1', [
      importId, outcome.status, outcome.status === 'failed' ? outcome.failure : null,
    ]);
  }
}
