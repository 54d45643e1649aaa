import type { EventStore } from '@shiji/event-store';
import { describeAppending } from './event-store/appending.contract';
import { describeReading } from './event-store/reading.contract';
import { describeSubscribing } from './event-store/subscribing.contract';

export interface EventStoreUnderTest {
  store: EventStore;
  cleanup(): Promise<void>;
}

/**
 * What every EventStore adapter must do, stated through the port only. The
 * factory may hand every suite the same store: tests use their own streams
 * (random ids) and event types, and read the global log through a
 * stream-prefix filter or from a head they noted themselves.
 */
export function describeEventStoreContract(name: string, factory: () => Promise<EventStoreUnderTest>): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: EventStoreUnderTest | undefined;

    beforeAll(async () => {
      subject = await factory();
    });

    afterAll(async () => {
      await subject?.cleanup();
    });

    const store = (): EventStore => {
      if (!subject) throw new Error('the event store factory failed');
      return subject.store;
    };

    describeAppending(store);
    describeReading(store);
    describeSubscribing(store);
  });
}
