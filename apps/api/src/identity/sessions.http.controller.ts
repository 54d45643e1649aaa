import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../platform/auth/actor';
import { CurrentActor } from '../platform/auth/current-actor.decorator';
import { Public } from '../platform/auth/public.decorator';
import { Scope } from '../platform/auth/scope.decorator';
import { ProblemError } from '../platform/errors/problem.error';
import { ValidationFailedError } from '../platform/errors/validation-failed.error';
import { HoldsSecrets } from '../write-side/idempotency/holds-secrets.decorator';
import { AccountsStore } from './accounts.store';
import { clientOf } from './client-of';
import { Csrf, CSRF_HEADER } from './csrf';
import { identityProblem } from './identity-problems';
import { SessionEnding } from './session-ending';
import { clearSessionCookies, REFRESH_COOKIE, refreshCookieOf, setSessionCookies } from './session-cookies';
import { RefreshBody, SessionAnswer, SignInBody } from './sessions.dto';
import { SignIn, type SignedIn } from './sign-in';
import { ApiProblems } from '../platform/docs/api-problems.decorator';
import { CreatedAt } from '../write-side/created-location';

/** Signing in, refreshing and signing out. See README "Signing in" for the contract. */
@ApiTags('sessions 登录')
@Controller('v1/sessions')
export class SessionsController {
  constructor(
    private readonly signIn: SignIn,
    private readonly csrf: Csrf,
    private readonly accounts: AccountsStore,
    private readonly ending: SessionEnding,
  ) {}

  @Post()
  @Public()
  @HoldsSecrets()
  @ApiOperation({ summary: '登录：手机号（或工号）和密码 / Sign in with phone (or staff id) and password' })
  @CreatedAt('/v1/me/sessions/{sessionId}')
  @ApiProblems(401, 403)
  @ApiCreatedResponse({ type: SessionAnswer })
  async open(@Body() body: SignInBody, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionAnswer> {
    if (body.phone !== undefined && body.staffId !== undefined) throw new ValidationFailedError({ zh: '手机号和工号只填一个', en: 'Give either phone or staffId, not both' });
    const transport = body.refreshTokenIn ?? 'body';
    // A cookie sign-in sets the cookies: it must come from the console's own origin.
    if (transport === 'cookie') this.csrf.checkOrigin(request);
    const login = body.staffId !== undefined ? { staffId: body.staffId } : { phone: body.phone! };
    return this.answer(await this.signIn.signIn(login, body.password, transport, clientOf(request)), reply);
  }

  @Post('refresh')
  @Public()
  @HoldsSecrets()
  @HttpCode(200)
  @ApiHeader({ name: 'X-CSRF-Token', required: false, description: '用 Cookie 刷新时必填 / required when the cookie carries the refresh token' })
  @ApiOperation({
    summary: '换发令牌（刷新令牌轮换） / Exchange a refresh token for new tokens (rotation)',
    description: `API 客户端在请求体中给出 refreshToken；网页控制台发送空对象，由 ${REFRESH_COOKIE} Cookie 携带刷新令牌，并须带 Origin 和 X-CSRF-Token。 / API clients send refreshToken in the body; the console sends {} with the ${REFRESH_COOKIE} cookie, an Origin and X-CSRF-Token.`,
  })
  @ApiOkResponse({ type: SessionAnswer })
  @ApiProblems(401, 403)
  async refresh(@Body() body: RefreshBody, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionAnswer> {
    const client = clientOf(request);
    if (body.refreshToken !== undefined) return this.answer(await this.signIn.refresh(body.refreshToken, 'body', client), reply);
    const cookie = refreshCookieOf(request);
    if (cookie === undefined) throw identityProblem('REFRESH_TOKEN_INVALID');
    // Checked before the token is even looked up: a forged request changes nothing.
    this.csrf.checkOrigin(request);
    if (typeof request.headers[CSRF_HEADER] !== 'string') throw identityProblem('CSRF_REJECTED');
    try {
      return this.answer(await this.signIn.refresh(cookie, 'cookie', client, (session) => this.csrf.checkToken(request, session.sessionId)), reply);
    } catch (error) {
      if (error instanceof ProblemError && (error.code === 'REFRESH_TOKEN_INVALID' || error.code === 'REFRESH_TOKEN_REUSED')) clearSessionCookies(reply);
      throw error;
    }
  }

  @Delete('current')
  @Scope({ street: true, changesNothing: true })
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '退出登录：结束本会话并清除 Cookie / Sign out: end this session and clear the cookies' })
  @ApiNoContentResponse()
  async close(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (actor.sessionId === undefined) throw identityProblem('NOT_A_SESSION');
    const account = await this.accounts.bySubject(actor.role, actor.id);
    await this.ending.end([actor.sessionId], 'signed-out', { personId: account?.personId ?? null, role: actor.role, subject: actor.id, ...clientOf(request) });
    clearSessionCookies(reply);
  }

  private answer(signed: SignedIn, reply: FastifyReply): SessionAnswer {
    if (signed.answer.csrfToken !== undefined) setSessionCookies(reply, signed.refreshToken, signed.answer.csrfToken, signed.refreshTokenExpiresAt);
    return signed.answer;
  }
}
