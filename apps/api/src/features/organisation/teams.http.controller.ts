import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { shanghaiYear, teamDecider, teamStream } from '@shiji/domain';
import type { TeamView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../platform/auth/scope.decorator';
import { pageSchema, responseSchema, writeResultSchema } from '../../platform/docs/response-schema';
import { orNotFound } from '../../read-side/not-found';
import { decodeCursor, encodeCursor, PageQuery, type Page } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import { VolunteerNames } from '../../read-side/volunteer-names';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { SLUG } from './organisation.dto';

export class TeamListQuery extends PageQuery {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;
}

export class TeamQuery {
  @ApiPropertyOptional({ description: '统计服务时长的年份（上海时间），默认今年 / the Shanghai year whose hours are counted; this year by default' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class AppointLeaderBody {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  volunteerId: string;
}

/** A team with the names a person reads, and the verified minutes served at its activities in the year. */
interface TeamLine extends TeamView {
  leaderName: string | null;
  members: string[];
  memberNames: Array<{ volunteerId: string; name: string | null }>;
  year: number;
  verifiedMinutes: number;
}

const TEAM = { teamId: 'string', communityId: 'string', name: 'string', specialty: 'string?', leaderId: 'string?', members: ['string'] } as const;
const TeamSchema = responseSchema('Team', TEAM);
const TeamPageSchema = pageSchema('TeamPage', TeamSchema);
const TeamDetailSchema = responseSchema('TeamDetail', {
  ...TEAM,
  leaderName: 'string?',
  memberNames: [{ volunteerId: 'string', name: 'string?' }],
  year: 'integer',
  verifiedMinutes: 'integer',
});

const MemberLeftSchema = writeResultSchema('TeamMemberLeft', { teamId: 'string', volunteerId: 'string' });
const LeaderAppointedSchema = writeResultSchema('TeamLeaderAppointed', { teamId: 'string', leaderId: 'string' });

const NAME = { zh: '服务队', en: 'team' };

@ApiTags('organisation 组织')
@ApiBearerAuth()
@Controller('v1/teams')
export class TeamsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  @Get()
  @ApiOperation({ summary: '社区的志愿者服务队 / A community\'s service teams' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: TeamPageSchema })
  async list(@Query() page: TeamListQuery): Promise<Page<TeamView>> {
    const limit = page.limit ?? 50;
    const after = decodeCursor(page.cursor);
    const params: unknown[] = [page.communityId, limit + 1];
    const { rows } = await this.readModels.pool.query<{ id: string; data: TeamView }>(
      `SELECT id, data FROM rm_teams WHERE community_id = $1 ${after ? `AND (data->>'name', id) > ($${params.push(String(after[0]))}, $${params.push(String(after[1]))})` : ''}
        ORDER BY data->>'name', id LIMIT $2`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map((row) => row.data), nextCursor: rows.length > limit && last ? encodeCursor([last.data.name, last.id]) : null };
  }

  @Get(':teamId')
  @ApiOperation({ summary: '一个服务队：队长、专长、队员及年度服务时长 / One team: leader, specialty, members and the year\'s hours' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('teamId', 'team'))
  @ApiOkResponse({ schema: TeamDetailSchema })
  async team(@Param('teamId') teamId: string, @Query() { year = shanghaiYear(new Date()) }: TeamQuery): Promise<TeamLine> {
    const team = orNotFound(await this.readModels.findById<TeamView>('teams', teamId), NAME, teamId);
    const [names, { rows }] = await Promise.all([
      this.names.of([...team.members, team.leaderId]),
      this.readModels.pool.query<{ minutes: string | null }>(
        `SELECT sum((r.data->>'minutes')::integer) AS minutes FROM rm_service_records r JOIN rm_activities a ON a.id = r.data->>'activityId'
          WHERE a.data->>'teamId' = $1 AND r.year = $2 AND r.data->>'status' = 'verified'`,
        [teamId, year],
      ),
    ]);
    return {
      ...team,
      leaderName: team.leaderId ? (names.get(team.leaderId) ?? null) : null,
      memberNames: team.members.map((volunteerId) => ({ volunteerId, name: names.get(volunteerId) ?? null })),
      year,
      verifiedMinutes: Number(rows[0]?.minutes ?? 0),
    };
  }

  @Delete(':teamId/members/:volunteerId')
  @ApiOperation({ summary: '队员离队 / A member leaves the team' })
  @Roles('staff', 'admin')
  @Scope.of(param('teamId', 'team'))
  @ApiOkResponse({ schema: MemberLeftSchema })
  async removeMember(@Command() context: CommandContext, @Param('teamId') teamId: string, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    const { position } = await this.repository.handle(teamStream(teamId), teamDecider, { type: 'RemoveTeamMember', teamId, volunteerId }, context);
    return { teamId, volunteerId, position };
  }

  @Post(':teamId/leader')
  @ApiOperation({ summary: '任命队长：可为本队活动登记服务（须由工作人员认证）/ Appoint the leader, who may record service at the team\'s activities (staff verify it)' })
  @Roles('staff', 'admin')
  @Scope.of(param('teamId', 'team'), body('volunteerId', 'volunteer'))
  @ApiCreatedResponse({ schema: LeaderAppointedSchema })
  async appointLeader(@Command() context: CommandContext, @Param('teamId') teamId: string, @Body() { volunteerId }: AppointLeaderBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(teamStream(teamId), teamDecider, { type: 'AppointTeamLeader', teamId, volunteerId }, context);
    return { teamId, leaderId: volunteerId, position };
  }
}
