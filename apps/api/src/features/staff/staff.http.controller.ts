import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
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
import { GrantCommunityBody, RegisterStaffBody } from './staff.dto';
import { StaffListSchema, StaffSchema } from './staff.responses';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';

/** Staff accounts and their communities, managed by admins. A revocation binds tokens already issued. */
@ApiTags('staff 社区工作人员')
@ApiBearerAuth()
@Scope.street()
@Controller('v1/staff')
export class StaffController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
  ) {}

  @Post()
  @ApiOperation({ summary: '登记社区工作人员（可同时授权社区） / Register a staff member (with their communities)' })
  @ApiProblems(404)
  @Roles('admin')
  async register(@Command() context: CommandContext, @Body() { staffId, name, communityIds }: RegisterStaffBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'RegisterStaff', staffId, name, communityIds }, context);
    return { staffId, position };
  }

  @Post(':staffId/grants')
  @ApiOperation({ summary: '授权工作人员管理一个社区 / Grant a staff member a community' })
  @ApiProblems(404)
  @Roles('admin')
  async grant(@Command() context: CommandContext, @Param('staffId') staffId: string, @Body() { communityId }: GrantCommunityBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'GrantCommunity', staffId, communityId }, context);
    return { staffId, communityId, position };
  }

  @Delete(':staffId/grants/:communityId')
  @ApiOperation({ summary: '收回工作人员对一个社区的授权 / Revoke a staff member\'s community' })
  @ApiProblems(404)
  @Roles('admin')
  async revoke(@Command() context: CommandContext, @Param('staffId') staffId: string, @Param('communityId') communityId: string): Promise<WriteResult> {
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'RevokeCommunity', staffId, communityId }, context);
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
  async staff(@Param('staffId') staffId: string): Promise<StaffView> {
    return orNotFound(await this.readModels.findById<StaffView>('staff', staffId), { zh: '工作人员', en: 'staff member' }, staffId);
  }
}
