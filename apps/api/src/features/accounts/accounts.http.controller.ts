import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { nextStarLevel } from '@shiji/domain';
import { defaultPolicyView, emptyAccountView, POLICY_ID, type AccountView, type LedgerEntry, type PolicyView, type VolunteerView } from '@shiji/projections';
import { orNotFound } from '../../read-side/not-found';
import { decodePositionCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { AccountSchema, LedgerPageSchema, LedgerQuery, type LedgerLine } from './account.responses';
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
  @ApiOperation({ summary: '时间账户：余额、累计认证时长、星级、消费卡 / The time account: balance, lifetime verified time, star level, card' })
  @ApiOkResponse({ schema: AccountSchema })
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
  @ApiOperation({ summary: '账户流水，新者在前 / The account\'s ledger, newest first' })
  @ApiOkResponse({ schema: LedgerPageSchema })
  async ledger(@Param('volunteerId') volunteerId: string, @Query() page: LedgerQuery): Promise<Page<LedgerLine>> {
    orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), VOLUNTEER, volunteerId);
    const limit = page.limit ?? 50;
    const newestFirst = page.order === 'desc';
    const after = page.cursor === undefined ? null : decodePositionCursor(page.cursor);
    const bound = after === null ? '' : `AND l.position ${newestFirst ? '<' : '>'} $3`;
    const { rows } = await this.readModels.pool.query<LedgerRow>(
      `SELECT l.data, l.position, r.data->>'startedAt' AS started_at, r.data->>'category' AS category, r.data->>'description' AS record_description,
              a.id AS activity_id, a.data->>'title' AS activity_title, d.data->>'description' AS redemption_description
         FROM rm_ledger l
         LEFT JOIN rm_service_records r ON l.data->>'kind' IN ('verified', 'corrected') AND r.id = l.data->>'reference'
         LEFT JOIN rm_activities a ON a.id = r.data->>'activityId'
         LEFT JOIN rm_redemptions d ON l.data->>'kind' IN ('redeemed', 'redemption_reversed') AND d.id = l.data->>'reference'
        WHERE l.volunteer_id = $1 ${bound} ORDER BY l.position ${newestFirst ? 'DESC' : 'ASC'} LIMIT $2`,
      after === null ? [volunteerId, limit + 1] : [volunteerId, limit + 1, after],
    );
    const items = rows.slice(0, limit);
    return {
      items: items.map((row) => ({
        ...row.data,
        serviceStartedAt: row.started_at,
        category: row.category,
        activityId: row.activity_id,
        activityTitle: row.activity_title,
        description: row.record_description ?? row.redemption_description,
      })),
      nextCursor: rows.length > limit ? encodeCursor([Number(items[items.length - 1].position)]) : null,
    };
  }
}

interface LedgerRow {
  data: LedgerEntry;
  position: string;
  started_at: string | null;
  category: string | null;
  record_description: string | null;
  activity_id: string | null;
  activity_title: string | null;
  redemption_description: string | null;
}
