import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TRANSFER_KINDS, type TransferView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { nullable, oneOf, optional, pageSchema, responseSchema } from '../../platform/docs/response-schema';
import { query, Scope } from '../../platform/auth/scope.decorator';
import { decodePositionCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import { TRANSFER_STATUSES, TransferQuery } from './transfers.dto';

const TransferSchema = responseSchema('Transfer', {
  transferId: 'string',
  kind: oneOf(TRANSFER_KINDS),
  status: oneOf(TRANSFER_STATUSES),
  fromVolunteerId: 'string?',
  toVolunteerId: 'string?',
  minutes: 'integer',
  communityId: 'string?',
  redemptionId: optional('string'),
  description: optional('string'),
  providerRecord: optional({ recordId: 'string', startedAt: 'string', category: 'string' }),
  giftId: optional('string'),
  donationId: optional('string'),
  grantId: optional('string'),
  poolCommunityId: optional('string'),
  beneficiaryId: optional('string'),
  recordId: optional('string'),
  capId: optional('string'),
  intent: { eventId: 'string', position: 'integer', actor: { id: 'string', role: 'string' }, correlationId: 'string', at: 'string' },
  settledAt: 'string?',
  refusal: nullable({ code: 'string', details: 'object' }),
});
const TransferPageSchema = pageSchema('TransferPage', TransferSchema);

@ApiTags('transfers 账户间转移')
@ApiBearerAuth()
@Controller('v1/transfers')
export class TransfersController {
  constructor(private readonly readModels: ReadModels) {}

  /** Moves between two accounts, oldest first: `status=pending` lists those whose second step is not stored yet. */
  @Get()
  @ApiOperation({ summary: '账户间转移：支付服务提供者的兑换、转赠家庭成员、捐入与拨出公益时间池 / Moves between two accounts: a redemption paying its provider, a gift to family, a donation to and a grant from the community pool' })
  @ApiOkResponse({ schema: TransferPageSchema })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  async list(@Query() query: TransferQuery): Promise<Page<TransferView>> {
    const limit = query.limit ?? 50;
    const after = decodePositionCursor(query.cursor);
    const { rows } = await this.readModels.pool.query<{ data: TransferView; intent_position: string }>(
      `SELECT data, intent_position FROM rm_transfers
       WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR data->>'communityId' = $2) AND intent_position > $3 AND ($5::text IS NULL OR data->>'kind' = $5)
       ORDER BY intent_position LIMIT $4`,
      [query.status ?? null, query.communityId ?? null, after, limit + 1, query.kind ?? null],
    );
    const items = rows.slice(0, limit).map((row) => row.data);
    const more = rows.length > limit;
    return { items, nextCursor: more ? encodeCursor([Number(rows[limit - 1].intent_position)]) : null };
  }
}
