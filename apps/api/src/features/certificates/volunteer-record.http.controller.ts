import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { emptyVolunteerRecord, volunteerDecider, volunteerStream, type VolunteerRecord, type VolunteerRecordEvent } from '@shiji/domain';
import type { VolunteerView } from '@shiji/projections';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { ApiETag, ApiProblems } from '../../platform/docs/api-problems.decorator';
import { StreamRevisions } from '../../projections/stream-revisions';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { CommendationBody, EvaluationBody, TrainingBody } from './certificates.dto';
import { RecordEntryAddedSchema, VolunteerRecordSchema } from './certificates.responses';

/** The volunteer's record beyond hours (志愿服务记录与证明出具办法): training, commendations, yearly evaluations. */
@ApiTags('certificates 志愿服务记录证明')
@ApiBearerAuth()
@Controller('v1/volunteers/:volunteerId')
export class VolunteerRecordController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly revisions: StreamRevisions,
  ) {}

  @Get('record')
  @ApiOperation({ summary: '志愿者的培训、表彰与年度评价记录 / A volunteer\'s training, commendations and yearly evaluations' })
  @Scope.volunteer()
  @ApiOkResponse({ schema: VolunteerRecordSchema })
  @ApiProblems(404)
  @ApiETag()
  async record(@Param('volunteerId') volunteerId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<VolunteerRecord> {
    await this.revisions.tag(reply, volunteerStream(volunteerId));
    const volunteer = orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), { zh: '志愿者', en: 'volunteer' }, volunteerId);
    return volunteer.record ?? emptyVolunteerRecord();
  }

  @Post('trainings')
  @ApiOperation({ summary: '记录志愿者参加的培训 / Record training the volunteer attended' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiCreatedResponse({ schema: RecordEntryAddedSchema })
  @ApiProblems(404, 422)
  training(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: TrainingBody): Promise<WriteResult> {
    return this.add(context, { type: 'TrainingAttended', data: { volunteerId, course: body.course, minutes: body.minutes, date: body.date, trainer: body.trainer } });
  }

  @Post('commendations')
  @ApiOperation({ summary: '记录志愿者获得的表彰 / Record a commendation of the volunteer' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiCreatedResponse({ schema: RecordEntryAddedSchema })
  @ApiProblems(404, 422)
  commendation(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: CommendationBody): Promise<WriteResult> {
    return this.add(context, { type: 'CommendationReceived', data: { volunteerId, title: body.title, level: body.level, date: body.date } });
  }

  @Post('evaluations')
  @ApiOperation({ summary: '工作人员对志愿者的年度评价（同一年再评即替换） / Staff\'s yearly evaluation of the volunteer (a later one of the same year replaces it)' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiCreatedResponse({ schema: RecordEntryAddedSchema })
  @ApiProblems(404, 422)
  evaluation(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: EvaluationBody): Promise<WriteResult> {
    return this.add(context, { type: 'VolunteerEvaluated', data: { volunteerId, year: body.year, rating: body.rating, comment: body.comment, evaluatedBy: context.actor.id } });
  }

  private async add(context: CommandContext, entry: VolunteerRecordEvent): Promise<WriteResult> {
    const { volunteerId } = entry.data;
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'AddRecordEntry', volunteerId, entry }, context);
    return { volunteerId, type: entry.type, position };
  }
}
