import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { ProjectionProgress } from '@shiji/projections';
import type { FastifyRequest } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import { ProblemError } from '../platform/errors/problem.error';
import { minPositionOf } from '../platform/http/min-position';
import { StreamHeads } from '../write-side/stream-heads';
import { PROJECTION_PROGRESS } from './projection-progress.provider';

/** The longest a query waits for projections before answering 503. */
export const MAX_WAIT_MS = 5000;

/**
 * Read-your-writes: a query carrying `X-Min-Position: <position from a write>`
 * waits until every projection has applied that position, at most 5 s.
 * The position then counts as known to exist, so no view read before it is
 * served from memory (it may come from another instance whose append this
 * one's watch has not read yet).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    private readonly heads: StreamHeads,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const position = minPositionOf(context.switchToHttp().getRequest<FastifyRequest>());
    if (position === undefined) return next.handle();
    if (position === null) {
      throw new ProblemError({
        code: 'VALIDATION_FAILED',
        status: 400,
        title: { zh: 'X-Min-Position 须为非负整数', en: 'X-Min-Position must be a non-negative integer' },
      });
    }
    return from(this.progress.waitFor(position, MAX_WAIT_MS)).pipe(
      switchMap((reached) => {
        if (!reached) {
          throw new ProblemError({
            code: 'PROJECTION_LAGGING',
            status: 503,
            title: { zh: '数据尚未更新到所需位置，请稍后重试', en: 'The views have not reached that position yet; retry shortly' },
            extensions: { minPosition: position },
            headers: { 'Retry-After': '1' },
          });
        }
        this.heads.noteExisting(position);
        return next.handle();
      }),
    );
  }
}
