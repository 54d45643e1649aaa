import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { NotificationFeed, type NotificationPage } from './notification-feed';
import { MarkReadBody, NotificationQuery } from './notifications.dto';
import { NotificationPageSchema, NotificationsMarkedSchema } from './notifications.responses';

@ApiTags('notifications 通知')
@ApiBearerAuth()
@Controller('v1')
export class NotificationsController {
  constructor(private readonly feed: NotificationFeed) {}

  @Get('me/notifications')
  @Roles('volunteer')
  @Scope({ street: true, changesNothing: true })
  @ApiOperation({ summary: '我的通知，最新在前 / My notifications, newest first' })
  @ApiOkResponse({ schema: NotificationPageSchema })
  mine(@CurrentActor() actor: Actor, @Query() query: NotificationQuery): Promise<NotificationPage> {
    return this.feed.page(actor.id, { unreadOnly: query.unread === 'true', limit: query.limit ?? 20, cursor: query.cursor });
  }

  /** Reading marks change no time-bank data: a suspended volunteer may still mark what they read. */
  @Post('me/notifications/read')
  @HttpCode(200)
  @Roles('volunteer')
  @Scope({ street: true, changesNothing: true })
  @ApiOperation({ summary: '标为已读（不指定则全部） / Mark read (all when none named)' })
  @ApiOkResponse({ schema: NotificationsMarkedSchema })
  markRead(@CurrentActor() actor: Actor, @Body() body: MarkReadBody) {
    return this.feed.markRead(actor.id, body.notificationIds);
  }

  @Get('volunteers/:volunteerId/notifications')
  @Roles('volunteer', 'staff', 'admin', 'auditor')
  @Scope.volunteer()
  @ApiOperation({ summary: '某志愿者收到的通知（本人或其社区工作人员） / A volunteer\'s notifications (themselves, or staff of their community)' })
  @ApiOkResponse({ schema: NotificationPageSchema })
  ofVolunteer(@Param('volunteerId') volunteerId: string, @Query() query: NotificationQuery): Promise<NotificationPage> {
    return this.feed.page(volunteerId, { unreadOnly: query.unread === 'true', limit: query.limit ?? 20, cursor: query.cursor });
  }
}
