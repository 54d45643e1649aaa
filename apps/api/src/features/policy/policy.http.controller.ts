import { Body, Controller, Get, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { defaultPolicyView, POLICY_ID, type PolicyView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import type { WriteResult } from '../../write-side/write-result';
import { ChangeCardLevelCommand, ChangeStarThresholdsCommand } from './policy.commands';
import { CardLevelBody, StarThresholdsBody } from './policy.dto';
import { PolicySchema } from './policy.responses';

@ApiTags('policy 星级政策')
@ApiBearerAuth()
@Scope.street()
@Controller('v1/policy')
export class PolicyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModels: ReadModels,
  ) {}

  @Get()
  @ApiOkResponse({ schema: PolicySchema })
  async policy(): Promise<PolicyView> {
    return (await this.readModels.findById<PolicyView>('policy', POLICY_ID)) ?? defaultPolicyView();
  }

  @Put('star-levels')
  @Roles('admin')
  changeStarThresholds(@Command() context: CommandContext, @Body() body: StarThresholdsBody): Promise<WriteResult> {
    return this.commands.execute(new ChangeStarThresholdsCommand(context, body.thresholdHours));
  }

  @Put('card')
  @Roles('admin')
  changeCardLevel(@Command() context: CommandContext, @Body() body: CardLevelBody): Promise<WriteResult> {
    return this.commands.execute(new ChangeCardLevelCommand(context, body.minStarLevel));
  }
}
