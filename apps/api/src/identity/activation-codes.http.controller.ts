import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../platform/auth/roles.decorator';
import { Scope } from '../platform/auth/scope.decorator';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import type { CommandContext } from '../write-side/command-context';
import { Command } from '../write-side/command-context.decorator';
import { HoldsSecrets } from '../write-side/idempotency/holds-secrets.decorator';
import { ActivationCodeBody, ActivationCodeView } from './activation-codes.dto';
import { ActivationCodes } from './activation-codes';
import { publicOriginOf } from './client-of';

@ApiTags('accounts 账户')
@ApiBearerAuth()
@Controller('v1/volunteers/:volunteerId/activation-codes')
export class ActivationCodesController {
  constructor(
    private readonly codes: ActivationCodes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @HoldsSecrets()
  @ApiOperation({ summary: '为志愿者发放激活码（8 位，14 天，一次有效；忘记密码时亦用此）及打印纸条内容 / Issue a volunteer\'s activation code (8 digits, 14 days, single use; also for a forgotten password) and the slip to print' })
  @ApiCreatedResponse({ type: ActivationCodeView })
  issue(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: ActivationCodeBody, @Req() request: FastifyRequest): Promise<ActivationCodeView> {
    return this.codes.issueFor(volunteerId, context, { origin: publicOriginOf(request, this.config), sms: body.sms ?? false });
  }
}
