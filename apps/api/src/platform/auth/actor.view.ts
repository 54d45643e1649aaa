import { ApiProperty } from '@nestjs/swagger';
import type { Actor } from './actor';
import { ROLES, type Role } from './role';

/** The caller as GET /v1/me shows it. */
export class ActorView {
  @ApiProperty({ example: 'alice' })
  id: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ type: [String], example: ['c1'] })
  communities: string[];

  @ApiProperty({ description: 'The token id (jti)' })
  tokenId: string;

  static of(actor: Actor): ActorView {
    return Object.assign(new ActorView(), { ...actor, communities: [...actor.communities] });
  }
}
