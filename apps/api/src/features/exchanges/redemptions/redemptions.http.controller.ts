import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../platform/auth/roles.decorator';
import { body, param, Scope } from '../../../platform/auth/scope.decorator';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import type { WriteResult } from '../../organisation/organisation.commands';
import { RedeemCreditsCommand, ReverseRedemptionCommand } from './redemptions.commands';
import { RedeemCreditsBody, ReverseRedemptionBody } from './redemptions.dto';

@ApiTags('redemptions 服务时间兑换')
@ApiBearerAuth()
@Controller('v1/redemptions')
export class RedemptionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'), body('requestId', 'serviceRequest'), body('provider.volunteerId', 'volunteer'))
  redeem(@Command() context: CommandContext, @Body() body: RedeemCreditsBody): Promise<WriteResult> {
    return this.commands.execute(
      new RedeemCreditsCommand(context, {
        volunteerId: body.volunteerId,
        minutes: body.minutes,
        description: body.description,
        requestId: body.requestId ?? null,
        provider: body.provider ? { volunteerId: body.provider.volunteerId, startedAt: new Date(body.provider.startedAt), category: null } : null,
      }),
    );
  }

  @Post(':redemptionId/reversal')
  @Roles('staff', 'admin')
  @Scope.of(param('redemptionId', 'redemption'))
  reverse(@Command() context: CommandContext, @Param('redemptionId') redemptionId: string, @Body() body: ReverseRedemptionBody): Promise<WriteResult> {
    return this.commands.execute(new ReverseRedemptionCommand(context, redemptionId, body.reason));
  }
}
