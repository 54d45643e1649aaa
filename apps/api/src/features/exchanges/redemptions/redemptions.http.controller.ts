import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AccountCommand } from '@shiji/domain';
import { Roles } from '../../../platform/auth/roles.decorator';
import { body, param, Scope } from '../../../platform/auth/scope.decorator';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import { VolunteerAccounts } from '../../../write-side/volunteer-accounts';
import type { WriteResult } from '../../../write-side/write-result';
import { RedemptionHolder } from './redemption-holder';
import { RedemptionProcess } from './redemption.process';
import { RedeemCreditsBody, ReverseRedemptionBody } from './redemptions.dto';
import { CreditsRedeemedSchema, RedemptionReversedSchema } from './redemptions.responses';

@ApiTags('redemptions 服务时间兑换')
@ApiBearerAuth()
@Controller('v1/redemptions')
export class RedemptionsController {
  constructor(
    private readonly redemptions: RedemptionProcess,
    private readonly accounts: VolunteerAccounts,
    private readonly holder: RedemptionHolder,
  ) {}

  @Post()
  @ApiOperation({ summary: '服务换服务：以储存时间兑换一次服务，可同时为服务者记时 / Redeem stored time for a service, optionally crediting its provider' })
  @Roles('staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'), body('requestId', 'serviceRequest'), body('provider.volunteerId', 'volunteer'))
  @ApiCreatedResponse({ schema: CreditsRedeemedSchema })
  async redeem(@Command() context: CommandContext, @Body() body: RedeemCreditsBody): Promise<WriteResult> {
    return {
      ...(await this.redemptions.redeem(context, {
        volunteerId: body.volunteerId,
        minutes: body.minutes,
        description: body.description,
        requestId: body.requestId ?? null,
        provider: body.provider ? { volunteerId: body.provider.volunteerId, startedAt: new Date(body.provider.startedAt), category: null } : null,
      })),
    };
  }

  @Post(':redemptionId/reversal')
  @ApiOperation({ summary: '撤销一次兑换，退还时间 / Reverse a redemption, giving the time back' })
  @Roles('staff', 'admin')
  @Scope.of(param('redemptionId', 'redemption'))
  @ApiCreatedResponse({ schema: RedemptionReversedSchema })
  async reverse(@Command() context: CommandContext, @Param('redemptionId') redemptionId: string, @Body() body: ReverseRedemptionBody): Promise<WriteResult> {
    const volunteerId = await this.holder.of(redemptionId);
    let creditMinutes = 0;
    const { position, events } = await this.accounts.handle(
      volunteerId,
      (state): AccountCommand => {
        creditMinutes = state.creditMinutes;
        return { type: 'ReverseRedemption', volunteerId, redemptionId, reason: body.reason };
      },
      context,
    );
    const minutes = events[0]?.type === 'RedemptionReversed' ? events[0].data.minutes : 0;
    return { redemptionId, volunteerId, minutes, creditMinutes: creditMinutes + minutes, position };
  }
}
