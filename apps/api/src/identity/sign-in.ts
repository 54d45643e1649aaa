import { Injectable } from '@nestjs/common';
import { AccountsStore, type Account, type Login } from './accounts.store';
import { AccessTokens } from './access-tokens';
import { AddressThrottle } from './address-throttle';
import { keyOfPerson, keyOfUnknownLogin } from './failure-counter';
import { identityProblem } from './identity-problems';
import { LoginAttempts } from './login-attempts';
import { PasswordHasher } from './password-hasher';
import { RevocationWatch } from './revocation-watch';
import type { SessionAnswer } from './sessions.dto';
import { SessionsStore, type Client, type OpenSession, type Transport } from './sessions.store';
import { SignInLogStore } from './sign-in-log.store';
import { VolunteerPersonalData } from './volunteer-personal-data';

/** A session answer, and the refresh token for the controller to put in the cookie of a cookie session. */
export interface SignedIn {
  answer: SessionAnswer;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/**
 * POST /v1/sessions and /v1/sessions/refresh. A sign-in that names no account
 * does what one with a wrong password does, step for step: the same lookups,
 * the same count towards a lock, an argon2 verification of the same cost
 * (against a dummy hash), the same log entry and the same answer.
 */
@Injectable()
export class SignIn {
  constructor(
    private readonly accounts: AccountsStore,
    private readonly sessions: SessionsStore,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    private readonly throttle: AddressThrottle,
    private readonly tokens: AccessTokens,
    private readonly watch: RevocationWatch,
    private readonly volunteers: VolunteerPersonalData,
    private readonly log: SignInLogStore,
  ) {}

  async signIn(login: Login, password: string, transport: Transport, client: Client): Promise<SignedIn> {
    await this.throttle.check(client.address);
    const account = await this.accounts.byLogin(login);
    const loginKind = 'phone' in login ? 'phone' : 'staffId';
    const key = account ? keyOfPerson(account.personId) : keyOfUnknownLogin(loginKind, 'phone' in login ? login.phone : login.staffId);
    const who = { personId: account?.personId ?? null, role: account?.role ?? null, subject: account?.subject ?? null, ...client };

    const attempt = await this.attempts.begin(key, { ...who, detail: { login: loginKind } });
    if (attempt.lockEnded) await this.log.record({ kind: 'unlocked', ...who, detail: { login: loginKind, reason: 'lock-expired' } });

    const passwordHash = account?.passwordHash ?? null;
    if (!(await this.hasher.verify(passwordHash, password)) || !account) {
      const reason = !account ? 'unknown-login' : passwordHash === null ? 'not-activated' : 'wrong-password';
      await this.attempts.failed(key, attempt.attempt, 'sign-in-failed', { ...who, detail: { login: loginKind, reason } });
      throw identityProblem('INVALID_CREDENTIALS');
    }

    await this.attempts.succeeded(key);
    if (this.hasher.isOutdated(account.passwordHash!)) await this.accounts.rehash(account.personId, await this.hasher.hash(password));
    const { session, refresh } = await this.sessions.open(account.personId, transport, client);
    await this.log.record({ kind: 'signed-in', ...who, sessionId: session.sessionId, detail: { login: loginKind, transport } });
    return this.signedIn(account, session, refresh);
  }

  /**
   * Exchanges a refresh token. `accept` checks the session before anything
   * changes (CSRF for the cookie); the token must arrive the way its session
   * was opened.
   */
  async refresh(refreshToken: string, via: Transport, client: Client, accept: (session: OpenSession) => void = () => undefined): Promise<SignedIn> {
    const rotation = await this.sessions.rotate(refreshToken, client, (session) => {
      if (session.transport !== via) throw identityProblem('REFRESH_TOKEN_INVALID');
      accept(session);
    });
    if (rotation.kind === 'reused') {
      this.watch.note(rotation.revoked);
      await this.log.record({ kind: 'refresh-token-reused', personId: rotation.session.personId, sessionId: rotation.session.sessionId, ...client });
      throw identityProblem('REFRESH_TOKEN_REUSED');
    }
    if (rotation.kind === 'invalid') {
      await this.log.record({ kind: 'refresh-refused', personId: rotation.session?.personId ?? null, sessionId: rotation.session?.sessionId ?? null, ...client });
      throw identityProblem('REFRESH_TOKEN_INVALID');
    }
    const account = await this.accounts.byPerson(rotation.session.personId);
    if (!account) throw identityProblem('REFRESH_TOKEN_INVALID');
    return this.signedIn(account, rotation.session, rotation.refresh);
  }

  private async signedIn(account: Account, session: OpenSession, refresh: { refreshToken: string; refreshTokenExpiresAt: Date }): Promise<SignedIn> {
    const name = account.role === 'volunteer' ? ((await this.volunteers.of(account.subject))?.name ?? null) : account.name;
    return { answer: this.tokens.answer(account, session, refresh, name), refreshToken: refresh.refreshToken, refreshTokenExpiresAt: refresh.refreshTokenExpiresAt };
  }
}
