import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/roles.decorator';
import { Scope } from '../platform/auth/scope.decorator';
import { decodePositionCursor, encodeCursor } from '../read-side/pagination';
import { SignInLogPageView, SignInLogQuery } from './sign-in-log.dto';
import { SignInLogStore } from './sign-in-log.store';

@ApiTags('audit 审计')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Scope.street()
@Controller('v1/audit/sign-ins')
export class SignInLogController {
  constructor(private readonly log: SignInLogStore) {}

  @Get()
  @ApiOperation({ summary: '登录日志：登录、失败、锁定、解锁、会话结束、密码修改，新者在前 / The sign-in log, newest first' })
  @ApiOkResponse({ type: SignInLogPageView })
  async list(@Query() query: SignInLogQuery): Promise<SignInLogPageView> {
    const limit = query.limit ?? 50;
    const before = query.cursor === undefined ? undefined : decodePositionCursor(query.cursor);
    const rows = await this.log.page(
      { personId: query.personId, kind: query.kind, from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined, before },
      limit + 1,
    );
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].id]) : null };
  }
}
