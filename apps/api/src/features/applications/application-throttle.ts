import { Inject, Injectable } from '@nestjs/common';
import { inTransaction } from '@shiji/postgres';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { ProblemError } from '../../platform/errors/problem.error';

/** Applications one client address may send in WINDOW_SECONDS; more is 429 APPLICATION_THROTTLED. */
export const APPLICATIONS_PER_ADDRESS = 10;
export const WINDOW_SECONDS = 60 * 60;

/**
 * The public application form has no captcha: instead each client address
 * may apply APPLICATIONS_PER_ADDRESS times an hour, counted in the database
 * (as sign-in failures are) so every api instance counts the same. Rows older
 * than a day go as new ones arrive; the address is kept no longer.
 */
@Injectable()
export class ApplicationThrottle {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  /** Counts this application from `address`, or throws 429 with Retry-After when the address has used up its hour. */
  async admit(address: string | null): Promise<void> {
    const key = address ?? 'unknown';
    const retryAfter = await inTransaction(this.pool, async (db) => {
      // One at a time per address, so applications sent at once cannot outrun the count.
      await db.query("SELECT pg_advisory_xact_lock(hashtext('volunteer-application:' || $1))", [key]);
      const { rows } = await db.query<{ until: number | null }>(
        `SELECT extract(epoch FROM at + make_interval(secs => $2) - now())::float8 AS until FROM volunteer_application_submissions
         WHERE address = $1 AND at > now() - make_interval(secs => $2) ORDER BY at DESC OFFSET $3 - 1 LIMIT 1`,
        [key, WINDOW_SECONDS, APPLICATIONS_PER_ADDRESS],
      );
      if (rows.length > 0) return Math.max(1, Math.ceil(rows[0].until ?? WINDOW_SECONDS));
      await db.query('DELETE FROM volunteer_application_submissions WHERE at < now() - interval \'1 day\'');
      await db.query('INSERT INTO volunteer_application_submissions (address) VALUES ($1)', [key]);
      return null;
    });
    if (retryAfter !== null) {
      const minutes = Math.ceil(retryAfter / 60);
      throw new ProblemError({
        code: 'APPLICATION_THROTTLED',
        status: 429,
        title: { zh: '此网络地址提交的申请过多，请稍后再试', en: 'Too many applications from this address: try again later' },
        detail: { zh: `此网络地址提交的申请过多，请 ${minutes} 分钟后再试`, en: `Too many applications from this address: try again in ${minutes} min` },
        headers: { 'Retry-After': String(retryAfter) },
        extensions: { retryAfterSeconds: retryAfter },
      });
    }
  }
}
