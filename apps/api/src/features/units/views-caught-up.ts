import type { EventStore } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import { PROBLEMS } from '../../platform/errors/problem-catalog';
import { ProblemError } from '../../platform/errors/problem.error';

const CATCH_UP_MS = 10_000;

/** Waits until the views hold everything committed, for work that counts from them; 503 when they cannot within 10 s. */
export async function requireViewsCaughtUp(progress: ProjectionProgress, store: EventStore): Promise<void> {
  if (await progress.waitFor(await store.lastCommittedPosition(), CATCH_UP_MS)) return;
  throw new ProblemError({ ...PROBLEMS.SERVICE_UNAVAILABLE, detail: { zh: '读模型尚未追上日志，请稍后重试', en: 'The views have not caught up with the log yet; retry shortly' } });
}
