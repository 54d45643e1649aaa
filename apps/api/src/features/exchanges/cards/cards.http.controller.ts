import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../platform/auth/roles.decorator';
import { Scope } from '../../../platform/auth/scope.decorator';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import type { WriteResult } from '../../../write-side/write-result';
import { IssueCardCommand, ReinstateCardCommand, ReissueCardCommand, ReportCardLostCommand, SuspendCardCommand } from './cards.commands';
import { SuspendCardBody } from './cards.dto';

@ApiTags('time cards 服务时间消费卡')
@ApiBearerAuth()
@Scope.volunteer()
@Controller('v1/volunteers/:volunteerId/card')
export class CardsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('staff', 'admin')
  issue(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    return this.commands.execute(new IssueCardCommand(context, volunteerId));
  }

  @Post('suspension')
  @Roles('staff', 'admin')
  suspend(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: SuspendCardBody): Promise<WriteResult> {
    return this.commands.execute(new SuspendCardCommand(context, volunteerId, body.reason));
  }

  @Post('reinstatement')
  @Roles('staff', 'admin')
  reinstate(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    return this.commands.execute(new ReinstateCardCommand(context, volunteerId));
  }

  @Post('loss')
  @Roles('staff', 'admin')
  reportLost(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    return this.commands.execute(new ReportCardLostCommand(context, volunteerId));
  }

  @Post('reissue')
  @Roles('staff', 'admin')
  reissue(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    return this.commands.execute(new ReissueCardCommand(context, volunteerId));
  }
}
