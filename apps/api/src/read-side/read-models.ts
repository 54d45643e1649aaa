import { Inject, Injectable } from '@nestjs/common';
import { tableName } from '@shiji/projections';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';

/** Documents of the read-model collections. Queries never touch the event store. */
@Injectable()
export class ReadModels {
  constructor(@Inject(DATABASE_POOL) readonly pool: Pool) {}

  async findById<T>(collection: string, id: string): Promise<T | null> {
    const { rows } = await this.pool.query<{ data: T }>(`SELECT data FROM ${tableName(collection)} WHERE id = $1`, [id]);
    return rows[0]?.data ?? null;
  }

  async findByIds<T>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; data: T }>(`SELECT id, data FROM ${tableName(collection)} WHERE id = ANY($1::text[])`, [[...ids]]);
    return new Map(rows.map((row) => [row.id, row.data]));
  }
}
