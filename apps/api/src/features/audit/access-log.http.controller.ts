import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { decodePositionCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { AccessLogQuery } from './access-log.query';
import { AccessLogStore, type AccessLogEntry } from './access-log.store';
import { AccessLogPageSchema } from './audit.responses';

/** Who read what, newest first. */
@ApiTags('audit 审计')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Scope.street()
@Controller('v1/audit/access-log')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogStore) {}

  @Get()
  @ApiOperation({ summary: '访问日志：谁在何时查看了哪位志愿者的数据 / The access log: who read which volunteer\'s data, when' })
  @ApiOkResponse({ schema: AccessLogPageSchema })
  async list(@Query() query: AccessLogQuery): Promise<Page<AccessLogEntry>> {
    const limit = query.limit ?? 100;
    const before = query.cursor === undefined ? undefined : decodePositionCursor(query.cursor);
    const rows = await this.accessLog.page({ actorId: query.actorId, before }, limit + 1);
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].id]) : null };
  }
}
