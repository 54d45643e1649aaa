import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accountStream, timeAccountDecider } from '@shiji/domain';
import type { ServiceRecordView } from '@shiji/projections';
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
import { CorrectServiceBody, RecordServiceBody } from './service-records.dto';
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

  @Post()
  @Roles('staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'), body('activityId', 'activity'))
  record(@Command() context: CommandContext, @Body() body: RecordServiceBody): Promise<WriteResult> {
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
