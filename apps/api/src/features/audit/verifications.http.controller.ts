import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { notFound } from '../../read-side/not-found';
import { VerificationsService } from './verifications.service';
import { VerificationsStore, type Verification } from './verifications.store';
import { VerificationSchema, VerificationStartedSchema } from './audit.responses';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VERIFICATION = { zh: '核验', en: 'verification' };

/** Replay-and-compare runs requested over HTTP: started in the background, read back by id. */
@ApiTags('audit 审计')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Scope.street()
@Controller('v1/audit/verifications')
export class VerificationsController {
  constructor(
    private readonly service: VerificationsService,
    private readonly verifications: VerificationsStore,
  ) {}

  @Post()
  @ApiOperation({ summary: '开始一次核验：重放日志与现有视图比对并检查哈希链 / Start a verification: replay the log against the views and check the hash chains' })
  @HttpCode(202)
  @ApiAcceptedResponse({ schema: VerificationStartedSchema })
  @Scope({ street: true, changesNothing: true })
  async start(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const verificationId = await this.service.start(actor.id);
    void reply.header('Location', `/v1/audit/verifications/${verificationId}`);
    return { verificationId, status: 'running' };
  }

  @Get(':verificationId')
  @ApiOperation({ summary: '一次核验的进度与结果 / A verification\'s progress and result' })
  @ApiProblems(404)
  @ApiOkResponse({ schema: VerificationSchema })
  async find(@Param('verificationId') verificationId: string): Promise<Verification> {
    const found = UUID.test(verificationId) ? await this.verifications.find(verificationId) : null;
    if (!found) throw notFound(VERIFICATION, verificationId);
    return found;
  }
}
