import { Body, Controller, Delete, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { staffDecider, staffStream } from '@shiji/domain';
import type { StaffView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { requireCommunity } from '../organisation/require-community';
import { GrantCommunityBody, RegisterStaffBody } from './staff.dto';
import { StaffListSchema, StaffSchema } from './staff.responses';
import { ApiETag, ApiProblems } from '../../platform/docs/api-problems.decorator';
import type { FastifyReply } from 'fastify';
import { StreamRevisions } from '../../projections/stream-revisions';
import { HonoursIfMatch } from '../../write-side/if-match';

/** Staff accounts and their communities, managed by admins. A revocation binds tokens already issued. */
@ApiTags('staff 社区工作人员')
@ApiBearerAuth()
@Scope.street()
@Controller('v1/staff')
export class StaffController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly revisions: StreamRevisions,
  ) {}

  @Post()
  @ApiOperation({ summary: '登记社区工作人员（可同时授权社区） / Register a staff member (with their communities)' })
  @ApiProblems(404)
  @Roles('admin')
  async register(@Command() context: CommandContext, @Body() { staffId, name, communityIds }: RegisterStaffBody): Promise<WriteResult> {
    for (const communityId of new Set(communityIds)) await requireCommunity(this.repository, communityId);
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'RegisterStaff', staffId, name, communityIds }, context);
    return { staffId, position };
  }

  @Post(':staffId/grants')
  @ApiOperation({ summary: '授权工作人员管理一个社区 / Grant a staff member a community' })
  @ApiProblems(404)
  @Roles('admin')
  @HonoursIfMatch()
  async grant(@Command() context: CommandContext, @Param('staffId') staffId: string, @Body() { communityId }: GrantCommunityBody): Promise<WriteResult> {
    await requireCommunity(this.repository, communityId);
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'GrantCommunity', staffId, communityId }, context, { expectedRevision: context.expectedRevision });
    return { staffId, communityId, position };
  }

  @Delete(':staffId/grants/:communityId')
  @ApiOperation({ summary: '收回工作人员对一个社区的授权 / Revoke a staff member\'s community' })
  @ApiProblems(404)
  @Roles('admin')
  @HonoursIfMatch()
  async revoke(@Command() context: CommandContext, @Param('staffId') staffId: string, @Param('communityId') communityId: string): Promise<WriteResult> {
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'RevokeCommunity', staffId, communityId }, context, { expectedRevision: context.expectedRevision });
    return { staffId, communityId, position };
  }

  @Get()
  @ApiOperation({ summary: '工作人员列表 / The staff members' })
  @ApiOkResponse({ schema: StaffListSchema })
  @Roles('admin', 'auditor')
  async list(): Promise<{ items: StaffView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: StaffView }>('SELECT data FROM rm_staff ORDER BY id LIMIT 1000');
    return { items: rows.map((row) => row.data) };
  }

  @Get(':staffId')
  @ApiOperation({ summary: '一名工作人员及其授权社区 / One staff member and their communities' })
  @ApiProblems(404)
  @ApiOkResponse({ schema: StaffSchema })
  @Roles('admin', 'auditor')
  @ApiETag()
  async staff(@Param('staffId') staffId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StaffView> {
    await this.revisions.tag(reply, staffStream(staffId));
    return orNotFound(await this.readModels.findById<StaffView>('staff', staffId), { zh: '工作人员', en: 'staff member' }, staffId);
  }
}
