import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { RedemptionView } from '@shiji/projections';
import { Roles } from '../../../platform/auth/roles.decorator';
import { param, query, Scope } from '../../../platform/auth/scope.decorator';
import { nullable, pageSchema, responseSchema } from '../../../platform/docs/response-schema';
import { orNotFound } from '../../../read-side/not-found';
import type { Page } from '../../../read-side/pagination';
import { ReadModels } from '../../../read-side/read-models';
import { sortedPage, sortedPageQueryOf } from '../../../read-side/sorted-page';
import { VolunteerNames } from '../../../read-side/volunteer-names';
import { SLUG } from '../../organisation/organisation.dto';

export const REDEMPTION_STATUSES = ['active', 'reversed', 'all'] as const;

export class RedemptionListQuery extends sortedPageQueryOf(['date', 'minutes'] as const, '-date') {
  @ApiPropertyOptional({ example: 'beixiajie', description: '持卡人所在社区；工作人员必填 / the card holder\'s community; required for staff' })
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;

  @ApiPropertyOptional({ description: '持卡人 / the card holder' })
  @IsOptional()
  @Matches(SLUG)
  volunteerId?: string;

  @ApiPropertyOptional({ enum: REDEMPTION_STATUSES, default: 'all', description: 'active：有效；reversed：已撤销 / active: stands; reversed: taken back' })
  @IsOptional()
  @IsIn(REDEMPTION_STATUSES)
  status?: (typeof REDEMPTION_STATUSES)[number];
}

export const RedemptionLineSchema = responseSchema('RedemptionLine', {
  redemptionId: 'string',
  volunteerId: 'string',
  volunteerName: 'string?',
  cardNumber: 'string',
  minutes: 'integer',
  description: 'string',
  requestId: 'string?',
  providerVolunteerId: 'string?',
  providerName: 'string?',
  redeemedAt: 'string',
  reversed: 'boolean',
  reversal: nullable({ reason: 'string', at: 'string' }),
});
export const RedemptionListSchema = pageSchema('RedemptionList', RedemptionLineSchema);

type RedemptionLine = RedemptionView & { volunteerName: string | null; providerName: string | null };

/** The latest redemptions of a community's card holders, newest first, with the holder's and the provider's names. */
@ApiTags('redemptions 服务时间兑换')
@ApiBearerAuth()
@Controller('v1/redemptions')
export class RedemptionListsController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  /** Newest first unless `sort` says otherwise, with the holder's and the provider's names. */
  @Get()
  @ApiOperation({ summary: '兑换记录，可按社区、持卡人、状态筛选，按时间或时长排序 / Redemptions, by community, card holder and status, sorted by date or minutes' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: RedemptionListSchema })
  async list(@Query() filter: RedemptionListQuery): Promise<Page<RedemptionLine>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.communityId !== undefined) where.push(`v.community_id = $${params.push(filter.communityId)}`);
    if (filter.volunteerId !== undefined) where.push(`r.volunteer_id = $${params.push(filter.volunteerId)}`);
    if (filter.status === 'active') where.push("NOT (r.data->>'reversed')::boolean");
    if (filter.status === 'reversed') where.push("(r.data->>'reversed')::boolean");
    const page = await sortedPage<{ id: string; sort_value: string | number; data: RedemptionView }, 'date' | 'minutes'>(this.readModels.pool, {
      select: 'SELECT r.id, r.data FROM rm_redemptions r JOIN rm_volunteers v ON v.id = r.volunteer_id',
      where,
      params,
      id: 'r.id',
      keys: { date: { expression: "r.data->>'redeemedAt'", type: 'text' }, minutes: { expression: "(r.data->>'minutes')::integer", type: 'number' } },
      sort: filter.sort ?? '-date',
      limit: filter.limit ?? 50,
      cursor: filter.cursor,
    });
    return { items: await this.lines(page.items.map((row) => row.data)), nextCursor: page.nextCursor };
  }

  @Get(':redemptionId')
  @ApiOperation({ summary: '一次兑换 / One redemption' })
  @Scope.of(param('redemptionId', 'redemption'))
  @ApiOkResponse({ schema: RedemptionLineSchema })
  async redemption(@Param('redemptionId') redemptionId: string): Promise<RedemptionLine> {
    const found = orNotFound(await this.readModels.findById<RedemptionView>('redemptions', redemptionId), { zh: '兑换记录', en: 'redemption' }, redemptionId);
    const [line] = await this.lines([found]);
    return line;
  }

  private async lines(redemptions: readonly RedemptionView[]): Promise<RedemptionLine[]> {
    const names = await this.names.of(redemptions.flatMap((data) => [data.volunteerId, data.providerVolunteerId]));
    return redemptions.map((data) => ({
      ...data,
      volunteerName: names.get(data.volunteerId) ?? null,
      providerName: data.providerVolunteerId ? (names.get(data.providerVolunteerId) ?? null) : null,
    }));
  }
}
