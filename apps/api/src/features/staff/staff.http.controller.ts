import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StaffView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import type { WriteResult } from '../../write-side/write-result';
import { GrantCommunityCommand, RegisterStaffCommand, RevokeCommunityCommand } from './staff.commands';
import { GrantCommunityBody, RegisterStaffBody } from './staff.dto';
import { StaffListSchema, StaffSchema } from './staff.responses';

/** Staff accounts and their communities, managed by admins. A revocation binds tokens already issued. */
@ApiTags('staff 社区工作人员')
@ApiBearerAuth()
@Scope.street()
@Controller('v1/staff')
export class StaffController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModels: ReadModels,
  ) {}

  @Post()
  @Roles('admin')
  register(@Command() context: CommandContext, @Body() body: RegisterStaffBody): Promise<WriteResult> {
    return this.commands.execute(new RegisterStaffCommand(context, body.staffId, body.name, body.communityIds));
  }

  @Post(':staffId/grants')
  @Roles('admin')
  grant(@Command() context: CommandContext, @Param('staffId') staffId: string, @Body() body: GrantCommunityBody): Promise<WriteResult> {
    return this.commands.execute(new GrantCommunityCommand(context, staffId, body.communityId));
  }

  @Delete(':staffId/grants/:communityId')
  @Roles('admin')
  revoke(@Command() context: CommandContext, @Param('staffId') staffId: string, @Param('communityId') communityId: string): Promise<WriteResult> {
    return this.commands.execute(new RevokeCommunityCommand(context, staffId, communityId));
  }

  @Get()
  @ApiOkResponse({ schema: StaffListSchema })
  @Roles('admin', 'auditor')
  async list(): Promise<{ items: StaffView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: StaffView }>('SELECT data FROM rm_staff ORDER BY id LIMIT 1000');
    return { items: rows.map((row) => row.data) };
  }

  @Get(':staffId')
  @ApiOkResponse({ schema: StaffSchema })
  @Roles('admin', 'auditor')
  async staff(@Param('staffId') staffId: string): Promise<StaffView> {
    return orNotFound(await this.readModels.findById<StaffView>('staff', staffId), { zh: '工作人员', en: 'staff member' }, staffId);
  }
}
