import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  eventTypeFilter,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { EventStoreDbDouble } from './double';

/** The real client against the double: proves the double speaks the protocol the client expects. */
describe('EventStoreDB test double, driven by @eventstore/db-client', () => {
  let double: EventStoreDbDouble;
  let client: EventStoreDBClient;

  beforeEach(async () => {
    double = await EventStoreDbDouble.start();
    client = EventStoreDBClient.connectionString(double.connectionString);
  });

  afterEach(async () => {
    await client.dispose();
    await double.stop();
  });

  const event = (type: string, data: Record<string, unknown> = {}) => jsonEvent({ id: randomUUID(), type, data, metadata: { by: 'test' } });

  async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
    const items: T[] = [];
    for await (const item of iterable) items.push(item);
    return items;
  }

  it('appends with expected revisions and reads the stream both ways', async () => {
    const first = await client.appendToStream('account-1', [event('Opened'), event('Credited', { minutes: 30 })], { expectedRevision: NO_STREAM });
    expect(first.success).toBe(true);
    expect(first.nextExpectedRevision).toBe(1n);
    expect(first.position?.commit).toBe(first.position?.prepare);
    await client.appendToStream('account-1', event('Debited'), { expectedRevision: 1n });

    const forwards = await collect(client.readStream('account-1'));
    expect(forwards.map((resolved) => [resolved.event?.type, resolved.event?.revision])).toEqual([['Opened', 0n], ['Credited', 1n], ['Debited', 2n]]);
    expect(forwards[1].event).toMatchObject({ data: { minutes: 30 }, metadata: { by: 'test' }, isJson: true, streamId: 'account-1' });
    expect(forwards[1].event?.position?.commit).toBe(first.position?.commit);
    expect(Math.abs((forwards[0].event?.created.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);

    const backwards = await collect(client.readStream('account-1', { direction: BACKWARDS, fromRevision: END, maxCount: 2 }));
    expect(backwards.map((resolved) => resolved.event?.revision)).toEqual([2n, 1n]);
  });

  it('rejects a wrong expected revision with the actual one', async () => {
    await client.appendToStream('account-2', event('Opened'), { expectedRevision: NO_STREAM });
    await expect(client.appendToStream('account-2', event('Credited'), { expectedRevision: NO_STREAM })).rejects.toMatchObject({
      constructor: WrongExpectedVersionError,
      actualVersion: 0n,
      expectedVersion: 'no_stream',
    });
    await expect(client.appendToStream('missing', event('Credited'), { expectedRevision: STREAM_EXISTS })).rejects.toMatchObject({
      actualVersion: 'no_stream',
      expectedVersion: 'stream_exists',
    });
    await expect(client.appendToStream('account-2', event('Credited'), { expectedRevision: 5n })).rejects.toBeInstanceOf(WrongExpectedVersionError);
  });

  it('answers a repeated append of the same event ids with the original revision and no position', async () => {
    const events = [event('Opened'), event('Credited')];
    await client.appendToStream('account-3', events, { expectedRevision: NO_STREAM });
    await client.appendToStream('account-3', event('Debited'), { expectedRevision: 1n });
    const repeat = await client.appendToStream('account-3', events, { expectedRevision: NO_STREAM });
    expect(repeat).toEqual({ success: true, nextExpectedRevision: 1n, position: undefined });
    expect(await collect(client.readStream('account-3'))).toHaveLength(3);
  });

  it('reports a missing stream', async () => {
    await expect(collect(client.readStream('nowhere'))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('reads $all forwards from an inclusive position and backwards from the end, system records included', async () => {
    await client.appendToStream('a-1', [event('One'), event('Two')]);
    await client.appendToStream('b-1', event('Three'));
    const all = await collect(client.readAll());
    expect(all.map((resolved) => resolved.event?.type)).toEqual(['$epoch-information', 'One', 'Two', 'Three']);
    const positions = all.map((resolved) => resolved.event?.position?.commit ?? -1n);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(all.map((resolved) => resolved.commitPosition)).toEqual(positions);

    const fromTwo = await collect(client.readAll({ fromPosition: all[2].event?.position as Position }));
    expect(fromTwo.map((resolved) => resolved.event?.type)).toEqual(['Two', 'Three']);
    const lastTwo = await collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 2 }));
    expect(lastTwo.map((resolved) => resolved.event?.type)).toEqual(['Three', 'Two']);
  });

  it('serves a filtered catch-up subscription: confirmation, history, caught up, checkpoints, then live events', async () => {
    await client.appendToStream('account-1', [event('Opened'), event('Ignored'), event('Credited')]);
    const checkpoints: Position[] = [];
    const subscription = client.subscribeToAll({
      filter: eventTypeFilter({ prefixes: ['Opened', 'Credited'], maxSearchWindow: 1, checkpointInterval: 1, checkpointReached: (_s, position) => void checkpoints.push(position) }),
    });
    const received: string[] = [];
    const caughtUp = new Promise<void>((resolve) => subscription.once('caughtUp', resolve));
    const confirmed = new Promise<void>((resolve) => subscription.once('confirmation', resolve));
    const firstFour = (async () => {
      for await (const resolved of subscription) {
        received.push(resolved.event?.type ?? '');
        if (received.length === 3) break;
      }
    })();
    await confirmed;
    await caughtUp;
    await client.appendToStream('account-1', [event('Ignored'), event('Credited')]);
    await firstFour;
    expect(received).toEqual(['Opened', 'Credited', 'Credited']);
    expect(checkpoints.length).toBeGreaterThanOrEqual(4);
  });

  it('filters subscriptions on stream-name prefixes and starts strictly after a given position', async () => {
    await client.appendToStream('account-1', event('Opened'));
    const second = await client.appendToStream('account-2', event('Opened'));
    await client.appendToStream('other-1', event('Opened'));
    await client.appendToStream('account-3', event('Opened'));
    const subscription = client.subscribeToAll({ fromPosition: second.position as Position, filter: streamNameFilter({ prefixes: ['account-'] }) });
    const seen: string[] = [];
    for await (const resolved of subscription as AsyncIterable<AllStreamResolvedEvent>) {
      seen.push(resolved.event?.streamId ?? '');
      break;
    }
    await subscription.unsubscribe();
    expect(seen).toEqual(['account-3']);
  });

  it('can drop a live subscription, which the client sees as an error', async () => {
    await client.appendToStream('account-1', event('Opened'));
    const subscription = client.subscribeToAll();
    const failed = new Promise<Error>((resolve) => subscription.once('error', resolve));
    const received: ResolvedEvent[] = [];
    subscription.on('data', (resolved: ResolvedEvent) => received.push(resolved));
    await new Promise<void>((resolve) => subscription.once('caughtUp', resolve));
    expect(double.dropSubscriptions()).toBe(1);
    expect((await failed).message).toMatch(/dropped/);
    expect(received).toHaveLength(2);
  });
});
