import type { StoredEvent } from '../event-store.port';
import { ChangeSignal } from './change-signal';
import type { LogBatch } from './log-reader';
import { PostgresSubscription, type SubscriptionSettings } from './postgres-subscription';

const settings: SubscriptionSettings = { after: 0, filter: undefined, batchSize: 2, pollIntervalMs: 10_000, retries: 3, retryDelayMs: 1 };

const metadata = { occurredAt: '2026-01-01T00:00:00.000Z', actor: { id: 'a', role: 'staff' }, commandId: 'c', correlationId: 'c', causationId: 'c' };

function event(position: number): StoredEvent {
  return { streamId: 's', revision: position - 1, position, eventId: `e${position}`, type: 'T', version: 1, data: {}, metadata, recordedAt: new Date(0) };
}

/** A log of `size` events read in batches, recording each read. */
function log(size: number) {
  const reads: number[] = [];
  const readBatch = async (after: number, limit: number): Promise<LogBatch> => {
    reads.push(after);
    const events = Array.from({ length: Math.max(0, Math.min(limit, size - after)) }, (_, index) => event(after + index + 1));
    return { events, visibleHead: Math.max(after, size) };
  };
  return { reads, readBatch };
}

describe('PostgresSubscription catching up', () => {
  it('reads the next batch while the handler is still busy with this one', async () => {
    const { reads, readBatch } = log(6);
    const handled: number[][] = [];
    const handler = async (events: StoredEvent[]) => {
      // The handler of a full batch waits until the read after it has started: without read-ahead, it would wait forever.
      const next = events[events.length - 1].position;
      if (events.length === settings.batchSize) while (!reads.includes(next)) await new Promise((resolve) => setTimeout(resolve, 1));
      handled.push(events.map((stored) => stored.position));
      if (next === 6) void subscription.stop();
    };
    // The handler first runs after the first read resolves, by when `subscription` is assigned.
    const subscription = new PostgresSubscription(readBatch, new ChangeSignal(), handler, settings);
    await subscription.done;

    expect(handled).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it('retries a read-ahead that failed, and hands every event over once, in order', async () => {
    const { readBatch } = log(6);
    let failNext = true;
    const flaky = async (after: number, limit: number): Promise<LogBatch> => {
      if (after === 2 && failNext) {
        failNext = false;
        throw Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
      }
      return readBatch(after, limit);
    };
    const handled: number[] = [];
    const handler = async (events: StoredEvent[]) => {
      handled.push(...events.map((stored) => stored.position));
      if (handled.at(-1) === 6) void subscription.stop();
    };
    const subscription = new PostgresSubscription(flaky, new ChangeSignal(), handler, settings);
    await subscription.done;

    expect(failNext).toBe(false);
    expect(handled).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('fails when the handler fails, even with a read under way', async () => {
    const { readBatch } = log(6);
    const subscription = new PostgresSubscription(readBatch, new ChangeSignal(), () => Promise.reject(new Error('projection broke')), settings);

    await expect(subscription.done).rejects.toThrow('projection broke');
  });
});
