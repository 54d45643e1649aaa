import type { Bilingual } from '../errors/bilingual';
import { PROBLEMS } from '../errors/problem-catalog';
import { ProblemError } from '../errors/problem.error';

export type UnauthenticatedReason = 'missing' | 'malformed' | 'invalid' | 'expired' | 'revoked' | 'unknown-staff' | 'erased';

const DETAILS: Record<UnauthenticatedReason, Bilingual> = {
  missing: { zh: '缺少 Bearer 令牌', en: 'A bearer token is required' },
  malformed: { zh: 'Authorization 请求头格式应为 "Bearer <令牌>"', en: 'The Authorization header must be "Bearer <token>"' },
  invalid: { zh: '令牌无效', en: 'The token is invalid' },
  expired: { zh: '令牌已过期', en: 'The token has expired' },
  revoked: { zh: '登录已结束或令牌已被撤销，请重新登录', en: 'The session has ended or the token was revoked: sign in again' },
  'unknown-staff': { zh: '令牌所属的工作人员未登记', en: 'The token names no registered staff member' },
  erased: { zh: '该志愿者的个人信息已注销，令牌不再有效', en: 'This volunteer was erased; the token no longer speaks for anyone' },
};

/** 401 with the RFC 6750 challenge, so clients know which scheme to use. */
export class UnauthenticatedError extends ProblemError {
  constructor(readonly reason: UnauthenticatedReason) {
    const challenge = reason === 'missing' ? 'Bearer realm="shiji"' : 'Bearer realm="shiji", error="invalid_token"';
    super({ ...PROBLEMS.UNAUTHENTICATED, detail: DETAILS[reason], headers: { 'www-authenticate': challenge } });
  }
}
