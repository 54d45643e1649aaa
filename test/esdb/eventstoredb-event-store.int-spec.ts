import { EventStoreDBClient, type JSONRecordedEvent } from '@eventstore/db-client';
import { EventStoreDbEventStore } from '@shiji/event-store';
import { anEvent, uniqueStreamId } from '../contract/support/events';
import { EventStoreDbDouble } from './double';

/** What the contract cannot see: how events sit in EventStoreDB, system events, liveness. */
describe('EventStoreDB adapter specifics', () => {
  let double: EventStoreDbDouble;
  let store: EventStoreDbEventStore;

  beforeEach(async () => {
    double = await EventStoreDbDouble.start();
    store = new EventStoreDbEventStore(double.connectionString);
  });

  afterEach(async () => {
    await store.close();
    await double.stop();
  });

  it('stores data as the JSON body and metadata as JSON metadata carrying the schema version', async () => {
    const streamId = uniqueStreamId('envelope');
    const event = { ...anEvent('ServiceRecorded'), version: 3 };
    await store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });

    const client = EventStoreDBClient.connectionString(double.connectionString);
    const raw: JSONRecordedEvent[] = [];
    for await (const resolved of client.readStream(streamId)) raw.push(resolved.event as JSONRecordedEvent);
    await client.dispose();

    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({ id: event.eventId, type: 'ServiceRecorded', isJson: true, data: event.data, metadata: { ...event.metadata, schemaVersion: 3 } });
    expect((await store.readStream(streamId))[0]).toMatchObject({ version: 3, metadata: event.metadata });
  });

  it('never shows system events: an empty store has head 0 and an empty log', async () => {
    expect(double.log.length).toBe(1);
    expect(await store.headPosition()).toBe(0);
    expect(await store.readAll()).toEqual([]);

    const { position } = await store.appendToStream(uniqueStreamId('first'), [anEvent()], { expectedRevision: 'any' });
    expect(await store.headPosition()).toBe(position);
    expect((await store.readAll()).map((event) => event.position)).toEqual([position]);
  });

  it('reads an empty list for an event-type or stream-prefix filter that names nothing', async () => {
    await store.appendToStream(uniqueStreamId('filtered'), [anEvent()], { expectedRevision: 'any' });
    expect(await store.readAll({ filter: { eventTypes: [] } })).toEqual([]);
    expect(await store.readAll({ filter: { streamPrefixes: [] } })).toEqual([]);
  });

  it('rejects appends the port does not allow before reaching the server', async () => {
    const streamId = uniqueStreamId('invalid');
    const event = anEvent();
    await expect(store.appendToStream(streamId, [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(RangeError);
    await expect(store.appendToStream(streamId, [event, event], { expectedRevision: 'any' })).rejects.toBeInstanceOf(RangeError);
    await expect(store.appendToStream(streamId, [{ ...event, eventId: 'not-a-uuid' }], { expectedRevision: 'any' })).rejects.toBeInstanceOf(TypeError);
    expect(double.log.length).toBe(1);
  });

  it('answers ping while the server is up and fails it once the server is gone', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await double.stop();
    await expect(store.ping()).rejects.toThrow();
  });
});
