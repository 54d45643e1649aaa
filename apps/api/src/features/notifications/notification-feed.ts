import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotificationSubject, NotificationView } from '@shiji/projections';
import type { Bilingual } from '../../platform/errors/bilingual';
import { decodeCursor, encodeCursor } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import { messageOf } from './notification-messages';

export interface NotificationItem {
  notificationId: string;
  kind: NotificationKind;
  at: string;
  read: boolean;
  message: Bilingual;
  subject: NotificationSubject;
}

export interface NotificationPage {
  items: NotificationItem[];
  nextCursor: string | null;
  unreadCount: number;
}

/** A volunteer's feed, newest first, with what they have read. */
@Injectable()
export class NotificationFeed {
  constructor(private readonly readModels: ReadModels) {}

  async page(volunteerId: string, filter: { unreadOnly: boolean; limit: number; cursor?: string }): Promise<NotificationPage> {
    const after = decodeCursor(filter.cursor);
    const params: unknown[] = [volunteerId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = ['n.volunteer_id = $1'];
    if (filter.unreadOnly) conditions.push('r.notification_id IS NULL');
    if (after) conditions.push(`(n.seq, n.id) < (${param(Number(after[0]))}, ${param(String(after[1]))})`);
    const [{ rows }, unread] = await Promise.all([
      this.readModels.pool.query<{ data: NotificationView; read: boolean }>(
        `SELECT n.data, r.notification_id IS NOT NULL AS read FROM rm_notifications n
         LEFT JOIN notification_reads r ON r.volunteer_id = n.volunteer_id AND r.notification_id = n.id
         WHERE ${conditions.join(' AND ')} ORDER BY n.seq DESC, n.id DESC LIMIT ${param(filter.limit + 1)}`,
        params,
      ),
      this.unreadCount(volunteerId),
    ]);
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1]?.data;
    return {
      items: page.map(({ data, read }) => ({ notificationId: data.notificationId, kind: data.subject.kind, at: data.at, read, message: messageOf(data.subject), subject: data.subject })),
      nextCursor: rows.length > filter.limit && last ? encodeCursor([last.position, last.notificationId]) : null,
      unreadCount: unread,
    };
  }

  /** Marks the volunteer's own notifications read: the ones named, or all. Ids of anyone else's are passed over. */
  async markRead(volunteerId: string, notificationIds: readonly string[] | undefined): Promise<{ marked: number; unreadCount: number }> {
    const { rowCount } = await this.readModels.pool.query(
      `INSERT INTO notification_reads (volunteer_id, notification_id)
       SELECT $1, id FROM rm_notifications WHERE volunteer_id = $1 ${notificationIds ? 'AND id = ANY($2::text[])' : ''}
       ON CONFLICT DO NOTHING`,
      notificationIds ? [volunteerId, notificationIds] : [volunteerId],
    );
    return { marked: rowCount ?? 0, unreadCount: await this.unreadCount(volunteerId) };
  }

  private async unreadCount(volunteerId: string): Promise<number> {
    const { rows } = await this.readModels.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM rm_notifications n WHERE n.volunteer_id = $1
       AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.volunteer_id = $1 AND r.notification_id = n.id)`,
      [volunteerId],
    );
    return rows[0].n;
  }
}
