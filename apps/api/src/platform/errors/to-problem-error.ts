import { HttpException } from '@nestjs/common';
import { DomainError } from '@shiji/domain';
import { IdempotencyMismatchError, isStoreUnavailable, WrongExpectedRevisionError } from '@shiji/event-store';
import { problemForDomainError } from './domain-problems';
import type { Bilingual } from './bilingual';
import { FASTIFY_ERROR_DETAILS } from './http-error-details';
import { PROBLEMS, problemKindForStatus } from './problem-catalog';
import { ProblemError } from './problem.error';

export interface MappedError {
  problem: ProblemError;
  /** A fault of ours: logged with its stack, answered without its message. */
  unexpected: boolean;
}

/** Long enough for a pool to reconnect after a restart or a terminated connection. */
const DATABASE_RETRY_AFTER_SECONDS = 2;

/** Maps anything thrown while serving a request to the problem answered for it. */
export function toProblemError(exception: unknown): MappedError {
  if (exception instanceof ProblemError) return { problem: exception, unexpected: exception.status >= 500 && exception.status !== 503 };
  if (exception instanceof DomainError) return { problem: problemForDomainError(exception), unexpected: false };
  if (exception instanceof WrongExpectedRevisionError) return { problem: new ProblemError(PROBLEMS.CONFLICT), unexpected: false };
  if (exception instanceof IdempotencyMismatchError) return { problem: new ProblemError(PROBLEMS.IDEMPOTENCY_KEY_REUSED), unexpected: false };
  // Nothing the client sent is wrong: the same request may well succeed in a moment.
  if (isStoreUnavailable(exception)) return { problem: new ProblemError({ ...PROBLEMS.DATABASE_UNAVAILABLE, headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } }), unexpected: false };
  // A problem of ours raised where Fastify, not a route, runs (a body parser): Nest hands it over wrapped.
  if (exception instanceof HttpException && exception.cause instanceof ProblemError) return toProblemError(exception.cause);
  if (exception instanceof HttpException) return fromStatus(exception.getStatus(), exception.message, fastifyCode(exception.cause));
  // Errors carrying a 4xx statusCode that Nest did not wrap (a Fastify or
  // http-errors error raised outside a route) are still the client's.
  const status = statusCodeOf(exception);
  if (status !== undefined && status >= 400 && status < 500) {
    return fromStatus(status, exception instanceof Error ? exception.message : '', fastifyCode(exception));
  }
  return { problem: new ProblemError(PROBLEMS.INTERNAL_ERROR), unexpected: true };
}

function fromStatus(status: number, message: string, fastifyErrorCode: string | undefined): MappedError {
  if (status >= 500) {
    const unavailable = status === 503;
    return { problem: new ProblemError(unavailable ? PROBLEMS.SERVICE_UNAVAILABLE : PROBLEMS.INTERNAL_ERROR), unexpected: !unavailable };
  }
  const kind = problemKindForStatus(status);
  const known = fastifyErrorCode === undefined ? undefined : FASTIFY_ERROR_DETAILS[fastifyErrorCode];
  const detail: Bilingual = known ?? { zh: kind.title.zh, en: message || kind.title.en };
  return { problem: new ProblemError({ ...kind, detail }), unexpected: false };
}

function fastifyCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function statusCodeOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}
