import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { PartnerView, RewardClaimView, RewardView } from '@shiji/projections';
import { Roles } from '../../../platform/auth/roles.decorator';
import { query, Scope } from '../../../platform/auth/scope.decorator';
import { ReadModels } from '../../../read-side/read-models';
import { VolunteerNames } from '../../../read-side/volunteer-names';
import { SLUG } from '../../organisation/organisation.dto';
import { PartnerListSchema, RewardClaimListSchema, RewardListSchema } from './reward-catalogue';

export class CommunityClaimsQuery {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;
}

const CLAIMS_SHOWN = 200;

/** The street's partner institutions and their rewards (a notice board everyone may read), and a community's recent claims. */
@ApiTags('partners and rewards 服务机构与奖励')
@ApiBearerAuth()
@Controller('v1')
export class RewardCatalogueController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  @Get('partners')
  @ApiOperation({ summary: '服务机构 / The partner institutions' })
  @Scope.street()
  @ApiOkResponse({ schema: PartnerListSchema })
  async partners(): Promise<{ items: PartnerView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: PartnerView }>('SELECT data FROM rm_partners ORDER BY id');
    return { items: rows.map((row) => row.data) };
  }

  /** Every reward offered, withdrawn ones included (marked), each with its partner's name. */
  @Get('rewards')
  @ApiOperation({ summary: '奖励目录 / The reward catalogue' })
  @Scope.street()
  @ApiOkResponse({ schema: RewardListSchema })
  async rewards(): Promise<{ items: Array<RewardView & { partnerName: string | null }> }> {
    const { rows } = await this.readModels.pool.query<{ data: RewardView; partner_name: string | null }>(
      `SELECT r.data, p.data->>'name' AS partner_name FROM rm_rewards r LEFT JOIN rm_partners p ON p.id = r.partner_id ORDER BY r.id`,
    );
    return { items: rows.map((row) => ({ ...row.data, partnerName: row.partner_name })) };
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
