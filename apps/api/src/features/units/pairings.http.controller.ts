import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, householdSubject, pairingDecider, pairingStream, requireActiveUnit, requireActiveVolunteer, unitDecider, unitStream, volunteerDecider, volunteerStream, type PairingHelped } from '@shiji/domain';
import type { PairingView } from '@shiji/projections';
import { PersonalDataVault, type RevealedPersonalData } from '../../personal-data/personal-data-vault';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { ServiceRecording } from '../service-records/service-recording';
import { EndPairingBody, PairingListQuery, PairingVisitBody, RegisterPairingBody } from './pairings.dto';
import { PairingListSchema, PairingVisitSchema } from './units.responses';

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1/pairings')
export class PairingsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
    private readonly recording: ServiceRecording,
  ) {}

  @Post()
  @ApiOperation({ summary: '登记结对帮扶：单位与社区，或志愿者、单位与困难家庭（姓名电话加密保存） / Register a pairing: a unit with the community, or a volunteer or unit with a household in need (name and phone sealed)' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  @ApiProblems(404, 409, 422)
  async register(@Command() context: CommandContext, @Body() input: RegisterPairingBody): Promise<WriteResult> {
    const { pairingId, communityId, category, frequency, startsOn } = input;
    const helper = { kind: input.helper.kind, id: input.helper.id };
    if (helper.kind === 'unit') requireActiveUnit((await this.repository.load(unitStream(helper.id), unitDecider)).state, helper.id);
    else requireActiveVolunteer((await this.repository.load(volunteerStream(helper.id), volunteerDecider)).state, helper.id);
    // Refused before sealing, so a repeated id never touches the first pairing's household key.
    if ((await this.repository.load(pairingStream(pairingId), pairingDecider)).state.exists) throw new DomainError('PAIRING_ALREADY_EXISTS', { pairingId });
    const helped: PairingHelped = input.household
      ? { kind: 'household', household: await this.vault.seal(householdSubject(pairingId), { name: input.household.name, phone: input.household.phone }) }
      : { kind: 'community' };
    const command = { type: 'RegisterPairing' as const, pairingId, communityId, helper, helped, category, frequency, startsOn };
    const { position } = await this.repository.handle(pairingStream(pairingId), pairingDecider, command, context);
    return { pairingId, position };
  }

  @Get()
  @ApiOperation({ summary: '社区的结对帮扶及走访 / A community\'s pairings and their visits' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: PairingListSchema })
  async list(@Query() { communityId }: PairingListQuery) {
    const { rows } = await this.readModels.pool.query<{ data: PairingView }>('SELECT data FROM rm_pairings WHERE community_id = $1 ORDER BY id', [communityId]);
    const holders = rows.flatMap(({ data }) => (data.helped.kind === 'household' ? [{ volunteerId: householdSubject(data.pairingId), personal: data.helped.household }] : []));
    const opened: Map<string, RevealedPersonalData> = await this.vault.openMany(holders);
    return {
      items: rows.map(({ data }) => ({
        ...data,
        helped: { kind: data.helped.kind, household: data.helped.kind === 'household' ? (opened.get(householdSubject(data.pairingId)) ?? null) : null },
        visitMinutes: data.visits.reduce((sum, visit) => sum + visit.minutes, 0),
      })),
    };
  }

  /** A visit is a verified service record on the visitor's account, named by the pairing: it counts in hours and in the unit's monthly record. */
  @Post(':pairingId/visits')
  @ApiOperation({ summary: '记录结对走访（计为服务时长） / Record a visit of a pairing, as service' })
  @Roles('staff', 'admin')
  @Scope.of(param('pairingId', 'pairing'))
  @ApiCreatedResponse({ schema: PairingVisitSchema })
  @ApiProblems(404, 409, 422)
  async visit(@Command() context: CommandContext, @Param('pairingId') pairingId: string, @Body() { volunteerId, startedAt, minutes }: PairingVisitBody) {
    const [{ state: pairing }, { state: volunteer }] = await Promise.all([
      this.repository.load(pairingStream(pairingId), pairingDecider),
      this.repository.load(volunteerStream(volunteerId), volunteerDecider),
    ]);
    const recordId = context.newId('record');
    const command = { type: 'RecordPairingVisit' as const, pairingId, recordId, volunteer, volunteerId, startedAt: new Date(startedAt).toISOString(), minutes };
    pairingDecider.decide(command, pairing); // judged before the service is recorded, so a refused visit records nothing
    const category = pairing.exists ? pairing.category : 'other';
    const recorded = await this.recording.record(context, { volunteerId, activityId: null, category, description: `结对帮扶走访 ${pairingId}`, startedAt: new Date(startedAt), minutes, verify: true, redemptionId: null }, recordId);
    const { position } = await this.repository.handle(pairingStream(pairingId), pairingDecider, command, context);
    return { pairingId, recordId, volunteerId, verified: recorded.verified, position };
  }

  @Post(':pairingId/end')
  @ApiOperation({ summary: '结束结对帮扶 / End a pairing' })
  @Roles('staff', 'admin')
  @Scope.of(param('pairingId', 'pairing'))
  @ApiProblems(404, 409)
  async end(@Command() context: CommandContext, @Param('pairingId') pairingId: string, @Body() { reason }: EndPairingBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(pairingStream(pairingId), pairingDecider, { type: 'EndPairing', pairingId, reason }, context);
    return { pairingId, position };
  }
}
