import { Inject, Injectable } from '@nestjs/common';
import { ALL_PROJECTIONS, projectionsPositionSql, tableName } from '@shiji/projections';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { preparedStatement } from '../platform/database/prepared-statement';

/** Documents of the read-model collections. Queries never touch the event store. */
@Injectable()
export class ReadModels {
  constructor(@Inject(DATABASE_POOL) readonly pool: Pool) {}

  async findById<T>(collection: string, id: string): Promise<T | null> {
    const { rows } = await this.pool.query<{ data: T }>(preparedStatement(`SELECT data FROM ${tableName(collection)} WHERE id = $1`, [id]));
    return rows[0]?.data ?? null;
  }

  /**
   * Several documents and the log position every view has reached, in one
   * statement: one round trip, and one snapshot, so the position is exactly
   * what the documents reflect (a projection commits its rows and its
   * checkpoint together). A position of 0 means some view has not started.
   */
  async findAtPosition<T extends Record<string, unknown>>(lookups: { [K in keyof T]: readonly [collection: string, id: string] }): Promise<{ found: { [K in keyof T]: T[K] | null }; position: number }> {
    const keys = Object.keys(lookups) as Array<keyof T & string>;
    const values: unknown[] = [];
    const columns = keys.map((key, index) => {
      const [collection, id] = lookups[key];
      values.push(id);
      return `(SELECT data FROM ${tableName(collection)} WHERE id = $${values.length}) AS d${index}`;
    });
    values.push(PROJECTION_NAMES);
    const position = `${projectionsPositionSql(`$${values.length}::text[]`)} AS position`;
    // Prepared: planning these four lookups costs more than running them (reads +35 % in the bench).
    const { rows } = await this.pool.query<Record<string, unknown>>(preparedStatement(`SELECT ${[...columns, position].join(', ')}`, values));
    const row = rows[0];
    const found = Object.fromEntries(keys.map((key, index) => [key, row[`d${index}`] ?? null])) as { [K in keyof T]: T[K] | null };
    return { found, position: Number(row.position) };
  }

  async findByIds<T>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; data: T }>(`SELECT id, data FROM ${tableName(collection)} WHERE id = ANY($1::text[])`, [[...ids]]);
    return new Map(rows.map((row) => [row.id, row.data]));
  }
}

const PROJECTION_NAMES = ALL_PROJECTIONS.map((projection) => projection.name);
