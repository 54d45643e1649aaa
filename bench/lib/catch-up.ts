import type { Pool } from 'pg';

/** Resolves once every projection checkpoint has reached the event store's head. */
export async function waitForProjections(pool: Pool, timeoutMs = 600_000): Promise<void> {
  await pollUntil(async () => {
    const { rows } = await pool.query<{ head: string | null; behind: string }>(
      `SELECT (SELECT max(position) FROM shiji_events) AS head,
              (SELECT count(*) FROM projection_checkpoints WHERE position < (SELECT coalesce(max(position), 0) FROM shiji_events)) AS behind`,
    );
    return Number(rows[0].behind) === 0;
  }, timeoutMs);
}

/** Resolves once the Emmett processor `processorId` has checkpointed the last message of the store (its checkpoint is the position, zero-padded text). */
export async function waitForEmmettProcessor(pool: Pool, processorId: string, timeoutMs = 600_000): Promise<void> {
  await pollUntil(async () => {
    const { rows } = await pool.query<{ behind: boolean }>(
      `SELECT coalesce((SELECT max(last_processed_checkpoint::bigint) FROM emt_processors WHERE processor_id = $1), 0)
                < coalesce((SELECT max(global_position) FROM emt_messages), 0) AS behind`,
      [processorId],
    );
    return !rows[0].behind;
  }, timeoutMs);
}

async function pollUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('the read models did not catch up in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
