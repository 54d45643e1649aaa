import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../platform/auth/roles.decorator';
import { Scope } from '../platform/auth/scope.decorator';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { ApiProblems } from '../platform/docs/api-problems.decorator';
import type { CommandContext } from '../write-side/command-context';
import { Command } from '../write-side/command-context.decorator';
import { HoldsSecrets } from '../write-side/idempotency/holds-secrets.decorator';
import { publicOriginOf } from './client-of';
import { InvitationView } from './invitations.dto';
import { SignInCodesForPeople } from './sign-in-codes-for-people';

export class SignInCodeBody {
  @ApiPropertyOptional({ default: false, description: '同时以短信发送 / also send it by SMS' })
  @IsOptional()
  @IsBoolean()
  sms?: boolean;
}

export class SignInCodeView extends InvitationView {
  @ApiProperty({ enum: ['invitation', 'password-reset'], description: '从未登录为邀请，已登录过为重设密码 / invitation when never signed in, else a password reset' })
  purpose: 'invitation' | 'password-reset';
}

@ApiTags('accounts 账户')
@ApiBearerAuth()
@Controller('v1/people/:personId/sign-in-codes')
export class PeopleSignInCodesController {
  constructor(
    private readonly codes: SignInCodesForPeople,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @Scope.street()
  @HoldsSecrets()
  @ApiOperation({ summary: '为工作人员、管理员或审计员重新发放一次性登录码（邀请过期或忘记密码），72 小时有效 / A new one-time code for staff, an admin or an auditor (an expired invitation, a forgotten password), valid 72 h' })
  @ApiOkResponse({ type: SignInCodeView })
  @ApiProblems(404, 409)
  async issue(@Command() context: CommandContext, @Param('personId') personId: string, @Body() body: SignInCodeBody, @Req() request: FastifyRequest): Promise<SignInCodeView> {
    const issued = await this.codes.issueFor(personId, context, { origin: publicOriginOf(request, this.config), sms: body.sms ?? false });
    return { ...issued, role: issued.role as SignInCodeView['role'], expiresAt: issued.expiresAt.toISOString() };
  }
}
