import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';

/** The first key of every move lock (the second is the move id's hash): 'MOVE' in ASCII. */
const MOVE_LOCK_CLASS = 0x4d4f5645;

/**
 * One settler at a time per move between two accounts, across every api
 * instance: a PostgreSQL advisory lock on a connection held for the step.
 * Whoever settles a move (the request that began it, or the process manager
 * after a crash) reads both accounts under the lock before it appends, so a
 * move is never both completed and compensated. A crash ends the session
 * and frees the lock.
 */
@Injectable()
export class MoveLocks {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async run<T>(moveId: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let unlocked = false;
    try {
      await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [MOVE_LOCK_CLASS, moveId]);
      try {
        return await work();
      } finally {
        unlocked = await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [MOVE_LOCK_CLASS, moveId]).then(
          () => true,
          () => false,
        );
      }
    } finally {
      // A connection that may still hold the lock is closed, never returned to the pool.
      client.release(!unlocked);
    }
  }
}
