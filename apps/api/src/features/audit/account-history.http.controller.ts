import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { accountStream, POLICY_STREAM, volunteerStream } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { notFound } from '../../read-side/not-found';
import { accountAsOf, type AccountAsOf } from './account-as-of';
import { parseAsOf, type AsOf } from './as-of';
import { AccountAsOfSchema } from './audit.responses';

/** Time travel: what a volunteer's account looked like at any past moment, folded from the log itself. */
@ApiTags('audit 审计')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Scope.street()
@Controller('v1/audit/volunteers/:volunteerId')
export class AccountHistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('account')
  @ApiOkResponse({ schema: AccountAsOfSchema })
  @ApiQuery({ name: 'asOf', required: false, description: '全局位置、ISO 8601 时刻或 now / a global position, an ISO 8601 instant, or now' })
  @ApiQuery({ name: 'asOf', required: false, description: '日志位置、ISO 8601 时间或 now / a log position, an ISO 8601 instant, or now' })
  async account(@Param('volunteerId') volunteerId: string, @Query('asOf') asOfText: string | undefined): Promise<AccountAsOf & { asOf: AsOf }> {
    const asOf = parseAsOf(asOfText);
    const [registered, accountEvents, policyEvents] = await Promise.all([
      this.store.readStream(volunteerStream(volunteerId), { maxCount: 1 }),
      this.store.readStream(accountStream(volunteerId)),
      this.store.readStream(POLICY_STREAM),
    ]);
    if (registered.length === 0 && accountEvents.length === 0) throw notFound({ zh: '志愿者', en: 'volunteer' }, volunteerId);
    return { ...accountAsOf(volunteerId, accountEvents, policyEvents, asOf), asOf };
  }
}
