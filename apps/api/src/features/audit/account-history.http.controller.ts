import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { accountStream, POLICY_STREAM, volunteerStream } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { notFound } from '../../read-side/not-found';
import { accountAsOf, type AccountAsOf } from './account-as-of';
import { parseAsOf, type AsOf } from './as-of';
import { AccountAsOfSchema } from './audit.responses';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';

/** Time travel: what a volunteer's account looked like at any past moment, folded from the log itself. */
@ApiTags('audit 审计')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Scope.street()
@Controller('v1/audit/volunteers/:volunteerId')
export class AccountHistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('account')
  @ApiOperation({ summary: '志愿者账户在过去某一时刻或位置的状态 / A volunteer\'s account as it stood at a past moment or position' })
  @ApiProblems(404)
  @ApiOkResponse({ schema: AccountAsOfSchema })
  @ApiQuery({ name: 'asOf', required: false, description: '日志位置、ISO 8601 时间或 now / a log position, an ISO 8601 instant, or now' })
  async account(@Param('volunteerId') volunteerId: string, @Query('asOf') asOfText: string | undefined): Promise<AccountAsOf & { asOf: AsOf }> {
    const asOf = parseAsOf(asOfText);
    const [volunteerEvents, accountEvents, policyEvents] = await Promise.all([
      this.store.readStream(volunteerStream(volunteerId)),
      this.store.readStream(accountStream(volunteerId)),
      this.store.readStream(POLICY_STREAM),
    ]);
    if (volunteerEvents.length === 0 && accountEvents.length === 0) throw notFound({ zh: '志愿者', en: 'volunteer' }, volunteerId);
    return { ...accountAsOf(volunteerId, accountEvents, policyEvents, asOf, volunteerEvents), asOf };
  }
}
