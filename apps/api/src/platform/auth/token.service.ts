import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from './actor';
import type { Role } from './role';
import { isTokenClaims, type TokenClaims } from './token-claims';
import { UnauthenticatedError } from './unauthenticated.error';
import { VerifiedTokens } from './verified-tokens';

const ALGORITHM = 'HS256';
/** Tolerated clock difference between the issuing and the verifying host. */
const CLOCK_TOLERANCE_SECONDS = 5;
/** Distinct tokens kept verified at once: a few MB at most. */
const VERIFIED_TOKENS_KEPT = 10_000;

export interface TokenRequest {
  sub: string;
  role: Role;
  communities?: readonly string[];
  /** Defaults to TOKEN_TTL. */
  ttlSeconds?: number;
  /** The session the token belongs to, for a signed-in person. */
  sessionId?: string;
}

export interface IssuedToken {
  token: string;
  tokenId: string;
  expiresAt: Date;
}

/** Signs and verifies the instance's access tokens; the cli uses it without Nest. */
@Injectable()
export class TokenService {
  /**
   * Built once: given a string, jsonwebtoken first tries to parse it as a
   * public key on every call, which cost more than the rest of a request.
   */
  private readonly key: KeyObject;
  private readonly verified: VerifiedTokens;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'jwtSecret' | 'tokenTtlSeconds'>) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    this.verified = new VerifiedTokens(VERIFIED_TOKENS_KEPT);
  }

  issue(request: TokenRequest, now: Date = new Date()): IssuedToken {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const exp = issuedAt + (request.ttlSeconds ?? this.config.tokenTtlSeconds);
    const tokenId = randomUUID();
    const claims: TokenClaims = {
      sub: request.sub,
      role: request.role,
      communities: [...(request.communities ?? [])],
      jti: tokenId,
      ...(request.sessionId === undefined ? {} : { sid: request.sessionId }),
      exp,
      iat: issuedAt,
    };
    const token = jwt.sign(claims, this.key, { algorithm: ALGORITHM });
    return { token, tokenId, expiresAt: new Date(exp * 1000) };
  }

  /** Throws UnauthenticatedError for anything but an intact, unexpired token of the right shape. */
  verify(token: string): Actor {
    const known = this.verified.get(token);
    if (known !== undefined) return known;
    let payload: unknown;
    try {
      // Pinning the algorithm refuses "alg: none" and key-confusion tokens.
      payload = jwt.verify(token, this.key, { algorithms: [ALGORITHM], clockTolerance: CLOCK_TOLERANCE_SECONDS });
    } catch (error) {
      throw new UnauthenticatedError(error instanceof jwt.TokenExpiredError ? 'expired' : 'invalid');
    }
    if (!isTokenClaims(payload)) throw new UnauthenticatedError('invalid');
    const actor: Actor = { id: payload.sub, role: payload.role, communities: payload.communities, tokenId: payload.jti, ...(payload.sid === undefined ? {} : { sessionId: payload.sid }) };
    // jsonwebtoken refuses a token once the clock passes exp + tolerance; the cached answer ends at the same moment.
    return this.verified.remember(token, actor, (payload.exp + CLOCK_TOLERANCE_SECONDS) * 1000);
  }
}
