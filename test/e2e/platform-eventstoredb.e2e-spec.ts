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

  it('reports the EventStoreDB log up, then down once it is gone', async () => {
    const up = await request(testApp.server).get('/health').expect(200);
    expect(up.body).toMatchObject({ status: 'up', database: { status: 'up' }, eventStore: { status: 'up' } });
    await double.stop();
    const down = await request(testApp.server).get('/health').expect(503);
    expect(down.body).toMatchObject({ status: 'down', database: { status: 'up' }, eventStore: { status: 'down' } });
  });
});
