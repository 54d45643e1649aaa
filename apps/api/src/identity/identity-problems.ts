import type { Bilingual } from '../platform/errors/bilingual';
import { ProblemError } from '../platform/errors/problem.error';

interface IdentityProblem {
  status: number;
  title: Bilingual;
}

/**
 * Every refusal of signing in, codes, sessions and passwords, in one table.
 * None names a secret, and none tells whether a phone number or staff id has
 * an account.
 */
export const IDENTITY_PROBLEMS = {
  INVALID_CREDENTIALS: { status: 401, title: { zh: '手机号（或工号）或密码不正确', en: 'Wrong phone number (or staff id) or password' } },
  SIGN_IN_LOCKED: { status: 429, title: { zh: '密码连续输错次数过多，已暂时锁定，请稍后再试', en: 'Too many wrong passwords in a row: locked for a while, try again later' } },
  SIGN_IN_THROTTLED: { status: 429, title: { zh: '此网络地址失败次数过多，请稍后再试', en: 'Too many failed attempts from this address: try again later' } },
  SIGN_IN_CODE_INVALID: {
    status: 422,
    title: { zh: '激活码不正确、已使用、已过期，或与手机号不符；请向社区工作人员索取新的激活码', en: 'The code is wrong, used, expired, or not for this phone number: ask for a new one' },
  },
  WEAK_PASSWORD: { status: 422, title: { zh: '密码太容易被猜到', en: 'The password is too easy to guess' } },
  WRONG_PASSWORD: { status: 422, title: { zh: '原密码不正确', en: 'The current password is wrong' } },
  REFRESH_TOKEN_INVALID: { status: 401, title: { zh: '登录已失效，请重新登录', en: 'The refresh token is invalid or expired: sign in again' } },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    title: { zh: '刷新令牌被重复使用：为安全起见，此次登录已结束，请重新登录', en: 'A refresh token was used twice: the session was ended for safety, sign in again' },
  },
  CSRF_REJECTED: { status: 403, title: { zh: '请求来源或 CSRF 令牌无效', en: 'The request\'s origin or CSRF token is not accepted' } },
  NOT_A_SESSION: { status: 409, title: { zh: '此令牌不属于登录会话；命令行令牌请用 cli token revoke 撤销', en: 'This token belongs to no session; revoke a CLI token with cli token revoke' } },
  NO_ACCOUNT: { status: 409, title: { zh: '此身份没有登录账户', en: 'No account signs in as this identity' } },
  PHONE_IN_USE: { status: 409, title: { zh: '该手机号已用于另一个账户', en: 'The phone number already belongs to another account' } },
  ACCOUNT_EXISTS: { status: 409, title: { zh: '该身份已有账户', en: 'This identity already has an account' } },
  VOLUNTEER_CODES_FROM_STAFF: { status: 409, title: { zh: '志愿者的激活码由其社区工作人员发放', en: 'A volunteer\'s code comes from staff of their community' } },
} as const satisfies Record<string, IdentityProblem>;

export type IdentityProblemCode = keyof typeof IDENTITY_PROBLEMS;

export function identityProblem(
  code: IdentityProblemCode,
  options: { detail?: Bilingual; headers?: Record<string, string>; extensions?: Record<string, unknown> } = {},
): ProblemError {
  const { status, title } = IDENTITY_PROBLEMS[code];
  return new ProblemError({ code, status, title, ...options });
}

/** 429 for a lock or the address limit, with the seconds until it lifts. */
export function tooManyAttempts(code: 'SIGN_IN_LOCKED' | 'SIGN_IN_THROTTLED', retryAfterSeconds: number): ProblemError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const minutes = Math.ceil(seconds / 60);
  const title = IDENTITY_PROBLEMS[code].title;
  return identityProblem(code, {
    detail: { zh: `${title.zh.replace(/，请稍后再试$/, '')}，请 ${minutes} 分钟后再试`, en: `${title.en.replace(/, try again later$|: try again later$/, '')}: try again in ${minutes} min` },
    headers: { 'Retry-After': String(seconds) },
    extensions: { retryAfterSeconds: seconds },
  });
}
