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

  @ApiProperty({ type: String, nullable: true, description: '登录会话 / The session a signed-in person\'s token belongs to; null for a CLI token' })
  sessionId: string | null;

  static of(actor: Actor): ActorView {
    return Object.assign(new ActorView(), { id: actor.id, role: actor.role, communities: [...actor.communities], tokenId: actor.tokenId, sessionId: actor.sessionId ?? null });
  }
}
