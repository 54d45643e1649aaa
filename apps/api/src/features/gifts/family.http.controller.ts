import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { beneficiaryDecider, beneficiaryStream, requireVolunteer, volunteerDecider, volunteerStream } from '@shiji/domain';
import type { FamilyMemberView } from '@shiji/projections';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { VolunteerAccounts } from '../../write-side/volunteer-accounts';
import type { WriteResult } from '../../write-side/write-result';
import { DeclareFamilyMemberBody, DeclareFamilyResidentBody } from './gifts.dto';
import { FamilyMemberConfirmedSchema, FamilyMemberDeclaredSchema, FamilyMembersSchema, FamilyResidentConfirmedSchema, FamilyResidentDeclaredSchema } from './gifts.responses';

/** A volunteer's family: declared by the volunteer (or staff for them), confirmed by staff; gifts go only to confirmed members. */
@ApiTags('gifts 转赠')
@ApiBearerAuth()
@Scope.volunteer()
@Controller('v1/volunteers/:volunteerId/family-members')
export class FamilyController {
  constructor(
    private readonly accounts: VolunteerAccounts,
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
  ) {}

  @Post()
  @ApiOperation({ summary: '申报家庭成员（配偶、父母、子女、祖父母、孙辈），待工作人员确认 / Declare a family member, for staff to confirm' })
  @Roles('volunteer', 'staff', 'admin')
  @ApiProblems(404, 409, 422)
  @ApiCreatedResponse({ schema: FamilyMemberDeclaredSchema })
  async declare(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: DeclareFamilyMemberBody): Promise<WriteResult> {
    const { state: member } = await this.repository.load(volunteerStream(body.memberVolunteerId), volunteerDecider);
    const { position } = await this.accounts.handle(
      volunteerId,
      { type: 'DeclareFamilyMember', volunteerId, memberVolunteerId: body.memberVolunteerId, relation: body.relation, member },
      context,
      { mustExist: true },
    );
    return { volunteerId, memberVolunteerId: body.memberVolunteerId, relation: body.relation, position };
  }

  @Post('residents')
  @ApiOperation({ summary: '申报本社区登记的受助居民为家庭成员，待工作人员确认 / Declare a resident in need of one’s community as a family member, for staff to confirm' })
  @Roles('volunteer', 'staff', 'admin')
  @ApiProblems(404, 409, 422)
  @ApiCreatedResponse({ schema: FamilyResidentDeclaredSchema })
  async declareResident(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: DeclareFamilyResidentBody): Promise<WriteResult> {
    const [{ state: volunteer }, { state: beneficiary }] = await Promise.all([
      this.repository.load(volunteerStream(volunteerId), volunteerDecider),
      this.repository.load(beneficiaryStream(body.beneficiaryId), beneficiaryDecider),
    ]);
    const { communityId } = requireVolunteer(volunteer, volunteerId);
    const { position } = await this.accounts.handle(
      volunteerId,
      { type: 'DeclareFamilyBeneficiary', volunteerId, communityId, beneficiaryId: body.beneficiaryId, relation: body.relation, beneficiary },
      context,
      { mustExist: true },
    );
    return { volunteerId, beneficiaryId: body.beneficiaryId, relation: body.relation, position };
  }

  @Post('residents/:beneficiaryId/confirmation')
  @ApiOperation({ summary: '工作人员确认与受助居民的家庭关系 / Staff confirm the relation to the resident in need' })
  @Roles('staff', 'admin')
  @ApiProblems(404, 409)
  @ApiCreatedResponse({ schema: FamilyResidentConfirmedSchema })
  async confirmResident(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Param('beneficiaryId') beneficiaryId: string): Promise<WriteResult> {
    const { position } = await this.accounts.handle(volunteerId, { type: 'ConfirmFamilyBeneficiary', volunteerId, beneficiaryId }, context, { mustExist: true });
    return { volunteerId, beneficiaryId, position };
  }

  @Post(':memberVolunteerId/confirmation')
  @ApiOperation({ summary: '工作人员确认家庭关系 / Staff confirm the relation' })
  @Roles('staff', 'admin')
  @ApiProblems(404, 409)
  @ApiCreatedResponse({ schema: FamilyMemberConfirmedSchema })
  async confirm(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Param('memberVolunteerId') memberVolunteerId: string): Promise<WriteResult> {
    const { position } = await this.accounts.handle(volunteerId, { type: 'ConfirmFamilyMember', volunteerId, memberVolunteerId }, context, { mustExist: true });
    return { volunteerId, memberVolunteerId, position };
  }

  @Get()
  @ApiOperation({
    summary: '已申报的家庭成员及确认状态（已注销者标明，不可再受赠） / Declared family members and whether each is confirmed (an erased member is marked: gifts to them are refused)',
  })
  @ApiOkResponse({ schema: FamilyMembersSchema })
  async list(@Param('volunteerId') volunteerId: string): Promise<{ items: Array<Omit<FamilyMemberView, 'memberBeneficiaryId'> & { memberBeneficiaryId: string | null; memberErased: boolean }> }> {
    // The member's erasure is their own view's: a volunteer's in the directory, a resident's in the pool's beneficiaries.
    const { rows } = await this.readModels.pool.query<{ data: FamilyMemberView; member_erased: boolean }>(
      `SELECT f.data, coalesce((v.data->>'erased')::boolean, b.data->>'erasedAt' IS NOT NULL) AS member_erased
         FROM rm_family_members f
         LEFT JOIN rm_volunteers v ON v.id = f.data->>'memberVolunteerId'
         LEFT JOIN rm_beneficiaries b ON b.id = f.data->>'memberBeneficiaryId'
        WHERE f.volunteer_id = $1
        ORDER BY f.position`,
      [volunteerId],
    );
    return { items: rows.map((row) => ({ ...row.data, memberBeneficiaryId: row.data.memberBeneficiaryId ?? null, memberErased: row.member_erased })) };
  }
}
