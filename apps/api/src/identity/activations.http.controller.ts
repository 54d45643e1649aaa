import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../platform/auth/public.decorator';
import { requestIdFor } from '../platform/request-context/request-id';
import { HoldsSecrets } from '../write-side/idempotency/holds-secrets.decorator';
import { ActivatedView, ActivationBody } from './activations.dto';
import { Activations } from './activations';
import { clientOf } from './client-of';
import { CreatedAt } from '../write-side/created-location';

@ApiTags('sessions 登录')
@Controller('v1/activations')
export class ActivationsController {
  constructor(private readonly activations: Activations) {}

  @Post()
  @Public()
  @HoldsSecrets()
  @ApiOperation({ summary: '用激活码或邀请码设置密码 / Set a password with an activation or invitation code' })
  @CreatedAt('/v1/me')
  @ApiCreatedResponse({ type: ActivatedView })
  activate(@Body() body: ActivationBody, @Req() request: FastifyRequest): Promise<ActivatedView> {
    return this.activations.activate(body, clientOf(request), requestIdFor(request.raw));
  }
}
