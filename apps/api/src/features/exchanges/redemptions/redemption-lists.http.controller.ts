import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { RedemptionView } from '@shiji/projections';
import { Roles } from '../../../platform/auth/roles.decorator';
import { query, Scope } from '../../../platform/auth/scope.decorator';
import { nullable, responseSchema } from '../../../platform/docs/response-schema';
import { ReadModels } from '../../../read-side/read-models';
import { VolunteerNames } from '../../../read-side/volunteer-names';
import { SLUG } from '../../organisation/organisation.dto';

export class CommunityRedemptionsQuery {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;
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
export const RedemptionListSchema = responseSchema('RedemptionList', { items: [RedemptionLineSchema] });

const REDEMPTIONS_SHOWN = 200;

/** The latest redemptions of a community's card holders, newest first, with the holder's and the provider's names. */
@ApiTags('redemptions 服务时间兑换')
@ApiBearerAuth()
@Controller('v1/redemptions')
export class RedemptionListsController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  @Get()
  @ApiOperation({ summary: '社区的兑换记录 / A community\'s redemptions' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: RedemptionListSchema })
  async list(@Query() filter: CommunityRedemptionsQuery) {
    const { rows } = await this.readModels.pool.query<{ data: RedemptionView }>(
      `SELECT r.data FROM rm_redemptions r JOIN rm_volunteers v ON v.id = r.volunteer_id WHERE v.community_id = $1 ORDER BY r.data->>'redeemedAt' DESC, r.id LIMIT ${REDEMPTIONS_SHOWN}`,
      [filter.communityId],
    );
    const names = await this.names.of(rows.flatMap((row) => [row.data.volunteerId, row.data.providerVolunteerId]));
    return {
      items: rows.map(({ data }) => ({
        ...data,
        volunteerName: names.get(data.volunteerId) ?? null,
        providerName: data.providerVolunteerId ? (names.get(data.providerVolunteerId) ?? null) : null,
      })),
    };
  }
}
