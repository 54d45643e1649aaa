import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from './actor';
import { ActorView } from './actor.view';
import { CurrentActor } from './current-actor.decorator';
import { Scope } from './scope.decorator';

@ApiTags('auth')
@Scope.street()
@Controller('v1/me')
export class MeHttpController {
  @Get()
  @ApiOperation({ summary: '当前调用者 / The caller, as the token says' })
  @ApiOkResponse({ type: ActorView })
  me(@CurrentActor() actor: Actor): ActorView {
    return ActorView.of(actor);
  }
}
