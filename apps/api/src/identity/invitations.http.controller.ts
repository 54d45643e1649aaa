import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../platform/auth/roles.decorator';
import { Scope } from '../platform/auth/scope.decorator';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import type { CommandContext } from '../write-side/command-context';
import { Command } from '../write-side/command-context.decorator';
import { HoldsSecrets } from '../write-side/idempotency/holds-secrets.decorator';
import { publicOriginOf } from './client-of';
import { InvitationBody, InvitationView } from './invitations.dto';
import { Invitations } from './invitations';
import { ApiProblems } from '../platform/docs/api-problems.decorator';
import { CreatedAt } from '../write-side/created-location';

@ApiTags('accounts 账户')
@ApiBearerAuth()
@Controller('v1/invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: Invitations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles('admin')
  @Scope.street()
  @HoldsSecrets()
  @ApiOperation({ summary: '邀请工作人员、管理员或审计员：一次性邀请码，72 小时有效 / Invite staff, an admin or an auditor: a one-time code valid 72 h' })
  @ApiCreatedResponse({ type: InvitationView })
  @ApiProblems(404)
  @CreatedAt('/v1/people?role={role}&subject={subject}')
  async invite(@Command() context: CommandContext, @Body() body: InvitationBody, @Req() request: FastifyRequest): Promise<InvitationView> {
    const issued = await this.invitations.invite({ ...body, origin: publicOriginOf(request, this.config) }, context);
    return { ...issued, expiresAt: issued.expiresAt.toISOString() };
  }
}
