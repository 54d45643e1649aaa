import type { Pool } from 'pg';
import { sqlIdentifier } from '../runner/collection';
import type { Projection } from '../runner/projection';
import { createReadModelSchema } from '../runner/read-model-schema';

/**
 * A schema name unique to this moment, e.g. rebuild_20250601t120000_3f9a: the
 * timestamp tells an operator where a leftover came from, the suffix keeps two
 * runs in the same second apart.
 */
export function scratchSchemaName(prefix: 'rebuild' | 'verify' | 'retired' | 'snapshot'): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('.', '').toLowerCase().slice(0, 18);
  const suffix = Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return sqlIdentifier(`${prefix}_${stamp}_${suffix}`);
}

/** A fresh, empty read-model schema: every collection and the checkpoint table. */
export async function createScratchSchema(pool: Pool, projections: readonly Projection[], schema: string): Promise<void> {
  await createReadModelSchema(pool, projections, schema);
}

export async function dropSchema(pool: Pool, schema: string): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS ${sqlIdentifier(schema)} CASCADE`);
}
