import { openPool } from '@shiji/postgres';
import { waitForProjections } from './catch-up';

/**
 * Brings the database to a steady state before a scenario, as pgbench does
 * before its runs: the projections have caught up with what the previous
 * step wrote, and a VACUUM (ANALYZE) has done now what autovacuum would
 * otherwise start in the middle of the measurement. Without it the read
 * scenario's figure swung by a third from run to run.
 */
export async function settle(databaseUrl: string): Promise<void> {
  const pool = openPool({ connectionString: databaseUrl, max: 1 });
  try {
    await waitForProjections(pool);
    await pool.query('VACUUM (ANALYZE)');
  } finally {
    await pool.end();
  }
}
