import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { PartnerView, RewardClaimView, RewardView } from '@shiji/projections';
import { Roles } from '../../../platform/auth/roles.decorator';
import { query, Scope } from '../../../platform/auth/scope.decorator';
import { ApiETag, ApiProblems } from '../../../platform/docs/api-problems.decorator';
import { orNotFound } from '../../../read-side/not-found';
import { ReadModels } from '../../../read-side/read-models';
import { sortedPage, sortedPageQueryOf } from '../../../read-side/sorted-page';
import { VolunteerNames } from '../../../read-side/volunteer-names';
import { type Page } from '../../../read-side/pagination';
import { IsText } from '../../../platform/validation/is-text.decorator';
import { SLUG } from '../../organisation/organisation.dto';
import { PartnerListSchema, PartnerSchema, RewardClaimListSchema, RewardListSchema, RewardSchema } from './reward-catalogue';
import { partnerStream, rewardStream } from '@shiji/domain';
import type { FastifyReply } from 'fastify';
import { StreamRevisions } from '../../../projections/stream-revisions';

export class CommunityClaimsQuery {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;
}

const CLAIMS_SHOWN = 200;

export class PartnerListQuery extends sortedPageQueryOf(['name', 'date'] as const, 'name') {
  @ApiPropertyOptional({ example: '医疗', description: '机构类别 / the kind of institution' })
  @IsOptional()
  @IsText(50)
  kind?: string;
}

export const REWARD_STATUSES = ['active', 'withdrawn', 'all'] as const;

export class RewardListQuery extends sortedPageQueryOf(['name', 'date', 'starLevel'] as const, 'name') {
  @ApiPropertyOptional({ enum: REWARD_STATUSES, default: 'all', description: 'active：可领取；withdrawn：已撤下 / active: may be claimed; withdrawn: taken off the list' })
  @IsOptional()
  @IsIn(REWARD_STATUSES)
  status?: (typeof REWARD_STATUSES)[number];

  @ApiPropertyOptional({ example: 'clinic' })
  @IsOptional()
  @Matches(SLUG)
  partnerId?: string;
}

/** The street's partner institutions and their rewards (a notice board everyone may read), and a community's recent claims. */
@ApiTags('partners and rewards 服务机构与奖励')
@ApiBearerAuth()
@Controller('v1')
export class RewardCatalogueController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
    private readonly revisions: StreamRevisions,
  ) {}

  @Get('partners')
  @ApiOperation({ summary: '服务机构，可按类别筛选，按名称或登记时间排序 / The partner institutions, by kind, sorted by name or date registered' })
  @Scope.street()
  @ApiOkResponse({ schema: PartnerListSchema })
  async partners(@Query() query: PartnerListQuery): Promise<Page<PartnerView>> {
    const params: unknown[] = [];
    const page = await sortedPage<{ id: string; sort_value: string; data: PartnerView }, 'name' | 'date'>(this.readModels.pool, {
      select: 'SELECT p.id, p.data FROM rm_partners p',
      where: query.kind === undefined ? [] : [`p.data->>'kind' = $${params.push(query.kind)}`],
      params,
      id: 'p.id',
      keys: { name: { expression: "p.data->>'name'", type: 'text' }, date: { expression: "p.data->>'registeredAt'", type: 'text' } },
      sort: query.sort ?? 'name',
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    return { items: page.items.map((row) => row.data), nextCursor: page.nextCursor };
  }

  @Get('partners/:partnerId')
  @ApiOperation({ summary: '一个服务机构 / One partner institution' })
  @Scope.street()
  @ApiOkResponse({ schema: PartnerSchema })
  @ApiProblems(404)
  @ApiETag()
  async partner(@Param('partnerId') partnerId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PartnerView> {
    await this.revisions.tag(reply, partnerStream(partnerId));
    return orNotFound(await this.readModels.findById<PartnerView>('partners', partnerId), { zh: '服务机构', en: 'partner institution' }, partnerId);
  }

  /** Rewards with their partner's name: withdrawn ones too unless `status` says otherwise. */
  @Get('rewards')
  @ApiOperation({ summary: '奖励目录，可按状态、服务机构筛选，按名称、发布时间或星级排序 / The reward catalogue, by status and partner, sorted by name, date offered or star level' })
  @Scope.street()
  @ApiOkResponse({ schema: RewardListSchema })
  async rewards(@Query() query: RewardListQuery): Promise<Page<RewardView & { partnerName: string | null }>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.status === 'active') where.push("NOT (r.data->>'withdrawn')::boolean");
    if (query.status === 'withdrawn') where.push("(r.data->>'withdrawn')::boolean");
    if (query.partnerId !== undefined) where.push(`r.partner_id = $${params.push(query.partnerId)}`);
    const page = await sortedPage<{ id: string; sort_value: string | number; data: RewardView; partner_name: string | null }, 'name' | 'date' | 'starLevel'>(this.readModels.pool, {
      select: "SELECT r.id, r.data, p.data->>'name' AS partner_name FROM rm_rewards r LEFT JOIN rm_partners p ON p.id = r.partner_id",
      where,
      params,
      id: 'r.id',
      keys: {
        name: { expression: "r.data->>'name'", type: 'text' },
        date: { expression: "r.data->>'offeredAt'", type: 'text' },
        starLevel: { expression: "(r.data->>'minStarLevel')::integer", type: 'number' },
      },
      sort: query.sort ?? 'name',
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    return { items: page.items.map((row) => ({ ...row.data, partnerName: row.partner_name })), nextCursor: page.nextCursor };
  }

  @Get('rewards/:rewardId')
  @ApiOperation({ summary: '一项奖励 / One reward' })
  @Scope.street()
  @ApiOkResponse({ schema: RewardSchema })
  @ApiProblems(404)
  @ApiETag()
  async reward(@Param('rewardId') rewardId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<RewardView & { partnerName: string | null }> {
    await this.revisions.tag(reply, rewardStream(rewardId));
    const reward = orNotFound(await this.readModels.findById<RewardView>('rewards', rewardId), { zh: '奖励', en: 'reward' }, rewardId);
    const partner = await this.readModels.findById<PartnerView>('partners', reward.partnerId);
    return { ...reward, partnerName: partner?.name ?? null };
  }

  /** The latest claims by volunteers of the community, newest first. */
  @Get('reward-claims')
  @ApiOperation({ summary: '社区的奖励领取记录 / A community\'s reward claims' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: RewardClaimListSchema })
  async claims(@Query() filter: CommunityClaimsQuery) {
    const { rows } = await this.readModels.pool.query<{ data: RewardClaimView; reward_name: string | null; partner_name: string | null }>(
      `SELECT c.data, r.data->>'name' AS reward_name, p.data->>'name' AS partner_name
         FROM rm_reward_claims c
         JOIN rm_volunteers v ON v.id = c.volunteer_id
         LEFT JOIN rm_rewards r ON r.id = c.reward_id
         LEFT JOIN rm_partners p ON p.id = c.data->>'partnerId'
        WHERE v.community_id = $1 ORDER BY c.position DESC LIMIT ${CLAIMS_SHOWN}`,
      [filter.communityId],
    );
    const names = await this.names.of(rows.map((row) => row.data.volunteerId));
    return {
      items: rows.map((row) => ({ ...row.data, volunteerName: names.get(row.data.volunteerId) ?? null, rewardName: row.reward_name, partnerName: row.partner_name })),
    };
  }
}
