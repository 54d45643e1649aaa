import { Module } from '@nestjs/common';
import { ReadModels } from '../../read-side/read-models';
import { NotificationFeed } from './notification-feed';
import { NotificationSms } from './notification-sms';
import { NotificationsController } from './notifications.http.controller';

/** Volunteers' notification feeds, and the notifications that also go out by SMS. */
@Module({
  controllers: [NotificationsController],
  providers: [ReadModels, NotificationFeed, NotificationSms],
})
export class NotificationsModule {}
