import type { OpenAPIObject, OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';
import { ETAG_EXTENSION, IF_MATCH_EXTENSION, PROBLEM_EXTENSION_PREFIX } from './api-problems.decorator';

const PROBLEM_DETAILS_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; title and detail are "中文 / English"',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string', example: 'urn:shiji:problem:validation-failed' },
    title: { type: 'string', example: '请求参数无效 / Request validation failed' },
    status: { type: 'integer', example: 400 },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    detail: { type: 'string', example: '以下字段无效：minutes / Invalid fields: minutes' },
    instance: { type: 'string', example: '/v1/me' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'constraint', 'message'],
        properties: { field: { type: 'string' }, constraint: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** What each status means here, whoever raises it. */
export const STATUS_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '400': '请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header)',
  '401': '未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token',
  '403': '无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller\'s scope (OUT_OF_SCOPE)',
  '404': '所指对象不存在 / What the request names does not exist',
  '406': '无法提供 Accept 所要求的格式 / None of the media types Accept asks for is offered',
  '409': '与当前状态冲突 / In conflict with the current state',
  '412': 'If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed',
  '413': '请求体超过 1 MiB / The body is over 1 MiB',
  '414': '请求地址过长 / The URI is too long',
  '415': '请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8)',
  '422': '请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request)',
  '429': '请求过于频繁，见 Retry-After / Too many requests; see Retry-After',
  default: '服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After)',
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
const WRITES: ReadonlySet<string> = new Set(['put', 'post', 'delete', 'patch']);

/**
 * Gives every operation its error answers, each application/problem+json:
 * those its route declares (@ApiProblems, and the 403 and 404 that @Roles and
 * @Scope imply), and those the platform raises for any route of its kind —
 * 400 for input and 414 for an over-long URI under /v1, 401 without a token,
 * 413 and 415 for a body (any write's, even one that takes none), 422
 * for a reused Idempotency-Key on a write, 409 for a write whose append kept
 * conflicting, 429 from the rate limit — and `default` for server errors.
 */
export function addProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) addProblems(path, method, operation, document.security ?? []);
    }
  }
  return document;
}

/** ETag on the read's 200; If-Match and its 412 on a change (see ApiETag and ApiIfMatch). */
function addConditionalRequests(operation: OperationObject): string[] {
  const extensions = operation as unknown as Record<string, unknown>;
  const statuses: string[] = [];
  if (extensions[ETAG_EXTENSION]) {
    const ok = operation.responses['200'];
    if (ok && !('$ref' in ok)) ok.headers = { ...ok.headers, ETag: { required: true, description: '资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource\'s stream; send it back as If-Match on a change', schema: { type: 'string', example: '"3"' } } };
  }
  if (extensions[IF_MATCH_EXTENSION]) {
    operation.parameters = [
      ...(operation.parameters ?? []),
      { name: 'If-Match', in: 'header', required: false, description: '读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since', schema: { type: 'string', example: '"3"' } },
    ];
    statuses.push('412');
  }
  delete extensions[ETAG_EXTENSION];
  delete extensions[IF_MATCH_EXTENSION];
  return statuses;
}

function addProblems(path: string, method: string, operation: OperationObject, defaultSecurity: readonly object[]): void {
  const api = path.startsWith('/v1/');
  const isPublic = (operation.security ?? defaultSecurity).some((requirement) => Object.keys(requirement).length === 0);
  const declared = Object.keys(operation)
    .filter((key) => key.startsWith(PROBLEM_EXTENSION_PREFIX))
    .map((key) => {
      delete (operation as unknown as Record<string, unknown>)[key];
      return key.slice(PROBLEM_EXTENSION_PREFIX.length);
    });
  const implied = [
    ...declared,
    ...addConditionalRequests(operation),
    ...(api ? ['400', '414', '429'] : []),
    ...(isPublic ? [] : ['401']),
    // A body is parsed before the route runs, so a write that takes none refuses one the same way.
    ...(operation.requestBody || WRITES.has(method) ? ['413', '415'] : []),
    ...(api && WRITES.has(method) ? ['422'] : []),
    // An append that keeps meeting newer revisions gives up with 409 CONFLICT; public writes append through no contested stream.
    ...(api && WRITES.has(method) && !isPublic ? ['409'] : []),
  ];
  for (const status of implied.sort()) operation.responses[status] ??= { description: STATUS_DESCRIPTIONS[status] ?? '' };
  operation.responses.default ??= { description: STATUS_DESCRIPTIONS.default };
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!isError(status) || !response || '$ref' in response) continue;
    const answer = response as ResponseObject;
    if (!answer.description) answer.description = STATUS_DESCRIPTIONS[status] ?? '';
    answer.content ??= { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
  }
}

function isError(status: string): boolean {
  return status === 'default' || /^[45]\d\d$/.test(status);
}
