import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { accountStream, creditCapOf, POLICY_STREAM, policyDecider, timeAccountDecider } from '@shiji/domain';
import type { ServiceRecordView } from '@shiji/projections';
import { ForbiddenError } from '../../platform/auth/forbidden.error';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { creditCapInForce } from '../../write-side/credit-cap';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { ServiceRecordOwner } from './service-record-owner';
import { ServiceRecording } from './service-recording';
import { CorrectServiceBody, RecordServiceBody, RejectServiceBody } from './service-records.dto';
import { ServiceRecordSchema } from './service-record-lists';
import { ServiceCorrectedSchema, ServiceRecordedSchema, ServiceRejectedSchema, ServiceVerifiedSchema } from './service-records.responses';

@ApiTags('service records 服务记录')
@ApiBearerAuth()
@Controller('v1/service-records')
export class ServiceRecordsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly owner: ServiceRecordOwner,
    private readonly recording: ServiceRecording,
    private readonly readModels: ReadModels,
  ) {}

  /** Staff record (and may verify at once); a volunteer reports their own service, which waits for staff. */
  @Post()
  @ApiOperation({ summary: '记录服务时长（工作人员可同时认证）；志愿者本人申报的待认证 / Record service (staff may verify at once); a volunteer\'s own report waits for staff' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'), body('activityId', 'activity'))
  @ApiCreatedResponse({ schema: ServiceRecordedSchema })
  record(@Command() context: CommandContext, @Body() body: RecordServiceBody): Promise<WriteResult> {
    if (context.actor.role === 'volunteer' && body.verify === true) throw volunteersNeverVerify();
    return this.recording.record(context, {
      volunteerId: body.volunteerId,
      activityId: body.activityId ?? null,
      category: body.category ?? null,
      description: body.description ?? null,
      startedAt: new Date(body.startedAt),
      minutes: body.minutes,
      verify: body.verify ?? false,
      redemptionId: null,
    });
  }

  @Post(':recordId/verify')
  @ApiOperation({ summary: '认证服务记录，时长计入账户 / Verify a record: its minutes go to the account' })
  @HttpCode(200)
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  @ApiOkResponse({ schema: ServiceVerifiedSchema })
  async verify(@Command() context: CommandContext, @Param('recordId') recordId: string): Promise<WriteResult> {
    const { volunteerId } = await this.owner.of(recordId);
    const { state: policy } = await this.repository.load(POLICY_STREAM, policyDecider);
    const command = { type: 'VerifyService' as const, volunteerId, recordId, verifiedBy: context.actor.id, requireSeparateVerifier: policy.requireSeparateVerifier, creditCap: creditCapOf(policy.creditRules) };
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, command, context);
    return { recordId, volunteerId, verified: true, position };
  }

  @Post(':recordId/rejection')
  @ApiOperation({ summary: '驳回服务记录（须说明理由） / Reject a record, with a reason' })
  @HttpCode(200)
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  @ApiOkResponse({ schema: ServiceRejectedSchema })
  async reject(@Command() context: CommandContext, @Param('recordId') recordId: string, @Body() { reason }: RejectServiceBody): Promise<WriteResult> {
    const { volunteerId } = await this.owner.of(recordId);
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, { type: 'RejectService', volunteerId, recordId, reason }, context);
    return { recordId, volunteerId, rejected: true, position };
  }

  @Post(':recordId/corrections')
  @ApiOperation({ summary: '更正服务记录的时长（0 为撤销） / Correct a record\'s minutes (0 reverses it)' })
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  @ApiCreatedResponse({ schema: ServiceCorrectedSchema })
  async correct(@Command() context: CommandContext, @Param('recordId') recordId: string, @Body() { minutes, reason }: CorrectServiceBody): Promise<WriteResult> {
    const { volunteerId } = await this.owner.of(recordId);
    // Raising a verified record deposits the difference, which the storage cap bounds like any deposit.
    const command = { type: 'CorrectService' as const, volunteerId, recordId, minutes, reason, creditCap: await creditCapInForce(this.repository) };
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, command, context);
    return { recordId, volunteerId, minutes, position };
  }

  @Get(':recordId')
  @ApiOperation({ summary: '一条服务记录 / One service record' })
  @ApiOkResponse({ schema: ServiceRecordSchema })
  @Scope.of(param('recordId', 'serviceRecord'))
  async get(@Param('recordId') recordId: string): Promise<ServiceRecordView> {
    return orNotFound(await this.readModels.findById<ServiceRecordView>('service_records', recordId), { zh: '服务记录', en: 'service record' }, recordId);
  }
}

function volunteersNeverVerify(): ForbiddenError {
  return new ForbiddenError({ zh: '志愿者不能认证服务记录：本人申报的记录由社区工作人员认证', en: 'A volunteer never verifies: a self-reported record waits for staff of the community' });
}
