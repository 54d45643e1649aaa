import type { Bilingual } from './bilingual';

export interface ProblemKind {
  code: string;
  status: number;
  title: Bilingual;
}

/** The platform's own problem kinds; features define theirs next to their code. */
export const PROBLEMS = {
  VALIDATION_FAILED: { code: 'VALIDATION_FAILED', status: 400, title: { zh: '请求参数无效', en: 'Request validation failed' } },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', status: 401, title: { zh: '未认证或认证已失效', en: 'Authentication required' } },
  FORBIDDEN: { code: 'FORBIDDEN', status: 403, title: { zh: '无权执行此操作', en: 'Forbidden' } },
  OUT_OF_SCOPE: { code: 'OUT_OF_SCOPE', status: 403, title: { zh: '超出您的管辖范围', en: 'Outside your scope' } },
  NOT_FOUND: { code: 'NOT_FOUND', status: 404, title: { zh: '资源不存在', en: 'Not found' } },
  METHOD_NOT_ALLOWED: { code: 'METHOD_NOT_ALLOWED', status: 405, title: { zh: '不支持该请求方法', en: 'Method not allowed' } },
  NOT_ACCEPTABLE: { code: 'NOT_ACCEPTABLE', status: 406, title: { zh: '无法提供所要求的响应格式', en: 'Not acceptable' } },
  REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', status: 408, title: { zh: '请求超时', en: 'Request timeout' } },
  CONFLICT: { code: 'CONFLICT', status: 409, title: { zh: '请求与当前状态冲突', en: 'Conflict' } },
  GONE: { code: 'GONE', status: 410, title: { zh: '资源已不存在', en: 'Gone' } },
  PRECONDITION_FAILED: { code: 'PRECONDITION_FAILED', status: 412, title: { zh: '前置条件不满足', en: 'Precondition failed' } },
  PAYLOAD_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', status: 413, title: { zh: '请求体过大', en: 'Payload too large' } },
  URI_TOO_LONG: { code: 'URI_TOO_LONG', status: 414, title: { zh: '请求地址过长', en: 'URI too long' } },
  UNSUPPORTED_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415, title: { zh: '不支持的内容类型', en: 'Unsupported media type' } },
  IDEMPOTENCY_KEY_REUSED: { code: 'IDEMPOTENCY_KEY_REUSED', status: 422, title: { zh: 'Idempotency-Key 已用于另一个请求', en: 'The Idempotency-Key was used for a different request' } },
  UNPROCESSABLE_CONTENT: { code: 'UNPROCESSABLE_CONTENT', status: 422, title: { zh: '请求无法处理', en: 'Unprocessable content' } },
  PRECONDITION_REQUIRED: { code: 'PRECONDITION_REQUIRED', status: 428, title: { zh: '缺少前置条件', en: 'Precondition required' } },
  TOO_MANY_REQUESTS: { code: 'TOO_MANY_REQUESTS', status: 429, title: { zh: '请求过于频繁', en: 'Too many requests' } },
  REQUEST_HEADERS_TOO_LARGE: { code: 'REQUEST_HEADERS_TOO_LARGE', status: 431, title: { zh: '请求头过大', en: 'Request header fields too large' } },
  BAD_REQUEST: { code: 'BAD_REQUEST', status: 400, title: { zh: '请求无效', en: 'Bad request' } },
  BODY_NOT_UTF8: { code: 'BODY_NOT_UTF8', status: 400, title: { zh: '请求体编码无效', en: 'The request body is not UTF-8' } },
  BODY_TOO_DEEP: { code: 'BODY_TOO_DEEP', status: 400, title: { zh: '请求体嵌套过深', en: 'The request body nests too deeply' } },
  INTERNAL_ERROR: { code: 'INTERNAL_ERROR', status: 500, title: { zh: '服务器内部错误', en: 'Internal server error' } },
  SERVICE_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', status: 503, title: { zh: '服务暂不可用', en: 'Service unavailable' } },
  DATABASE_UNAVAILABLE: { code: 'DATABASE_UNAVAILABLE', status: 503, title: { zh: '数据库暂时无法访问，请稍后重试', en: 'The database is out of reach for a moment; retry shortly' } },
} as const satisfies Record<string, ProblemKind>;

/**
 * The kind a bare HTTP status stands for. Every 400 is VALIDATION_FAILED: a
 * malformed body or parameter is the client's input failing validation.
 */
export function problemKindForStatus(status: number): ProblemKind {
  const kind = Object.values(PROBLEMS).find((candidate) => candidate.status === status && candidate.code !== 'BAD_REQUEST');
  if (kind) return kind;
  if (status >= 400 && status < 500) return { ...PROBLEMS.BAD_REQUEST, status };
  return PROBLEMS.INTERNAL_ERROR;
}
