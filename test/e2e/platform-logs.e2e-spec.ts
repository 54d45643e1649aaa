import request from 'supertest';
import { createTestApp } from '../support/app';
import { ProbeModule } from './platform-probe.module';

describe('platform logs', () => {
  it('logs each request with its id, and never a credential or a body', async () => {
    const lines: string[] = [];
    const testApp = await createTestApp({ imports: [ProbeModule], env: { LOG_LEVEL: 'info' }, logDestination: { write: (line: string) => void lines.push(line) } });
    const token = testApp.token();
    try {
      await request(testApp.server).post('/probe').auth(token, { type: 'bearer' }).set('cookie', 'session=cookie-value').set('x-request-id', 'req-log-1').send({ name: 'body-value', minutes: 5 }).expect(201);
      await request(testApp.server).get('/probe/crash').auth(token, { type: 'bearer' }).set('x-request-id', 'req-log-2').expect(500);
    } finally {
      await testApp.close();
    }
    const entries = lines.map((line) => JSON.parse(line) as { msg: string; req?: { id: string }; requestId?: string; err?: { message: string } });
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'request completed', req: expect.objectContaining({ id: 'req-log-1', url: '/probe' }) }));
    // The cause of a 500 is in the log (not in the response), under the request's id.
    expect(entries).toContainEqual(expect.objectContaining({ requestId: 'req-log-2', err: expect.objectContaining({ message: expect.stringContaining('leaked') }) }));
    const log = lines.join('');
    expect(log).not.toContain(token.split('.')[2]);
    expect(log).not.toMatch(/Bearer|cookie-value|body-value/);
  });
});
