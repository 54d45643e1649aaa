import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_CORRECTION_DEADLINE_DAYS, DEFAULT_CREDIT_RULES, POLICY_STREAM, policyDecider } from '@shiji/domain';
import { defaultPolicyView, POLICY_ID, type PolicyView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { CardLevelBody, CorrectionDeadlineBody, CreditRulesBody, SeparateVerifierBody, StarThresholdsBody } from './policy.dto';
import { CardLevelChangedSchema, CorrectionDeadlineChangedSchema, CreditRulesChangedSchema, PolicySchema, SeparateVerifierChangedSchema, StarThresholdsChangedSchema } from './policy.responses';
import type { FastifyReply } from 'fastify';
import { ApiETag } from '../../platform/docs/api-problems.decorator';
import { StreamRevisions } from '../../projections/stream-revisions';
import { HonoursIfMatch } from '../../write-side/if-match';

@ApiTags('policy 星级政策')
@ApiBearerAuth()
@Scope.street()
@Controller('v1/policy')
export class PolicyController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly revisions: StreamRevisions,
  ) {}

  @Get()
  @ApiOperation({ summary: '现行星级政策：星级门槛与发卡星级 / The policy in force: star thresholds and the card level' })
  @ApiOkResponse({ schema: PolicySchema })
  @ApiETag()
  async policy(@Res({ passthrough: true }) reply: FastifyReply): Promise<PolicyView> {
    // Until its first change the policy is the default one, its stream not written yet.
    await this.revisions.tag(reply, POLICY_STREAM, { existsUnwritten: true });
    const policy = (await this.readModels.findById<PolicyView>('policy', POLICY_ID)) ?? defaultPolicyView();
    return { requireSeparateVerifier: false, correctionDeadlineDays: DEFAULT_CORRECTION_DEADLINE_DAYS, ...policy, creditRules: { ...DEFAULT_CREDIT_RULES, ...policy.creditRules } };
  }

  @Put('star-levels')
  @ApiOperation({ summary: '修改五个星级门槛（小时），即时生效 / Change the five star thresholds (hours), from now on' })
  @Roles('admin')
  @ApiOkResponse({ schema: StarThresholdsChangedSchema })
  @HonoursIfMatch()
  async changeStarThresholds(@Command() context: CommandContext, @Body() { thresholdHours }: StarThresholdsBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, { type: 'ChangeStarThresholds', thresholdHours }, context, { expectedRevision: context.expectedRevision });
    return { thresholdHours, position };
  }

  @Put('card')
  @ApiOperation({ summary: '修改可发消费卡的星级 / Change the star level that earns a time card' })
  @Roles('admin')
  @ApiOkResponse({ schema: CardLevelChangedSchema })
  @HonoursIfMatch()
  async changeCardLevel(@Command() context: CommandContext, @Body() { minStarLevel }: CardLevelBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, { type: 'ChangeCardLevel', minStarLevel }, context, { expectedRevision: context.expectedRevision });
    return { minStarLevel, position };
  }

  @Put('separate-verifier')
  @ApiOperation({ summary: '是否要求记录人与认证人分离（谁记录谁证明） / Whether the verifier must be someone other than the recorder' })
  @Roles('admin')
  @ApiOkResponse({ schema: SeparateVerifierChangedSchema })
  @HonoursIfMatch()
  async setSeparateVerifier(@Command() context: CommandContext, @Body() { requireSeparateVerifier }: SeparateVerifierBody): Promise<WriteResult> {
    const command = { type: 'SetSeparateVerifierRequirement' as const, requireSeparateVerifier };
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, command, context, { expectedRevision: context.expectedRevision });
    return { requireSeparateVerifier, position };
  }

  @Put('credit-rules')
  @ApiOperation({ summary: '修改转赠上限（单次、每年）、兑换年龄与储存上限，即时生效 / Change the gift limits (per gift, per year), the age to redeem and the storage cap, from now on' })
  @Roles('admin')
  @ApiOkResponse({ schema: CreditRulesChangedSchema })
  @HonoursIfMatch()
  async changeCreditRules(@Command() context: CommandContext, @Body() rules: CreditRulesBody): Promise<WriteResult> {
    const { giftMaxMinutes, giftYearlyMinutes } = rules;
    const minAgeToRedeem = rules.minAgeToRedeem ?? null;
    const creditCapHours = rules.creditCapHours ?? null;
    const capExcessTo = rules.capExcessTo ?? 'pool';
    const { position } = await this.repository.handle(
      POLICY_STREAM,
      policyDecider,
      { type: 'ChangeCreditRules', rules: { giftMaxMinutes, giftYearlyMinutes, minAgeToRedeem, creditCapHours, capExcessTo } },
      context,
      { expectedRevision: context.expectedRevision },
    );
    return { giftMaxMinutes, giftYearlyMinutes, minAgeToRedeem, creditCapHours, capExcessTo, position };
  }

  @Put('correction-deadline')
  @ApiOperation({ summary: '异议答复期限（上海日，默认 15 日） / Days staff have to answer a correction request (Asia/Shanghai days, default 15)' })
  @Roles('admin')
  @ApiOkResponse({ schema: CorrectionDeadlineChangedSchema })
  @HonoursIfMatch()
  async setCorrectionDeadline(@Command() context: CommandContext, @Body() { correctionDeadlineDays }: CorrectionDeadlineBody): Promise<WriteResult> {
    const command = { type: 'SetCorrectionDeadline' as const, correctionDeadlineDays };
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, command, context, { expectedRevision: context.expectedRevision });
    return { correctionDeadlineDays, position };
  }
}
