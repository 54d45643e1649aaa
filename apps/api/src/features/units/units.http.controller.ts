import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, liaisonSubject, unitDecider, unitStream, volunteerDecider, volunteerStream, type SealedPersonalData } from '@shiji/domain';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, query, body, Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { WRITE_RESULT_SCHEMA } from '../../platform/docs/response-schema';
import { orNotFound } from '../../read-side/not-found';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { requireCommunity } from '../organisation/require-community';
import { FreeTextUnits } from './free-text-units';
import { requireActiveUnitExists } from './require-unit';
import { UnitQueries } from './unit-queries';
import { EditUnitBody, RegisterUnitBody, ReportInBody, ReportInCountsQuery, RetireUnitBody, UnitListQuery, VolunteerUnitBody, type LiaisonBody } from './units.dto';
import { FreeTextUnitsSchema, ReportInCountsSchema, UnitListSchema, UnitSchema } from './units.responses';

const UNIT = { zh: '驻区单位', en: 'unit' };

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1')
export class UnitsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
    private readonly units: UnitQueries,
    private readonly freeText: FreeTextUnits,
  ) {}

  @Post('units')
  @ApiOperation({ summary: '登记驻区单位（联络员姓名、手机号加密保存） / Register a co-building unit (the liaison officer\'s name and phone sealed)' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  @ApiProblems(409)
  async register(@Command() context: CommandContext, @Body() input: RegisterUnitBody): Promise<WriteResult> {
    const { unitId, communityId, name, kind } = input;
    await requireCommunity(this.repository, communityId);
    const liaison = await this.sealLiaison(unitId, input.liaison);
    const command = { type: 'RegisterUnit' as const, unitId, communityId, name, kind, partyOrganisation: input.partyOrganisation ?? null, liaison: liaison ?? null };
    const { position } = await this.repository.handle(unitStream(unitId), unitDecider, command, context);
    return { unitId, position };
  }

  @Get('units')
  @ApiOperation({ summary: '社区的驻区单位 / A community\'s co-building units' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: UnitListSchema })
  async list(@Query() { communityId }: UnitListQuery) {
    return { items: await this.units.list(communityId) };
  }

  @Get('units/:unitId')
  @ApiOperation({ summary: '一个驻区单位 / One co-building unit' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('unitId', 'unit'))
  @ApiOkResponse({ schema: UnitSchema })
  async one(@Param('unitId') unitId: string) {
    return orNotFound(await this.units.one(unitId), UNIT, unitId);
  }

  @Put('units/:unitId')
  @ApiOperation({ summary: '修改驻区单位（未给出的项不变；null 清除） / Edit a unit (what is left out stays; null clears)' })
  @Roles('staff', 'admin')
  @Scope.of(param('unitId', 'unit'))
  @ApiOkResponse({ schema: WRITE_RESULT_SCHEMA })
  @ApiProblems(404, 409)
  async edit(@Command() context: CommandContext, @Param('unitId') unitId: string, @Body() input: EditUnitBody): Promise<WriteResult> {
    const liaison = input.liaison === null ? null : await this.sealLiaison(unitId, input.liaison);
    if (typeof input.liaisonVolunteerId === 'string') {
      const { state } = await this.repository.load(volunteerStream(input.liaisonVolunteerId), volunteerDecider);
      if (!state.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId: input.liaisonVolunteerId });
    }
    const command = { type: 'EditUnit' as const, unitId, name: input.name, kind: input.kind, partyOrganisation: input.partyOrganisation, liaison, liaisonVolunteerId: input.liaisonVolunteerId };
    const { position } = await this.repository.handle(unitStream(unitId), unitDecider, command, context);
    return { unitId, position };
  }

  @Post('units/:unitId/retirement')
  @ApiOperation({ summary: '撤销驻区单位 / Retire a unit' })
  @Roles('staff', 'admin')
  @Scope.of(param('unitId', 'unit'))
  @ApiProblems(409)
  async retire(@Command() context: CommandContext, @Param('unitId') unitId: string, @Body() { reason }: RetireUnitBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(unitStream(unitId), unitDecider, { type: 'RetireUnit', unitId, reason }, context);
    return { unitId, position };
  }

  /** Crypto-shredding, as for volunteers: the key goes first, then the unit names no liaison officer. */
  @Post('units/:unitId/liaison-erasure')
  @ApiOperation({ summary: '注销联络员个人信息 / Erase the liaison officer\'s personal data' })
  @Roles('admin')
  @Scope.of(param('unitId', 'unit'))
  @ApiProblems(409)
  async eraseLiaison(@Command() context: CommandContext, @Param('unitId') unitId: string): Promise<WriteResult> {
    await this.vault.erase(liaisonSubject(unitId));
    const { position } = await this.repository.handle(unitStream(unitId), unitDecider, { type: 'EditUnit', unitId, liaison: null, liaisonVolunteerId: null }, context);
    return { unitId, position };
  }

  /** Each distinct free-text unit name volunteers gave becomes a unit of that id, in the community most of them live in. */
  @Post('units/free-text-migration')
  @HttpCode(200)
  @ApiOperation({ summary: '把志愿者填写的单位名称登记为驻区单位 / Register every free-text unit name volunteers gave as a unit' })
  @Roles('admin')
  @Scope.street()
  @ApiOkResponse({ schema: FreeTextUnitsSchema })
  migrateFreeText(@Command() context: CommandContext) {
    return this.freeText.migrate(context);
  }

  @Put('volunteers/:volunteerId/unit')
  @ApiOperation({ summary: '志愿者所属驻区单位（null 为无） / The unit a volunteer belongs to (null: none)' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiOkResponse({ schema: WRITE_RESULT_SCHEMA })
  @ApiProblems(409)
  async changeUnit(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() { unitId }: VolunteerUnitBody): Promise<WriteResult> {
    if (unitId !== null) await requireActiveUnitExists(this.repository, unitId);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'ChangeVolunteerUnit', volunteerId, unitId }, context);
    return { volunteerId, position };
  }

  @Post('volunteers/:volunteerId/report-ins')
  @ApiOperation({ summary: '在职党员到居住社区报到 / An in-service Party member reports in to the community where they live' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.volunteer()
  @ApiProblems(409)
  async reportIn(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() { unitId }: ReportInBody): Promise<WriteResult> {
    await requireActiveUnitExists(this.repository, unitId);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'ReportIn', volunteerId, unitId }, context);
    return { volunteerId, position };
  }

  @Get('report-ins/counts')
  @ApiOperation({ summary: '在职党员报到人数：按单位、按社区 / In-service Party members reported in, per unit and per community' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: ReportInCountsSchema })
  reportInCounts(@Query() { communityId }: ReportInCountsQuery) {
    return this.units.reportInCounts(communityId);
  }

  private async sealLiaison(unitId: string, liaison: LiaisonBody | undefined): Promise<SealedPersonalData | undefined> {
    return liaison === undefined ? undefined : this.vault.seal(liaisonSubject(unitId), { name: liaison.name, phone: liaison.phone });
  }
}
