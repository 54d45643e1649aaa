import type { Pool } from 'pg';

/** Resolves once every projection checkpoint has reached the event store's head. */
export async function waitForProjections(pool: Pool, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query<{ head: string | null; behind: string }>(
      `SELECT (SELECT max(position) FROM shiji_events) AS head,
              (SELECT count(*) FROM projection_checkpoints WHERE position < (SELECT coalesce(max(position), 0) FROM shiji_events)) AS behind`,
    );
    if (Number(rows[0].behind) === 0) return;
    if (Date.now() > deadline) throw new Error('projections did not catch up in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
