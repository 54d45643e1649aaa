import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canonicalJson } from '@shiji/event-store';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { actorOf } from '../../platform/auth/actor-request';
import { PROBLEMS } from '../../platform/errors/problem-catalog';
import { ProblemError } from '../../platform/errors/problem.error';
import { HOLDS_SECRETS } from './holds-secrets.decorator';
import { idempotencyKeyOf, isValidIdempotencyKey } from './idempotency-key';
import { IdempotencyStore, TAKE_OVER_AFTER_SECONDS } from './idempotency.store';
import { markIdempotent, type IdempotentRequest } from './idempotent-request';

/** Past this, a pending claim is taken over (see TAKE_OVER_AFTER_SECONDS); waiting longer means the database is unwell. */
const WAIT_FOR_FIRST_MS = (TAKE_OVER_AFTER_SECONDS + 2) * 1000;

/**
 * Idempotency-Key on a write: the same key and body return the first
 * response and append nothing more; the same key with another body is 422.
 * Command handlers derive their ids from the key too (CommandContext), so even
 * two copies racing past this check append the events once.
 *
 * A duplicate of a request still being served waits for its answer. A
 * request that can no longer answer (its process died after appending, or
 * it failed between two appends) is taken over by its retry, whose command
 * context then looks for the events already stored and answers with them:
 * the same key gets the same answer, crash or not.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  /** Claims this process is serving now; a pending claim of ours not in here lost its request. */
  private readonly serving = new Set<string>();

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
    const fingerprint = createHash('sha256').update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`).digest('hex');
    const serving = `${scope}\n${key}`;

    let takenOver: boolean;
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const claim = await this.store.claim(scope, key, fingerprint);
      if (claim.kind === 'mismatch') throw new ProblemError(PROBLEMS.IDEMPOTENCY_KEY_REUSED);
      if (claim.kind === 'replay') {
        // The route's own status code applies, as it did the first time.
        reply.header('Idempotent-Replayed', 'true');
        return claim.response;
      }
      if (claim.kind === 'claimed') {
        takenOver = claim.takenOver;
        break;
      }
      if (claim.owner === this.store.instanceId && !this.serving.has(serving) && (await this.store.takeOverOwn(scope, key, fingerprint))) {
        takenOver = true;
        break;
      }
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

    const state: IdempotentRequest = { takenOver, appended: false };
    markIdempotent(request, state);
    this.serving.add(serving);
    let response: unknown;
    try {
      response = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      // Nothing appended: the key is free again. Something appended: a retry must find it.
      await (state.appended ? this.store.fail(scope, key) : this.store.release(scope, key)).catch(() => undefined);
      throw error;
    } finally {
      this.serving.delete(serving);
    }
    // Should this fail (the database lost just now), the claim stays pending and the retry takes it over.
    await this.store.complete(scope, key, response);
    return response;
  }
}

