import { ALL_PROJECTIONS } from '@shiji/projections';

/**
 * The size of a pool shared by `runnersPerProjection` runners per projection,
 * as these suites start them: each runner holds a connection for its lock
 * (a standby waits for it on one), and the appends, replays and checks around
 * them need a few more. A pool any smaller leaves the last runners waiting in
 * start() for a connection that never comes back.
 */
export function runnerPoolSize(runnersPerProjection = 1): number {
  return ALL_PROJECTIONS.length * runnersPerProjection + 6;
}

export const RUNNER_POOL_SIZE = runnerPoolSize();
