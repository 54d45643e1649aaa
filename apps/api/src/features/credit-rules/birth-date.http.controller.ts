import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DomainError, requireVolunteer, volunteerDecider, volunteerStream } from '@shiji/domain';
import { Matches } from 'class-validator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { writeResultSchema } from '../../platform/docs/response-schema';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';

export class BirthDateBody {
  @ApiProperty({ example: '1960-05-01', description: '出生日期，与姓名、电话一样加密保存，注销后不可读 / the birth date, sealed like name and phone and unreadable after erasure' })
  @Matches(/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '须为日期 YYYY-MM-DD / must be a date, YYYY-MM-DD' })
  birthDate: string;
}

const BirthDateRecordedSchema = writeResultSchema('BirthDateRecorded', { volunteerId: 'string' });

/** The birth date the age rule reads: personal data, sealed before it reaches the log, never answered back. */
@ApiTags('credit rules 兑换规则')
@ApiBearerAuth()
@Scope.volunteer()
@Controller('v1/volunteers/:volunteerId/birth-date')
export class BirthDateController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
  ) {}

  @Put()
  @ApiOperation({ summary: '登记出生日期（加密保存，用于兑换年龄规则） / Record the birth date (sealed; read by the age rule)' })
  @Roles('volunteer', 'staff', 'admin')
  @ApiProblems(409)
  @ApiOkResponse({ schema: BirthDateRecordedSchema })
  async record(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: BirthDateBody): Promise<WriteResult> {
    const { state } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    // Sealing creates a key when there is none: never for someone whose key was shredded.
    if (requireVolunteer(state, volunteerId).erased) throw new DomainError('VOLUNTEER_ALREADY_ERASED', { volunteerId });
    const birthDate = await this.vault.sealText(volunteerId, body.birthDate);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'RecordBirthDate', volunteerId, birthDate }, context);
    return { volunteerId, position };
  }
}
