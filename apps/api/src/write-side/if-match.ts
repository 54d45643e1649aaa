import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiIfMatch } from '../platform/docs/api-problems.decorator';
import { PROBLEMS } from '../platform/errors/problem-catalog';
import { ProblemError } from '../platform/errors/problem.error';
import { ValidationFailedError } from '../platform/errors/validation-failed.error';
import { etagOf } from '../platform/http/etag';

export const HONOURS_IF_MATCH = 'shiji:honoursIfMatch';

/**
 * The route changes the resource a read answered with an ETag, and passes
 * `{ expectedRevision: context.expectedRevision }` to the repository for that
 * resource's stream: If-Match then decides whether anything is appended.
 */
export const HonoursIfMatch = (): MethodDecorator => applyDecorators(SetMetadata(HONOURS_IF_MATCH, true), ApiIfMatch());

/**
 * The stream revision an If-Match names: undefined without one (or with `*`,
 * which any existing resource matches). Only a route that honours it may be
 * sent one: elsewhere the condition could not be kept, so it is refused.
 */
export function expectedRevisionOf(request: FastifyRequest, honoured: boolean): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  if (!honoured) {
    throw new ValidationFailedError({ zh: '此操作不支持 If-Match', en: 'This change does not take If-Match' });
  }
  // "-1": a resource whose stream has no event yet (the default policy).
  const match = /^\s*"(-1|\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new ValidationFailedError({ zh: 'If-Match 须为读取该资源时得到的 ETag，如 "3"', en: 'If-Match must be the ETag the resource was read with, e.g. "3"' });
  }
  return Number(match[1]);
}

/** 412: the resource changed since the client read it; nothing was appended. */
export function revisionMismatch(currentRevision: number): ProblemError {
  return new ProblemError({
    ...PROBLEMS.PRECONDITION_FAILED,
    detail: { zh: '资源在您读取之后已被修改，请重新读取后再操作', en: 'The resource changed after you read it; read it again, then retry' },
    extensions: { etag: etagOf(currentRevision) },
    headers: { ETag: etagOf(currentRevision) },
  });
}
