import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, Scope } from '../../platform/auth/scope.decorator';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { CreatedAt } from '../../write-side/created-location';
import type { WriteResult } from '../../write-side/write-result';
import { GiftProcess } from './gift.process';
import { GiveCreditsBody, GiveCreditsToResidentBody } from './gifts.dto';
import { CreditsGivenSchema, CreditsGivenToResidentSchema } from './gifts.responses';

@ApiTags('gifts 转赠')
@ApiBearerAuth()
@Controller('v1/gifts')
export class GiftsController {
  constructor(private readonly gifts: GiftProcess) {}

  @Post()
  @ApiOperation({ summary: '把储存的服务时间转赠给经确认的家庭成员（不转累计时长与星级） / Give stored credit to a confirmed family member (never lifetime hours or stars)' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(body('fromVolunteerId', 'volunteer'))
  @ApiProblems(404, 409, 422)
  @CreatedAt('/v1/volunteers/{fromVolunteerId}/account')
  @ApiCreatedResponse({ schema: CreditsGivenSchema })
  async give(@Command() context: CommandContext, @Body() gift: GiveCreditsBody): Promise<WriteResult> {
    return { ...(await this.gifts.give(context, gift)) };
  }

  @Post('residents')
  @ApiOperation({
    summary: '把储存的服务时间转赠给经确认为家庭成员的受助居民，计入其受助时间，可用于为其兑换服务 / Give stored credit to a resident in need confirmed as family: it joins their granted time, which a service for them can spend',
  })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(body('fromVolunteerId', 'volunteer'))
  @ApiProblems(404, 409, 422)
  @CreatedAt('/v1/volunteers/{fromVolunteerId}/account')
  @ApiCreatedResponse({ schema: CreditsGivenToResidentSchema })
  async giveToResident(@Command() context: CommandContext, @Body() gift: GiveCreditsToResidentBody): Promise<WriteResult> {
    return { ...(await this.gifts.giveToBeneficiary(context, gift)) };
  }
}
