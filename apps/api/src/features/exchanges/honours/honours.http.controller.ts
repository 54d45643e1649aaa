import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { POLICY_STREAM, policyDecider, type StoredPersonalData } from '@shiji/domain';
import { PersonalDataVault } from '../../../personal-data/personal-data-vault';
import { Roles } from '../../../platform/auth/roles.decorator';
import { query, Scope } from '../../../platform/auth/scope.decorator';
import { ApiProblems } from '../../../platform/docs/api-problems.decorator';
import { negotiateMediaType } from '../../../platform/http/accept';
import { ReadModels } from '../../../read-side/read-models';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import { VolunteerAccounts } from '../../../write-side/volunteer-accounts';
import type { WriteResult } from '../../../write-side/write-result';
import { honourRollCsv, type HonourRollEntry } from './honour-roll';
import { BadgesDueSchema, HonourRollSchema, StarLevelCertifiedSchema } from './honours.responses';
import { BadgesDueQuery, CertifyStarLevelBody, HonourRollQuery } from './honours.dto';
import { CreatedAt } from '../../../write-side/created-location';

@ApiTags('honours 服务换荣誉')
@ApiBearerAuth()
@Controller('v1')
export class HonoursController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly accounts: VolunteerAccounts,
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
  ) {}

  @Post('volunteers/:volunteerId/certifications')
  @ApiOperation({ summary: '认证星级并发放胸牌 / Certify a star level and issue its badge' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiCreatedResponse({ schema: StarLevelCertifiedSchema })
  @CreatedAt('/v1/volunteers/{volunteerId}/account')
  async certify(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() { starLevel }: CertifyStarLevelBody): Promise<WriteResult> {
    const { state: policy } = await this.repository.load(POLICY_STREAM, policyDecider);
    const { position } = await this.accounts.handle(volunteerId, { type: 'CertifyStarLevel', volunteerId, starLevel, policy }, context);
    return { volunteerId, starLevel, position };
  }

  /** Volunteers whose star level is above the highest level certified: a badge is due. */
  @Get('honours/badges-due')
  @ApiOperation({ summary: '待发胸牌：星级高于已认证星级的志愿者 / Badges due: volunteers above their certified star level' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: BadgesDueSchema })
  async badgesDue(@Query() query: BadgesDueQuery) {
    const { rows } = await this.readModels.pool.query<{ volunteer_id: string; personal: StoredPersonalData | null; star_level: number; certified: number }>(
      `SELECT v.id AS volunteer_id, v.data->'personal' AS personal, a.star_level,
              COALESCE((SELECT max(level::integer) FROM jsonb_array_elements_text(a.data->'certifiedStarLevels') AS level), 0) AS certified
         FROM rm_accounts a JOIN rm_volunteers v ON v.id = a.id
        WHERE v.community_id = $1
          AND a.star_level > COALESCE((SELECT max(level::integer) FROM jsonb_array_elements_text(a.data->'certifiedStarLevels') AS level), 0)
        ORDER BY a.star_level DESC, v.id`,
      [query.communityId],
    );
    const names = await this.vault.openMany(rows.map((row) => ({ volunteerId: row.volunteer_id, personal: row.personal })));
    return {
      communityId: query.communityId,
      items: rows.map((row) => ({ volunteerId: row.volunteer_id, name: names.get(row.volunteer_id)?.name ?? null, starLevel: row.star_level, highestCertifiedStarLevel: Number(row.certified) })),
    };
  }

  /** Verified minutes of service started in the Shanghai year, most first; ties by volunteer id. `Accept: text/csv` for a spreadsheet. */
  @Get('honour-roll')
  @ApiOperation({ summary: '年度表彰榜：按当年认证时长排名（JSON 或 CSV） / The year\'s honour roll by verified time (JSON or CSV)' })
  @Scope.street()
  @ApiOkResponse({
    description: 'JSON；Accept 优先 text/csv 时为 CSV（UTF-8 带 BOM，可用电子表格打开） / JSON; CSV (UTF-8 with a BOM, for spreadsheets) when Accept prefers text/csv',
    content: { 'application/json': { schema: HonourRollSchema }, 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(406)
  async honourRoll(@Query() query: HonourRollQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const mediaType = negotiateMediaType(accept, ['application/json', 'text/csv']);
    const { rows } = await this.readModels.pool.query<{ volunteer_id: string; personal: StoredPersonalData | null; known: boolean; community_id: string | null; community_name: string | null; minutes: string; records: string; star_level: number | null }>(
      `SELECT r.volunteer_id, v.data->'personal' AS personal, v.id IS NOT NULL AS known, v.community_id, c.data->>'name' AS community_name, r.minutes, r.records, a.star_level
         FROM (SELECT volunteer_id, sum((data->>'minutes')::integer) AS minutes, count(*) AS records
                 FROM rm_service_records
                WHERE year = $1 AND verified AND ($2::text IS NULL OR community_id = $2) AND (data->>'minutes')::integer > 0
                GROUP BY volunteer_id) r
         LEFT JOIN rm_volunteers v ON v.id = r.volunteer_id
         LEFT JOIN rm_accounts a ON a.id = r.volunteer_id
         LEFT JOIN rm_communities c ON c.id = v.community_id
        ORDER BY r.minutes DESC, r.volunteer_id ASC`,
      [query.year, query.communityId ?? null],
    );
    const names = await this.vault.openMany(rows.filter((row) => row.known).map((row) => ({ volunteerId: row.volunteer_id, personal: row.personal })));
    const entries: HonourRollEntry[] = rows.map((row, index) => ({
      rank: index + 1,
      volunteerId: row.volunteer_id,
      name: names.get(row.volunteer_id)?.name ?? null,
      communityId: row.community_id,
      communityName: row.community_name,
      verifiedMinutes: Number(row.minutes),
      verifiedHours: Math.round((Number(row.minutes) / 60) * 100) / 100,
      records: Number(row.records),
      starLevel: row.star_level ?? 0,
    }));
    if (mediaType === 'text/csv') {
      void reply.header('Content-Type', 'text/csv; charset=utf-8');
      void reply.header('Content-Disposition', `attachment; filename="honour-roll-${query.year}.csv"`);
      return `\uFEFF${honourRollCsv(entries)}`;
    }
    return { year: query.year, communityId: query.communityId ?? null, items: entries };
  }
}
