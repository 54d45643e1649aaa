import type { BatchHandler, EventStore, StoredEvent, Subscription } from '@shiji/event-store';
import { StreamHeads } from './stream-heads';

/** Just enough of a store for the watch: a head position and subscriptions the test feeds or fails by hand. */
class LogFeed {
  head = 0;
  readonly subscriptions: Array<{ after: number; handler: BatchHandler; fail: (error: Error) => void }> = [];

  store(): EventStore {
    return {
      headPosition: () => Promise.resolve(this.head),
      subscribeToAll: ({ after }: { after: number }, handler: BatchHandler): Subscription => {
        let fail: (error: Error) => void = () => undefined;
        let stop: () => void = () => undefined;
        const done = new Promise<void>((resolve, reject) => {
          fail = reject;
          stop = resolve;
        });
        this.subscriptions.push({ after, handler, fail });
        return { done, stop: () => Promise.resolve(stop()) };
      },
    } as unknown as EventStore;
  }

  async deliver(streamId: string, revision: number): Promise<void> {
    this.head += 1;
    const event = { streamId, revision, position: this.head } as StoredEvent;
    await this.subscriptions.at(-1)?.handler([event]);
  }
}

describe('StreamHeads', () => {
  let feed: LogFeed;
  let heads: StreamHeads;

  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    feed = new LogFeed();
    feed.head = 41;
    heads = new StreamHeads(feed.store(), { cachedReferenceReads: true, cachedAccountReads: true });
    await heads.onApplicationBootstrap();
  });

  afterEach(async () => {
    await heads.onModuleDestroy();
    jest.useRealTimers();
  });

  it('watches the log from its head at start', () => {
    expect(feed.subscriptions).toHaveLength(1);
    expect(feed.subscriptions[0].after).toBe(41);
  });

  it('trusts a watched stream until an event past the cached revision is seen', async () => {
    expect(heads.isCurrent('account-1', 3)).toBe(false);
    heads.watch('account-1');
    expect(heads.isCurrent('account-1', 3)).toBe(true);
    await feed.deliver('account-1', 3);
    expect(heads.isCurrent('account-1', 3)).toBe(true);
    await feed.deliver('account-1', 4);
    expect(heads.isCurrent('account-1', 3)).toBe(false);
    expect(heads.isCurrent('account-1', 4)).toBe(true);
  });

  it('notes events of a stream being read before its state is cached, so a read racing an append is not trusted', async () => {
    heads.watch('staff-wang');
    await feed.deliver('staff-wang', 2); // committed while the read (which returned revision 1) was in flight
    expect(heads.isCurrent('staff-wang', 1)).toBe(false);
  });

  it('never trusts a stream it stopped watching, nor one it never watched', async () => {
    await feed.deliver('volunteer-1', 0);
    expect(heads.isCurrent('volunteer-1', 0)).toBe(false);
    heads.watch('volunteer-2');
    heads.forget('volunteer-2');
    expect(heads.isCurrent('volunteer-2', 0)).toBe(false);
  });

  it('watches nothing and trusts nothing when switched off', async () => {
    const off = new StreamHeads(feed.store(), { cachedReferenceReads: false, cachedAccountReads: false });
    await off.onApplicationBootstrap();
    off.watch('account-1');
    expect(off.isCurrent('account-1', 0)).toBe(false);
    expect(feed.subscriptions).toHaveLength(1);
    await off.onModuleDestroy();
  });

  it('trusts nothing while the watch is down, and starts over from the head when it is back', async () => {
    heads.watch('account-1');
    feed.subscriptions[0].fail(new Error('connection lost'));
    await Promise.resolve();
    await Promise.resolve();
    expect(heads.isCurrent('account-1', 0)).toBe(false);

    feed.head = 50;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(feed.subscriptions).toHaveLength(2);
    expect(feed.subscriptions[1].after).toBe(50);
    // Whatever was cached before may have missed events while nobody watched: it must be read again.
    expect(heads.isCurrent('account-1', 0)).toBe(false);
    heads.watch('account-1');
    expect(heads.isCurrent('account-1', 0)).toBe(true);
  });

  describe('the newest position known to exist', () => {
    it('holds nothing after the head it started from, until the watch sees a newer event', async () => {
      expect(heads.nothingAfter(41)).toBe(true);
      expect(heads.nothingAfter(40)).toBe(false);
      await feed.deliver('account-1', 0); // position 42
      expect(heads.nothingAfter(41)).toBe(false);
      expect(heads.nothingAfter(42)).toBe(true);
    });

    it('counts the newest event of a batch, and events of streams nobody watches', async () => {
      await feed.subscriptions[0].handler([
        { streamId: 'policy-street', revision: 0, position: 42 },
        { streamId: 'account-9', revision: 0, position: 43 },
      ] as StoredEvent[]);
      expect(heads.nothingAfter(42)).toBe(false);
      expect(heads.nothingAfter(43)).toBe(true);
    });

    it('learns positions other than from the watch (an append here, a position a client waited for), and never goes back', () => {
      heads.noteExisting(45);
      expect(heads.nothingAfter(44)).toBe(false);
      expect(heads.nothingAfter(45)).toBe(true);
      heads.noteExisting(43);
      expect(heads.nothingAfter(44)).toBe(false);
    });

    it('vouches for nothing while the watch is down, and starts from the head it finds when back', async () => {
      feed.subscriptions[0].fail(new Error('connection lost'));
      await Promise.resolve();
      await Promise.resolve();
      expect(heads.nothingAfter(41)).toBe(false);

      feed.head = 50; // appended while nothing watched
      await jest.advanceTimersByTimeAsync(1_000);
      expect(heads.nothingAfter(41)).toBe(false);
      expect(heads.nothingAfter(50)).toBe(true);
    });

    it('keeps watching for views when only reference reads are switched off, without trusting any stream', async () => {
      const viewsOnly = new StreamHeads(feed.store(), { cachedReferenceReads: false, cachedAccountReads: true });
      await viewsOnly.onApplicationBootstrap();
      expect(feed.subscriptions).toHaveLength(2);
      viewsOnly.watch('account-1');
      expect(viewsOnly.isCurrent('account-1', 0)).toBe(false);
      expect(viewsOnly.nothingAfter(41)).toBe(true);
      await viewsOnly.onModuleDestroy();
    });

    it('vouches for nothing when both caches are switched off', async () => {
      const off = new StreamHeads(feed.store(), { cachedReferenceReads: false, cachedAccountReads: false });
      await off.onApplicationBootstrap();
      expect(off.nothingAfter(Number.MAX_SAFE_INTEGER)).toBe(false);
      await off.onModuleDestroy();
    });
  });
});
