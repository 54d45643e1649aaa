import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { correctionAnswerDue, correctionRequestDecider, correctionRequestStream, DEFAULT_CORRECTION_DEADLINE_DAYS, DomainError, isCorrectionOverdue } from '@shiji/domain';
import { POLICY_ID, type CorrectionRequestView, type PolicyView, type ServiceRecordView, type VolunteerView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { query, Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { AcceptCorrectionRequestBody, CorrectionRequestListQuery, FileCorrectionRequestBody, RejectCorrectionRequestBody, VolunteerCorrectionRequestQuery } from './correction-requests.dto';
import { CorrectionRequestAnsweredSchema, CorrectionRequestFiledSchema, CorrectionRequestListSchema } from './correction-requests.responses';

type CorrectionRequestItem = CorrectionRequestView & { answerDue: string; overdue: boolean };

/**
 * 异议 (志愿服务记录与证明出具办法): a volunteer, or staff for them, objects to a
 * record or to a missing one; staff answer within the policy's deadline,
 * accepting (naming the corrected or new record) or rejecting with a reason.
 */
@ApiTags('corrections 异议')
@ApiBearerAuth()
@Controller()
export class CorrectionRequestsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
  ) {}

  @Post('v1/volunteers/:volunteerId/correction-requests')
  @ApiOperation({ summary: '对服务记录（或漏记的服务）提出异议并说明理由 / Object to a service record, or to a missing one, with a reason' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.volunteer()
  @ApiCreatedResponse({ schema: CorrectionRequestFiledSchema })
  @ApiProblems(422)
  async file(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: FileCorrectionRequestBody): Promise<WriteResult> {
    const volunteer = orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), { zh: '志愿者', en: 'volunteer' }, volunteerId);
    const recordId = body.recordId ?? null;
    if (recordId !== null) await this.requireRecordOf(volunteerId, recordId);
    const requestId = context.newId('correction');
    const command = { type: 'FileCorrectionRequest' as const, requestId, volunteerId, communityId: volunteer.communityId, recordId, reason: body.reason, filedBy: context.actor.id, filedAt: context.now.toISOString() };
    const { position } = await this.repository.handle(correctionRequestStream(requestId), correctionRequestDecider, command, context);
    return { requestId, volunteerId, position };
  }

  @Get('v1/volunteers/:volunteerId/correction-requests')
  @ApiOperation({ summary: '志愿者的异议及答复（驳回理由、更正记录） / A volunteer\'s correction requests and their answers' })
  @Scope.volunteer()
  @ApiOkResponse({ schema: CorrectionRequestListSchema })
  async ofVolunteer(@Param('volunteerId') volunteerId: string, @Query() filter: VolunteerCorrectionRequestQuery) {
    return this.list('volunteer_id = $1', [volunteerId], filter.overdue === 'true');
  }

  @Get('v1/correction-requests')
  @ApiOperation({ summary: '社区待答复与已答复的异议；overdue=true 只列逾期未答复的 / A community\'s correction requests; overdue=true lists those open past the deadline' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: CorrectionRequestListSchema })
  async ofCommunity(@Query() filter: CorrectionRequestListQuery) {
    return this.list('community_id = $1', [filter.communityId], filter.overdue === 'true');
  }

  @Post('v1/volunteers/:volunteerId/correction-requests/:requestId/acceptance')
  @HttpCode(200)
  @ApiOperation({ summary: '受理异议：先更正或补记服务记录，再在此指明该记录 / Accept: correct or add the record first, then name it here' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiOkResponse({ schema: CorrectionRequestAnsweredSchema })
  @ApiProblems(409, 422)
  async accept(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Param('requestId') requestId: string, @Body() body: AcceptCorrectionRequestBody): Promise<WriteResult> {
    await this.requireRecordOf(volunteerId, body.correctionRecordId);
    const command = { type: 'AcceptCorrectionRequest' as const, requestId, volunteerId, correctionRecordId: body.correctionRecordId, answeredBy: context.actor.id, answeredAt: context.now.toISOString() };
    const { position } = await this.repository.handle(correctionRequestStream(requestId), correctionRequestDecider, command, context);
    return { requestId, status: 'accepted', correctionRecordId: body.correctionRecordId, position };
  }

  @Post('v1/volunteers/:volunteerId/correction-requests/:requestId/rejection')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回异议并说明理由（志愿者可见），记录不变 / Reject with a reason the volunteer reads; the record stays as it is' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiOkResponse({ schema: CorrectionRequestAnsweredSchema })
  @ApiProblems(409, 422)
  async reject(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Param('requestId') requestId: string, @Body() body: RejectCorrectionRequestBody): Promise<WriteResult> {
    const command = { type: 'RejectCorrectionRequest' as const, requestId, volunteerId, reason: body.reason, answeredBy: context.actor.id, answeredAt: context.now.toISOString() };
    const { position } = await this.repository.handle(correctionRequestStream(requestId), correctionRequestDecider, command, context);
    return { requestId, status: 'rejected', correctionRecordId: null, position };
  }

  private async requireRecordOf(volunteerId: string, recordId: string): Promise<void> {
    const record = await this.readModels.findById<ServiceRecordView>('service_records', recordId);
    if (record?.volunteerId !== volunteerId) throw new DomainError('CORRECTION_RECORD_NOT_THE_VOLUNTEERS', { recordId });
  }

  private async list(condition: string, params: unknown[], overdueOnly: boolean): Promise<{ correctionDeadlineDays: number; items: CorrectionRequestItem[] }> {
    const policy = await this.readModels.findById<PolicyView>('policy', POLICY_ID);
    const correctionDeadlineDays = policy?.correctionDeadlineDays ?? DEFAULT_CORRECTION_DEADLINE_DAYS;
    const { rows } = await this.readModels.pool.query<{ data: CorrectionRequestView }>(
      `SELECT data FROM rm_correction_requests WHERE ${condition} ORDER BY data->>'filedAt', id LIMIT 500`,
      params,
    );
    const now = new Date();
    const items = rows.map(({ data }) => ({ ...data, answerDue: correctionAnswerDue(data.filedAt, correctionDeadlineDays), overdue: isCorrectionOverdue(data, correctionDeadlineDays, now) }));
    return { correctionDeadlineDays, items: overdueOnly ? items.filter((item) => item.overdue) : items };
  }
}
