import { EVENT_STORE, type StoredEvent } from '@shiji/event-store';
import request from 'supertest';
import { EventStoreDbDouble } from '../esdb/double';
import { createTestApp, type TestApp } from '../support/app';

/** EVENTSTORE_CONNECTION_STRING switches the log to EventStoreDB (here the in-process double). */
describe('platform on EventStoreDB', () => {
  let double: EventStoreDbDouble;
  let testApp: TestApp;

  beforeAll(async () => {
    double = await EventStoreDbDouble.start();
    testApp = await createTestApp({ env: { EVENTSTORE_CONNECTION_STRING: double.connectionString } });
  });

  afterAll(async () => {
    await testApp?.close();
    await double?.stop();
  });

  it('answers the audit reads from the service\'s own database, whose events table the EventStoreDB log leaves empty', async () => {
    const bearer = `Bearer ${testApp.token()}`;
    const get = (path: string) => request(testApp.server).get(path).set('Authorization', bearer).expect(200);
    await request(testApp.server).post('/v1/communities').set('Authorization', bearer).send({ communityId: 'c-esdb', name: '东湖社区' }).expect(201);
    expect((await testApp.app.get(EVENT_STORE).readStream('community-c-esdb')).map((event: StoredEvent) => event.type)).toEqual(['CommunityRegistered']);
    expect((await get('/v1/audit/events')).body).toEqual({ items: [], nextCursor: null });
    expect((await get('/v1/audit/streams/community-c-esdb')).body).toEqual({ streamId: 'community-c-esdb', items: [], nextRevision: null });
  });

  it('reports the EventStoreDB log up, then down once it is gone', async () => {
    const up = await request(testApp.server).get('/health').expect(200);
    expect(up.body).toMatchObject({ status: 'up', database: { status: 'up' }, eventStore: { status: 'up' } });
    await double.stop();
    const down = await request(testApp.server).get('/health').expect(503);
    expect(down.body).toMatchObject({ status: 'down', database: { status: 'up' }, eventStore: { status: 'down' } });
  });
});
