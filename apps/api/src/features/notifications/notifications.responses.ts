import { NOTIFICATION_KINDS } from '@shiji/projections';
import { oneOf, responseSchema } from '../../platform/docs/response-schema';

export const NotificationSchema = responseSchema('Notification', {
  notificationId: 'string',
  kind: oneOf(NOTIFICATION_KINDS),
  at: 'string',
  read: 'boolean',
  message: { zh: 'string', en: 'string' },
  subject: 'object',
});

export const NotificationPageSchema = responseSchema('NotificationPage', { items: [NotificationSchema], nextCursor: 'string?', unreadCount: 'integer' });

export const NotificationsMarkedSchema = responseSchema('NotificationsMarked', { marked: 'integer', unreadCount: 'integer' });
