import { Injectable } from '@nestjs/common';
import { TokenService } from '../platform/auth/token.service';
import type { Account } from './accounts.store';
import { Csrf } from './csrf';
import { ACCESS_TOKEN_TTL_SECONDS } from './revocations.store';
import type { SessionAnswer } from './sessions.dto';
import type { IssuedRefresh, OpenSession } from './sessions.store';

/**
 * The answer to a sign-in or a refresh: a fresh access token for the session,
 * and the refresh token (in the body) or the CSRF token (cookie sessions,
 * whose refresh token the controller puts in the cookie).
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly tokens: TokenService,
    private readonly csrf: Csrf,
  ) {}

  answer(account: Account, session: OpenSession, refresh: IssuedRefresh, name: string | null): SessionAnswer {
    // Communities are left out: what a person may do is read from current state on every request.
    const access = this.tokens.issue({ sub: account.subject, role: account.role, communities: [], ttlSeconds: ACCESS_TOKEN_TTL_SECONDS, sessionId: session.sessionId });
    return {
      tokenType: 'Bearer',
      accessToken: access.token,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      ...(session.transport === 'body' ? { refreshToken: refresh.refreshToken } : { csrfToken: this.csrf.tokenFor(session.sessionId) }),
      refreshTokenExpiresAt: refresh.refreshTokenExpiresAt.toISOString(),
      sessionId: session.sessionId,
      person: { personId: account.personId, role: account.role, subject: account.subject, name },
    };
  }
}
