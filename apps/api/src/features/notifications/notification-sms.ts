import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { NotificationView, VolunteerView } from '@shiji/projections';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { SMS_SENDER, type SmsSender } from '../../identity/sms-sender.port';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { ROOT_LOGGER } from '../../platform/logging/root-logger.token';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { SMS_KINDS, smsOf } from './notification-messages';

const POLL_MS = 1_000;
const BATCH = 50;
/** Older news is not worth a text (a feed rebuilt, or a first start over an old log): it stays in the feed only. */
const FRESH_FOR = '1 day';

/**
 * Sends the notifications worth a text message through the SMS port, each
 * at most once across every api instance: a delivery row is claimed before
 * sending, and given back if the port fails, so it is tried again. It
 * follows the feed by the log position of each notification.
 */
@Injectable()
export class NotificationSms implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private after = 0;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    private readonly vault: PersonalDataVault,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.running ??= this.deliverDue()
        .then(
          () => undefined,
          (error: unknown) => this.logger.warn({ err: error }, 'notification SMS delivery failed; trying again'),
        )
        .finally(() => (this.running = null));
    }, POLL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Sends what is due now; the timer calls it, and so may a test. Answers how many were sent. */
  async deliverDue(): Promise<number> {
    if (this.after === 0) {
      const { rows } = await this.pool.query<{ position: string | null }>('SELECT max(position) AS position FROM notification_deliveries');
      this.after = Number(rows[0].position ?? 0);
    }
    const { rows } = await this.pool.query<{ data: NotificationView; personal: VolunteerView['personal'] | null }>(
      `SELECT n.data, v.data->'personal' AS personal FROM rm_notifications n LEFT JOIN rm_volunteers v ON v.id = n.volunteer_id
       WHERE n.seq > $1 AND n.kind = ANY($2::text[]) AND (n.data->>'at')::timestamptz > now() - $3::interval
       ORDER BY n.seq, n.id LIMIT $4`,
      [this.after, SMS_KINDS, FRESH_FOR, BATCH],
    );
    let sent = 0;
    for (const { data, personal } of rows) {
      const claimed = await this.pool.query(
        "INSERT INTO notification_deliveries (notification_id, position, channel, outcome) VALUES ($1, $2, 'sms', 'sending') ON CONFLICT DO NOTHING",
        [data.notificationId, data.position],
      );
      if (claimed.rowCount === 1) {
        const phone = personal ? (await this.vault.open({ volunteerId: data.volunteerId, personal })).phone : '';
        const text = smsOf(data.subject);
        try {
          if (phone && text) await this.sms.send({ phone, text, purpose: 'notification' });
        } catch (error) {
          await this.pool.query('DELETE FROM notification_deliveries WHERE notification_id = $1', [data.notificationId]);
          throw error;
        }
        await this.pool.query('UPDATE notification_deliveries SET outcome = $2 WHERE notification_id = $1', [data.notificationId, phone && text ? 'sent' : 'no-phone']);
        if (phone && text) sent += 1;
      }
      this.after = Math.max(this.after, data.position);
    }
    return sent;
  }
}
