import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accountStream, timeAccountDecider } from '@shiji/domain';
import type { ServiceRecordView } from '@shiji/projections';
import { ForbiddenError } from '../../platform/auth/forbidden.error';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { ServiceRecordOwner } from './service-record-owner';
import { ServiceRecording } from './service-recording';
import { CorrectServiceBody, RecordServiceBody, RejectServiceBody } from './service-records.dto';
import { ServiceRecordSchema } from './service-record-lists';

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
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'), body('activityId', 'activity'))
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
  @HttpCode(200)
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  async verify(@Command() context: CommandContext, @Param('recordId') recordId: string): Promise<WriteResult> {
    const { volunteerId } = await this.owner.of(recordId);
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, { type: 'VerifyService', volunteerId, recordId }, context);
    return { recordId, volunteerId, verified: true, position };
  }

  @Post(':recordId/rejection')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  async reject(@Command() context: CommandContext, @Param('recordId') recordId: string, @Body() { reason }: RejectServiceBody): Promise<WriteResult> {
    const { volunteerId } = await this.owner.of(recordId);
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, { type: 'RejectService', volunteerId, recordId, reason }, context);
    return { recordId, volunteerId, rejected: true, position };
  }

  @Post(':recordId/corrections')
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  async correct(@Command() context: CommandContext, @Param('recordId') recordId: string, @Body() { minutes, reason }: CorrectServiceBody): Promise<WriteResult> {
    const { volunteerId } = await this.owner.of(recordId);
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, { type: 'CorrectService', volunteerId, recordId, minutes, reason }, context);
    return { recordId, volunteerId, minutes, position };
  }

  @Get(':recordId')
  @ApiOkResponse({ schema: ServiceRecordSchema })
  @Scope.of(param('recordId', 'serviceRecord'))
  async get(@Param('recordId') recordId: string): Promise<ServiceRecordView> {
    return orNotFound(await this.readModels.findById<ServiceRecordView>('service_records', recordId), { zh: '服务记录', en: 'service record' }, recordId);
  }
}

function volunteersNeverVerify(): ForbiddenError {
  return new ForbiddenError({ zh: '志愿者不能认证服务记录：本人申报的记录由社区工作人员认证', en: 'A volunteer never verifies: a self-reported record waits for staff of the community' });
}
