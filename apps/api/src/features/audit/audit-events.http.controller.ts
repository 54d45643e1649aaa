import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT_LOG, type AuditEvent, type AuditLog, type EventLogFilter } from '@shiji/event-store';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { negotiateMediaType } from '../../platform/http/accept';
import { decodePositionCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { AuditEventsQuery, AuditStreamQuery } from './audit-events.query';
import { AuditEventPageSchema, AuditEventSchema, AuditStreamSchema } from './audit.responses';

const NDJSON = 'application/x-ndjson';

/** The event history for auditors: the global log with filters, one stream, and a streamed NDJSON export. */
@ApiTags('audit 审计')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Scope.street()
@Controller('v1/audit')
export class AuditEventsController {
  constructor(@Inject(AUDIT_LOG) private readonly log: AuditLog) {}

  /** Pages of the global log by position; `Accept: application/x-ndjson` streams every match instead. */
  @Get('events')
  @ApiOperation({ summary: '事件日志，可按位置、时间、类型、流、志愿者、社区、操作人筛选（JSON 分页或 NDJSON 全量） / The event log, filtered (JSON pages, or every match as NDJSON)' })
  @ApiOkResponse({
    description: 'JSON 分页；Accept 优先 application/x-ndjson 时逐行输出全部匹配事件 / JSON pages; every match, one AuditEvent a line, when Accept prefers application/x-ndjson',
    content: { 'application/json': { schema: AuditEventPageSchema }, [NDJSON]: { schema: AuditEventSchema } },
  })
  @ApiProblems(406)
  async events(@Query() query: AuditEventsQuery, @Headers('accept') accept: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const after = decodePositionCursor(query.cursor);
    if (negotiateMediaType(accept, ['application/json', NDJSON]) === NDJSON) {
      // Bounded by today's head, so an export of a busy log ends.
      const filter = filterOf(query);
      const head = await this.log.head();
      const bounded: EventLogFilter = { ...filter, toPosition: Math.min(filter.toPosition ?? head, head) };
      await reply
        .header('Content-Type', `${NDJSON}; charset=utf-8`)
        .header('Content-Disposition', 'attachment; filename="shiji-events.ndjson"')
        .send(await this.log.exportNdjson(bounded, after));
      return;
    }
    const limit = query.limit ?? 100;
    const rows = await this.log.page(filterOf(query), after, limit + 1);
    const items = rows.slice(0, limit);
    const page: Page<AuditEvent> = { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].position]) : null };
    await reply.send(page);
  }

  /** One stream in revision order; `nextRevision` continues it. */
  @Get('streams/:streamId')
  @ApiOperation({ summary: '一个事件流及其哈希链 / One stream\'s events and hash chain' })
  @ApiOkResponse({ schema: AuditStreamSchema })
  async stream(@Param('streamId') streamId: string, @Query() query: AuditStreamQuery) {
    const limit = query.limit ?? 100;
    const rows = await this.log.stream(streamId, query.fromRevision ?? 0, limit + 1);
    const items = rows.slice(0, limit);
    return { streamId, items, nextRevision: rows.length > limit ? items[items.length - 1].revision + 1 : null };
  }
}

function filterOf(query: AuditEventsQuery): EventLogFilter {
  return {
    fromPosition: query.fromPosition,
    toPosition: query.toPosition,
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
    types: query.type,
    streamId: query.streamId,
    volunteerId: query.volunteerId,
    communityId: query.communityId,
    actorId: query.actor,
  };
}
