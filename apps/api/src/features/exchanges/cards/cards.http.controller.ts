import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { POLICY_STREAM, policyDecider, type AccountEvent } from '@shiji/domain';
import { Roles } from '../../../platform/auth/roles.decorator';
import { Scope } from '../../../platform/auth/scope.decorator';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import { VolunteerAccounts } from '../../../write-side/volunteer-accounts';
import type { WriteResult } from '../../../write-side/write-result';
import { newCardNumber } from './card-number';
import { SuspendCardBody } from './cards.dto';
import { CreatedAt } from '../../../write-side/created-location';

@ApiTags('time cards 服务时间消费卡')
@ApiBearerAuth()
@Scope.volunteer()
@CreatedAt('/v1/volunteers/{volunteerId}/account')
@Controller('v1/volunteers/:volunteerId/card')
export class CardsController {
  constructor(
    private readonly accounts: VolunteerAccounts,
    private readonly repository: EventSourcedRepository,
  ) {}

  @Post()
  @ApiOperation({ summary: '发放服务时间消费卡（须达到发卡星级） / Issue the service-time card (the card level reached)' })
  @Roles('staff', 'admin')
  async issue(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    const { state: policy } = await this.repository.load(POLICY_STREAM, policyDecider);
    const { position, events } = await this.accounts.handle(volunteerId, { type: 'IssueCard', volunteerId, cardNumber: newCardNumber(context), policy }, context, { mustExist: true });
    return { volunteerId, ...cardOf(events), position };
  }

  @Post('suspension')
  @ApiOperation({ summary: '暂停消费卡 / Suspend the card' })
  @Roles('staff', 'admin')
  async suspend(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() { reason }: SuspendCardBody): Promise<WriteResult> {
    const { position, events } = await this.accounts.handle(volunteerId, { type: 'SuspendCard', volunteerId, reason }, context, { mustExist: true });
    return { volunteerId, ...cardOf(events), position };
  }

  @Post('reinstatement')
  @ApiOperation({ summary: '恢复已暂停的消费卡 / Reinstate a suspended card' })
  @Roles('staff', 'admin')
  async reinstate(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    const { position, events } = await this.accounts.handle(volunteerId, { type: 'ReinstateCard', volunteerId }, context, { mustExist: true });
    return { volunteerId, ...cardOf(events), position };
  }

  @Post('loss')
  @ApiOperation({ summary: '挂失消费卡 / Report the card lost' })
  @Roles('staff', 'admin')
  async reportLost(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    const { position, events } = await this.accounts.handle(volunteerId, { type: 'ReportCardLost', volunteerId }, context, { mustExist: true });
    return { volunteerId, ...cardOf(events), position };
  }

  @Post('reissue')
  @ApiOperation({ summary: '补发消费卡（新卡号） / Reissue the card (a new number)' })
  @Roles('staff', 'admin')
  async reissue(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    const { position, events } = await this.accounts.handle(volunteerId, { type: 'ReissueCard', volunteerId, cardNumber: newCardNumber(context) }, context, { mustExist: true });
    const replaces = events[0]?.type === 'TimeCardIssued' ? events[0].data.replacesCardNumber : null;
    return { volunteerId, ...cardOf(events), replacesCardNumber: replaces, position };
  }
}

/** The card an event of a card command leaves: its number and status. */
function cardOf(events: readonly AccountEvent[]): { cardNumber: string | null; status: string | null } {
  const event = events[0];
  switch (event?.type) {
    case 'TimeCardIssued':
    case 'TimeCardReinstated':
      return { cardNumber: event.data.cardNumber, status: 'active' };
    case 'TimeCardSuspended':
      return { cardNumber: event.data.cardNumber, status: 'suspended' };
    case 'TimeCardReportedLost':
      return { cardNumber: event.data.cardNumber, status: 'lost' };
    default:
      return { cardNumber: null, status: null };
  }
}
