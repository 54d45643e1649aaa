import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { POLICY_STREAM, policyDecider } from '@shiji/domain';
import { defaultPolicyView, POLICY_ID, type PolicyView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { CardLevelBody, StarThresholdsBody } from './policy.dto';
import { PolicySchema } from './policy.responses';

@ApiTags('policy 星级政策')
@ApiBearerAuth()
@Scope.street()
@Controller('v1/policy')
export class PolicyController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
  ) {}

  @Get()
  @ApiOkResponse({ schema: PolicySchema })
  async policy(): Promise<PolicyView> {
    return (await this.readModels.findById<PolicyView>('policy', POLICY_ID)) ?? defaultPolicyView();
  }

  @Put('star-levels')
  @Roles('admin')
  async changeStarThresholds(@Command() context: CommandContext, @Body() { thresholdHours }: StarThresholdsBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, { type: 'ChangeStarThresholds', thresholdHours }, context);
    return { thresholdHours, position };
  }

  @Put('card')
  @Roles('admin')
  async changeCardLevel(@Command() context: CommandContext, @Body() { minStarLevel }: CardLevelBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, { type: 'ChangeCardLevel', minStarLevel }, context);
    return { minStarLevel, position };
  }
}
