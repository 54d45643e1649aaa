import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ServiceRecordView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import type { WriteResult } from '../../write-side/write-result';
import { CorrectServiceCommand, RecordServiceCommand, VerifyServiceCommand } from './service-records.commands';
import { CorrectServiceBody, RecordServiceBody } from './service-records.dto';
import { ServiceRecordSchema } from './service-record-lists';

@ApiTags('service records 服务记录')
@ApiBearerAuth()
@Controller('v1/service-records')
export class ServiceRecordsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModels: ReadModels,
  ) {}

  @Post()
  @Roles('staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'), body('activityId', 'activity'))
  record(@Command() context: CommandContext, @Body() body: RecordServiceBody): Promise<WriteResult> {
    return this.commands.execute(
      new RecordServiceCommand(context, {
        volunteerId: body.volunteerId,
        activityId: body.activityId ?? null,
        category: body.category ?? null,
        description: body.description ?? null,
        startedAt: new Date(body.startedAt),
        minutes: body.minutes,
        verify: body.verify ?? false,
        redemptionId: null,
      }),
    );
  }

  @Post(':recordId/verify')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  verify(@Command() context: CommandContext, @Param('recordId') recordId: string): Promise<WriteResult> {
    return this.commands.execute(new VerifyServiceCommand(context, recordId));
  }

  @Post(':recordId/corrections')
  @Roles('staff', 'admin')
  @Scope.of(param('recordId', 'serviceRecord'))
  correct(@Command() context: CommandContext, @Param('recordId') recordId: string, @Body() body: CorrectServiceBody): Promise<WriteResult> {
    return this.commands.execute(new CorrectServiceCommand(context, recordId, body.minutes, body.reason));
  }

  @Get(':recordId')
  @ApiOkResponse({ schema: ServiceRecordSchema })
  @Scope.of(param('recordId', 'serviceRecord'))
  async get(@Param('recordId') recordId: string): Promise<ServiceRecordView> {
    return orNotFound(await this.readModels.findById<ServiceRecordView>('service_records', recordId), { zh: '服务记录', en: 'service record' }, recordId);
  }
}
