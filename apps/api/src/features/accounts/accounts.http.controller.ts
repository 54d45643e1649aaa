import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { nextStarLevel } from '@shiji/domain';
import { defaultPolicyView, emptyAccountView, POLICY_ID, type AccountView, type LedgerEntry, type PolicyView, type VolunteerView } from '@shiji/projections';
import { orNotFound } from '../../read-side/not-found';
import { decodePositionCursor, encodeCursor, PageQuery, type Page } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import { Scope } from '../../platform/auth/scope.decorator';

const VOLUNTEER = { zh: '志愿者', en: 'volunteer' };

@ApiTags('accounts 时间账户')
@ApiBearerAuth()
@Scope.volunteer()
@Controller('v1/volunteers/:volunteerId')
export class AccountsController {
  constructor(private readonly readModels: ReadModels) {}

  @Get('account')
  async account(@Param('volunteerId') volunteerId: string) {
    const { found, position } = await this.readModels.findAtPosition<{ volunteer: VolunteerView; stored: AccountView; policy: PolicyView }>({
      volunteer: ['volunteers', volunteerId],
      stored: ['accounts', volunteerId],
      policy: ['policy', POLICY_ID],
    });
    const { stored, policy } = found;
    orNotFound(found.volunteer, VOLUNTEER, volunteerId);
    const account = stored ?? emptyAccountView(volunteerId);
    const next = nextStarLevel(account.lifetimeMinutes, (policy ?? defaultPolicyView()).thresholdHours);
    return {
      volunteerId,
      lifetimeMinutes: account.lifetimeMinutes,
      creditMinutes: account.creditMinutes,
      owes: account.creditMinutes < 0,
      starLevel: account.starLevel,
      starLevelSince: account.starLevelSince,
      nextStarLevel: next?.level ?? null,
      minutesToNextStar: next?.minutesToGo ?? null,
      levelHistory: account.levelHistory,
      card: account.card,
      certifiedStarLevels: account.certifiedStarLevels,
      position,
    };
  }

  @Get('ledger')
  async ledger(@Param('volunteerId') volunteerId: string, @Query() page: PageQuery): Promise<Page<LedgerEntry>> {
    orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), VOLUNTEER, volunteerId);
    const limit = page.limit ?? 50;
    const after = decodePositionCursor(page.cursor);
    const { rows } = await this.readModels.pool.query<{ data: LedgerEntry; position: string }>(
      'SELECT data, position FROM rm_ledger WHERE volunteer_id = $1 AND position > $2 ORDER BY position LIMIT $3',
      [volunteerId, after, limit + 1],
    );
    const items = rows.slice(0, limit);
    return { items: items.map((row) => row.data), nextCursor: rows.length > limit ? encodeCursor([Number(items[items.length - 1].position)]) : null };
  }
}
