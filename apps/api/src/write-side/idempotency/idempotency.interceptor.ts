import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { actorOf } from '../../platform/auth/actor-request';
import { PROBLEMS } from '../../platform/errors/problem-catalog';
import { ProblemError } from '../../platform/errors/problem.error';
import { idempotencyKeyOf, isValidIdempotencyKey } from './idempotency-key';
import { HOLDS_SECRETS } from './holds-secrets.decorator';
import { IdempotencyStore } from './idempotency.store';

/** How long a duplicate waits for the first request with its key to finish. */
const WAIT_FOR_FIRST_MS = 15_000;

/**
 * Idempotency-Key on a write: the same key and body return the first
 * response and append nothing more; the same key with another body is 422.
 * Command handlers derive their ids from the key too (CommandContext), so even
 * two copies racing past this check append the events once.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const key = idempotencyKeyOf(request);
    if (key === undefined || request.method === 'GET' || request.method === 'HEAD') return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(HOLDS_SECRETS, [context.getHandler(), context.getClass()])) return next.handle();
    return from(this.handle(request, http.getResponse<FastifyReply>(), key, next));
  }

  private async handle(request: FastifyRequest, reply: FastifyReply, key: string, next: CallHandler): Promise<unknown> {
    if (!isValidIdempotencyKey(key)) {
      throw new ProblemError({
        code: 'VALIDATION_FAILED',
        status: 400,
        title: { zh: 'Idempotency-Key 无效', en: 'Invalid Idempotency-Key' },
        detail: { zh: 'Idempotency-Key 须为1至255个可打印ASCII字符', en: 'Idempotency-Key must be 1 to 255 printable ASCII characters' },
      });
    }
    const scope = actorOf(request)?.id ?? 'anonymous';
    const fingerprint = createHash('sha256').update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`).digest('hex');

    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const claim = await this.store.claim(scope, key, fingerprint);
      if (claim.kind === 'mismatch') {
        throw new ProblemError(PROBLEMS.IDEMPOTENCY_KEY_REUSED);
      }
      if (claim.kind === 'replay') {
        // The route's own status code applies, as it did the first time.
        reply.header('Idempotent-Replayed', 'true');
        return claim.response;
      }
      if (claim.kind === 'claimed') break;
      if (Date.now() > deadline) {
        throw new ProblemError({
          code: 'CONFLICT',
          status: 409,
          title: { zh: '相同 Idempotency-Key 的请求仍在处理中', en: 'A request with this Idempotency-Key is still in progress' },
          headers: { 'Retry-After': '1' },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }

    try {
      const response = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.store.complete(scope, key, response);
      return response;
    } catch (error) {
      await this.store.release(scope, key);
      throw error;
    }
  }
}

/** JSON with object keys sorted, so the same body always has the same fingerprint. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
