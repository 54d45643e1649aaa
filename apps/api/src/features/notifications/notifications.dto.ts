import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { pageQueryOf } from '../../read-side/pagination';

export class NotificationQuery extends pageQueryOf(100, 20) {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '只看未读 / unread only' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread 须为 true 或 false / unread must be true or false' })
  unread?: 'true' | 'false';
}

export class MarkReadBody {
  @ApiPropertyOptional({ type: [String], description: '要标为已读的通知；不填则全部标为已读 / the notifications to mark read; all when absent' })
  @IsOptional()
  @IsArray({ message: 'notificationIds 须为数组 / notificationIds must be an array' })
  @ArrayMinSize(1, { message: 'notificationIds 不能为空 / notificationIds must not be empty' })
  @ArrayMaxSize(200, { message: 'notificationIds 至多 200 个 / at most 200 notificationIds' })
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  notificationIds?: string[];
}
