import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { partnerDecider, partnerStream, POLICY_STREAM, policyDecider, quotaPeriodKey, rewardDecider, rewardStream, type RewardTerms } from '@shiji/domain';
import type { AccountView, RewardView, VolunteerView } from '@shiji/projections';
import { Roles } from '../../../platform/auth/roles.decorator';
import { body, Scope } from '../../../platform/auth/scope.decorator';
import { orNotFound } from '../../../read-side/not-found';
import { ReadModels } from '../../../read-side/read-models';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import { VolunteerAccounts } from '../../../write-side/volunteer-accounts';
import type { WriteResult } from '../../../write-side/write-result';
import { EligibleRewardsSchema, RewardClaimedSchema } from './reward-catalogue';
import { ClaimRewardBody, OfferRewardBody, RegisterPartnerBody, WithdrawRewardBody } from './rewards.dto';
import { ApiProblems } from '../../../platform/docs/api-problems.decorator';
import { CreatedAt } from '../../../write-side/created-location';
import { HonoursIfMatch } from '../../../write-side/if-match';

@ApiTags('partners and rewards 服务机构与奖励')
@ApiBearerAuth()
@Controller('v1')
export class RewardsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly accounts: VolunteerAccounts,
    private readonly readModels: ReadModels,
  ) {}

  @Post('partners')
  @ApiOperation({ summary: '登记服务机构 / Register a partner institution' })
  @Roles('admin')
  @Scope.street()
  async registerPartner(@Command() context: CommandContext, @Body() { partnerId, name, kind }: RegisterPartnerBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(partnerStream(partnerId), partnerDecider, { type: 'RegisterPartner', partnerId, name, kind }, context);
    return { partnerId, position };
  }

  @Post('rewards')
  @ApiOperation({ summary: '发布服务机构的奖励（星级、折扣、限额） / Offer a partner\'s reward (star level, discount, quota)' })
  @ApiProblems(404)
  @Roles('admin')
  @Scope.street()
  async offerReward(@Command() context: CommandContext, @Body() body: OfferRewardBody): Promise<WriteResult> {
    const terms: RewardTerms = {
      rewardId: body.rewardId,
      partnerId: body.partnerId,
      name: body.name,
      kind: body.kind,
      minStarLevel: body.minStarLevel ?? 5,
      discountPercent: body.discountPercent,
      quota: body.quota ? { count: body.quota.count, period: body.quota.period } : null,
    };
    const { state: partner } = await this.repository.load(partnerStream(terms.partnerId), partnerDecider);
    const { position } = await this.repository.handle(rewardStream(terms.rewardId), rewardDecider, { type: 'OfferReward', terms, partnerExists: partner.exists }, context);
    return { rewardId: terms.rewardId, partnerId: terms.partnerId, position };
  }

  @Post('rewards/:rewardId/withdrawal')
  @ApiOperation({ summary: '撤下奖励 / Withdraw a reward' })
  @ApiProblems(404)
  @Roles('admin')
  @Scope.street()
  @HonoursIfMatch()
  async withdrawReward(@Command() context: CommandContext, @Param('rewardId') rewardId: string, @Body() { reason }: WithdrawRewardBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(rewardStream(rewardId), rewardDecider, { type: 'WithdrawReward', rewardId, reason }, context, { expectedRevision: context.expectedRevision });
    return { rewardId, position };
  }

  @Post('rewards/:rewardId/claims')
  @ApiOperation({ summary: '服务换奖励：为志愿者登记一次领取（按当时星级与限额核对） / Record a volunteer\'s claim, checked against their star level and quota now' })
  @Roles('staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'))
  @ApiCreatedResponse({ schema: RewardClaimedSchema })
  @CreatedAt('/v1/volunteers/{volunteerId}/account')
  /** Checked on the account stream as it stands: its revision keeps concurrent claims within the quota. */
  async claimReward(@Command() context: CommandContext, @Param('rewardId') rewardId: string, @Body() { volunteerId }: ClaimRewardBody): Promise<WriteResult> {
    const claimId = context.newId('claim');
    const [{ state: reward }, { state: policy }] = await Promise.all([
      this.repository.load(rewardStream(rewardId), rewardDecider),
      this.repository.load(POLICY_STREAM, policyDecider),
    ]);
    const { position, events } = await this.accounts.handle(volunteerId, { type: 'ClaimReward', volunteerId, claimId, reward, rewardId, policy, now: context.now }, context);
    const claimed = events[0]?.type === 'RewardClaimed' ? events[0].data : null;
    return { claimId, rewardId, volunteerId, starLevel: claimed?.starLevel ?? null, period: claimed?.period ?? null, position };
  }

  /** The rewards the volunteer may claim now: star level high enough and quota left this period. A view; claims are checked again when made. */
  @Get('volunteers/:volunteerId/rewards')
  @ApiOperation({ summary: '志愿者现可领取的奖励 / The rewards a volunteer may claim now' })
  @Scope.volunteer()
  @ApiOkResponse({ schema: EligibleRewardsSchema })
  async eligible(@Param('volunteerId') volunteerId: string) {
    orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), { zh: '志愿者', en: 'volunteer' }, volunteerId);
    const account = await this.readModels.findById<AccountView>('accounts', volunteerId);
    const starLevel = account?.starLevel ?? 0;
    const [{ rows: rewards }, { rows: claims }] = await Promise.all([
      this.readModels.pool.query<{ data: RewardView; partner_name: string | null }>(
        `SELECT r.data, p.data->>'name' AS partner_name FROM rm_rewards r LEFT JOIN rm_partners p ON p.id = r.partner_id WHERE NOT (r.data->>'withdrawn')::boolean ORDER BY r.id`,
      ),
      this.readModels.pool.query<{ reward_id: string; period: string | null; count: string }>(
        'SELECT reward_id, period, count(*) AS count FROM rm_reward_claims WHERE volunteer_id = $1 GROUP BY reward_id, period',
        [volunteerId],
      ),
    ]);
    const used = new Map(claims.map((row) => [`${row.reward_id}|${row.period ?? 'ever'}`, Number(row.count)]));
    const now = new Date();
    const items = rewards
      .map(({ data: reward, partner_name: partnerName }) => {
        const period = reward.quota ? quotaPeriodKey(reward.quota.period, now) : null;
        const claimsLeft = reward.quota ? Math.max(0, reward.quota.count - (used.get(`${reward.rewardId}|${period}`) ?? 0)) : null;
        return { ...reward, partnerName, period, claimsLeft };
      })
      .filter((reward) => reward.minStarLevel <= starLevel && reward.claimsLeft !== 0);
    return { volunteerId, starLevel, items };
  }
}
