import { WrongExpectedRevisionError, type EventStore } from '@shiji/event-store';
import type { Metrics } from './metrics';

/**
 * Times every append of `store` and counts its conflicts, in place: the
 * store stays the same object (callers test `instanceof PostgresEventStore`
 * to know whether hash chains exist).
 */
export function meterAppends<S extends EventStore>(store: S, metrics: Metrics): S {
  const append = store.appendToStream.bind(store);
  store.appendToStream = async (streamId, events, options) => {
    const stop = metrics.appendDuration.startTimer();
    try {
      const result = await append(streamId, events, options);
      stop({ outcome: 'appended' });
      return result;
    } catch (error) {
      const conflict = error instanceof WrongExpectedRevisionError;
      stop({ outcome: conflict ? 'conflict' : 'failed' });
      if (conflict) metrics.appendConflicts.inc();
      throw error;
    }
  };
  return store;
}
