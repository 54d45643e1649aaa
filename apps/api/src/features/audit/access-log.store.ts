import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';

export interface AccessLogEntry {
  id: number;
  actorId: string;
  actorRole: string;
  method: string;
  path: string;
  at: string;
}

interface AccessLogRow {
  id: string;
  actor_id: string;
  actor_role: string;
  method: string;
  path: string;
  at: Date;
}

/** audit_access_log: who read what through the audit routes, and every auditor read, append-only. */
@Injectable()
export class AccessLogStore {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async record(entry: Omit<AccessLogEntry, 'id' | 'at'>): Promise<void> {
    await this.pool.query('INSERT INTO audit_access_log (actor_id, actor_role, method, path) VALUES ($1, $2, $3, $4)', [entry.actorId, entry.actorRole, entry.method, entry.path]);
  }

  /** Newest first, `before` an id (exclusive) for the next page. */
  async page(filter: { actorId?: string; before?: number }, limit: number): Promise<AccessLogEntry[]> {
    const { rows } = await this.pool.query<AccessLogRow>(
      `SELECT id, actor_id, actor_role, method, path, at FROM audit_access_log
        WHERE ($1::text IS NULL OR actor_id = $1) AND ($2::bigint IS NULL OR id < $2)
        ORDER BY id DESC LIMIT $3`,
      [filter.actorId ?? null, filter.before ?? null, limit],
    );
    return rows.map((row) => ({ id: Number(row.id), actorId: row.actor_id, actorRole: row.actor_role, method: row.method, path: row.path, at: row.at.toISOString() }));
  }
}
