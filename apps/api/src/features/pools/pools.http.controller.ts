import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { beneficiaryDecider, beneficiaryStream, DomainError } from '@shiji/domain';
import { emptyPool, type BeneficiaryLedgerEntry, type BeneficiaryView, type PoolLedgerEntry, type PoolView } from '@shiji/projections';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { oneOf, pageSchema, responseSchema, writeResultSchema } from '../../platform/docs/response-schema';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, Scope } from '../../platform/auth/scope.decorator';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { orNotFound } from '../../read-side/not-found';
import { decodePositionCursor, encodeCursor, PageQuery, type Page } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { CreatedAt } from '../../write-side/created-location';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { PoolProcess } from './pool.process';
import { DonateCreditsBody, GrantFromPoolBody, RedeemGrantBody, RegisterBeneficiaryBody } from './pools.dto';

const PoolSchema = responseSchema('Pool', { communityId: 'string', balanceMinutes: 'integer', donatedMinutes: 'integer', grantedMinutes: 'integer', capExcessMinutes: 'integer' });
const PoolStatementSchema = pageSchema('PoolStatement', {
  entryId: 'string', communityId: 'string', kind: oneOf(['donation', 'grant', 'cap_excess']), reference: 'string', volunteerId: 'string?', beneficiaryId: 'string?',
  minutesDelta: 'integer', balanceAfter: 'integer', reason: 'string?', occurredAt: 'string', position: 'integer',
});
const BeneficiarySchema = responseSchema('Beneficiary', {
  beneficiaryId: 'string', communityId: 'string', name: 'string', phone: 'string', grantedMinutes: 'integer', giftedMinutes: 'integer', redeemedMinutes: 'integer', balanceMinutes: 'integer', registeredAt: 'string',
  erased: 'boolean', erasedAt: 'string?',
});
const BeneficiaryErasedSchema = writeResultSchema('BeneficiaryErased', { beneficiaryId: 'string', communityId: 'string' });
const BeneficiaryStatementSchema = pageSchema('BeneficiaryStatement', {
  entryId: 'string', beneficiaryId: 'string', communityId: 'string', kind: oneOf(['grant', 'redemption', 'redemption_refunded', 'family_gift', 'family_gift_refused']), reference: 'string', providerVolunteerId: 'string?',
  description: 'string?', minutesDelta: 'integer', balanceAfter: 'integer', refusalCode: 'string?', occurredAt: 'string', position: 'integer',
});
const GrantRedeemedSchema = writeResultSchema('GrantRedeemed', { redemptionId: 'string', beneficiaryId: 'string', communityId: 'string', minutes: 'integer', grantMinutes: 'integer', providerRecordId: 'string' });
const CreditsDonatedSchema = writeResultSchema('CreditsDonated', { donationId: 'string', volunteerId: 'string', communityId: 'string', minutes: 'integer', creditMinutes: 'integer' });
const PoolGrantedSchema = writeResultSchema('PoolGranted', { grantId: 'string', communityId: 'string', beneficiaryId: 'string', minutes: 'integer', poolMinutes: 'integer' });
const BeneficiaryRegisteredSchema = writeResultSchema('BeneficiaryRegistered', { beneficiaryId: 'string', communityId: 'string' });

const BENEFICIARY = { zh: '受助居民', en: 'resident in need' };

/** Donations into a community's pool (公益时间池), residents in need, grants to them, and the pool's balance and statement. */
@ApiTags('pools 公益时间池')
@ApiBearerAuth()
@Controller('v1')
export class PoolsController {
  constructor(
    private readonly pools: PoolProcess,
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
  ) {}

  @Post('donations')
  @ApiOperation({ summary: '把储存的服务时间捐入本社区公益时间池 / Donate stored credit to one’s community pool' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(body('volunteerId', 'volunteer'))
  @ApiProblems(409)
  @CreatedAt('/v1/pools/{communityId}')
  @ApiCreatedResponse({ schema: CreditsDonatedSchema })
  async donate(@Command() context: CommandContext, @Body() donation: DonateCreditsBody): Promise<WriteResult> {
    return { ...(await this.pools.donate(context, donation.volunteerId, donation.minutes)) };
  }

  @Post('pools/:communityId/beneficiaries')
  @ApiOperation({ summary: '登记受助居民（孤寡老人等），姓名与电话加密保存 / Register a resident in need; name and phone sealed' })
  @Roles('staff', 'admin')
  @Scope.of(param('communityId', 'community'))
  @CreatedAt('/v1/pools/{communityId}/beneficiaries/{beneficiaryId}')
  @ApiCreatedResponse({ schema: BeneficiaryRegisteredSchema })
  async register(@Command() context: CommandContext, @Param('communityId') communityId: string, @Body() body: RegisterBeneficiaryBody): Promise<WriteResult> {
    const beneficiaryId = context.newId('beneficiary');
    const personal = await this.vault.seal(beneficiaryId, { name: body.name, phone: body.phone });
    const { position } = await this.repository.handle(beneficiaryStream(beneficiaryId), beneficiaryDecider, { type: 'RegisterBeneficiary', beneficiaryId, communityId, personal }, context);
    return { beneficiaryId, communityId, position };
  }

  @Get('pools/:communityId/beneficiaries/:beneficiaryId')
  @ApiOperation({ summary: '受助居民及其获拨时间 / A resident in need and the pool time granted to them' })
  @Roles('staff', 'admin')
  @Scope.of(param('communityId', 'community'))
  @ApiProblems(404)
  @ApiOkResponse({ schema: BeneficiarySchema })
  async beneficiary(@Param('communityId') communityId: string, @Param('beneficiaryId') beneficiaryId: string) {
    const view = await this.readModels.findById<BeneficiaryView>('beneficiaries', beneficiaryId);
    const found = orNotFound(view?.communityId === communityId ? view : null, BENEFICIARY, beneficiaryId);
    const { name, phone, erased } = await this.vault.open({ volunteerId: beneficiaryId, personal: found.personal });
    const { grantedMinutes, redeemedMinutes, balanceMinutes, registeredAt } = found;
    const giftedMinutes = found.giftedMinutes ?? 0;
    return { beneficiaryId, communityId, name, phone, grantedMinutes, giftedMinutes, redeemedMinutes, balanceMinutes, registeredAt, erased: erased || found.erasedAt !== null, erasedAt: found.erasedAt };
  }

  /** Erasure of a resident's name and phone (crypto-shredding): the granted time and its statement stay. */
  @Post('pools/:communityId/beneficiaries/:beneficiaryId/erasure')
  @ApiOperation({ summary: '注销受助居民个人信息（获拨时间与流水保留） / Erase a resident in need’s personal data (granted time and its statement stay)' })
  @Roles('admin')
  @Scope.of(param('communityId', 'community'))
  @ApiProblems(404, 409)
  @CreatedAt('/v1/pools/{communityId}/beneficiaries/{beneficiaryId}')
  @ApiCreatedResponse({ schema: BeneficiaryErasedSchema })
  async eraseBeneficiary(@Command() context: CommandContext, @Param('communityId') communityId: string, @Param('beneficiaryId') beneficiaryId: string): Promise<WriteResult> {
    // Key first, then the event: once the key is gone nothing can read the data, even if the append fails and is retried.
    const { state } = await this.repository.load(beneficiaryStream(beneficiaryId), beneficiaryDecider);
    if (!state.exists || state.communityId !== communityId) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId });
    if (state.erased) throw new DomainError('BENEFICIARY_ALREADY_ERASED', { beneficiaryId });
    await this.vault.erase(beneficiaryId);
    const { position } = await this.repository.handle(beneficiaryStream(beneficiaryId), beneficiaryDecider, { type: 'EraseBeneficiary', beneficiaryId }, context);
    return { beneficiaryId, communityId, position };
  }

  @Post('pools/:communityId/beneficiaries/:beneficiaryId/redemptions')
  @ApiOperation({ summary: '以受助居民获拨的时间兑换一次服务，并为服务者记时 / Redeem a resident in need’s granted time for a service, crediting its provider' })
  @Roles('staff', 'admin')
  @Scope.of(param('communityId', 'community'), body('provider.volunteerId', 'volunteer'))
  @ApiProblems(404, 409, 422)
  @CreatedAt('/v1/pools/{communityId}/beneficiaries/{beneficiaryId}/statement')
  @ApiCreatedResponse({ schema: GrantRedeemedSchema })
  async redeemGrant(@Command() context: CommandContext, @Param('communityId') communityId: string, @Param('beneficiaryId') beneficiaryId: string, @Body() body: RedeemGrantBody): Promise<WriteResult> {
    const provider = { volunteerId: body.provider.volunteerId, startedAt: new Date(body.provider.startedAt) };
    return { ...(await this.pools.redeemGrant(context, { communityId, beneficiaryId, minutes: body.minutes, description: body.description, provider })) };
  }

  @Get('pools/:communityId/beneficiaries/:beneficiaryId/statement')
  @ApiOperation({ summary: '受助居民获拨时间流水：拨付、兑换与退还 / A resident in need’s grant statement: grants, services paid from them, refunds' })
  @Roles('staff', 'admin')
  @Scope.of(param('communityId', 'community'))
  @ApiProblems(404)
  @ApiOkResponse({ schema: BeneficiaryStatementSchema })
  async beneficiaryStatement(
    @Param('communityId') communityId: string,
    @Param('beneficiaryId') beneficiaryId: string,
    @Query() page: PageQuery,
  ): Promise<Page<BeneficiaryLedgerEntry>> {
    const view = await this.readModels.findById<BeneficiaryView>('beneficiaries', beneficiaryId);
    orNotFound(view?.communityId === communityId ? view : null, BENEFICIARY, beneficiaryId);
    const limit = page.limit ?? 50;
    const after = decodePositionCursor(page.cursor);
    const { rows } = await this.readModels.pool.query<{ data: BeneficiaryLedgerEntry; position: string }>(
      'SELECT data, position FROM rm_beneficiary_ledger WHERE beneficiary_id = $1 AND position > $2 ORDER BY position LIMIT $3',
      [beneficiaryId, after, limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => row.data);
    return { items, nextCursor: rows.length > limit ? encodeCursor([Number(rows[limit - 1].position)]) : null };
  }

  @Post('pools/:communityId/grants')
  @ApiOperation({ summary: '从公益时间池拨付给受助居民 / Grant pool time to a resident in need' })
  @Roles('staff', 'admin')
  @Scope.of(param('communityId', 'community'))
  @ApiProblems(404, 409, 422)
  @CreatedAt('/v1/pools/{communityId}')
  @ApiCreatedResponse({ schema: PoolGrantedSchema })
  async grant(@Command() context: CommandContext, @Param('communityId') communityId: string, @Body() body: GrantFromPoolBody): Promise<WriteResult> {
    return { ...(await this.pools.grant(context, { communityId, beneficiaryId: body.beneficiaryId, minutes: body.minutes, reason: body.reason })) };
  }

  @Get('pools/:communityId')
  @ApiOperation({ summary: '公益时间池余额 / The community pool’s balance' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('communityId', 'community'))
  @ApiOkResponse({ schema: PoolSchema })
  async pool(@Param('communityId') communityId: string): Promise<PoolView> {
    return (await this.readModels.findById<PoolView>('pools', communityId)) ?? emptyPool(communityId);
  }

  @Get('pools/:communityId/statement')
  @ApiOperation({ summary: '公益时间池流水，按记账顺序 / The community pool’s statement, in log order' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('communityId', 'community'))
  @ApiOkResponse({ schema: PoolStatementSchema })
  async statement(@Param('communityId') communityId: string, @Query() page: PageQuery): Promise<Page<PoolLedgerEntry>> {
    const limit = page.limit ?? 50;
    const after = decodePositionCursor(page.cursor);
    const { rows } = await this.readModels.pool.query<{ data: PoolLedgerEntry; position: string }>(
      'SELECT data, position FROM rm_pool_ledger WHERE community_id = $1 AND position > $2 ORDER BY position LIMIT $3',
      [communityId, after, limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => row.data);
    return { items, nextCursor: rows.length > limit ? encodeCursor([Number(rows[limit - 1].position)]) : null };
  }
}
