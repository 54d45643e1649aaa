import { randomUUID } from 'node:crypto';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventToAppend } from '@shiji/event-store';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../apps/api/src/platform/database/database-pool';
import { startTestApi, type TestApi } from '../support/api';

/** Text that COPY's formats would mangle if the export leaned on them: quotes, backslashes, line breaks, control characters. */
const AWKWARD = ['"quoted"', 'back\\slash \\n \\u0000', 'line\nbreak\r\n', 'tab\there', '\u0001\u0002\u001f', '中文 / 🚀', "it's", ','];

function event(type: string, index: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type,
    version: 1,
    data: { index, note: AWKWARD[index % AWKWARD.length], nested: { list: AWKWARD } },
    metadata: { occurredAt: new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString(), actor: { id: 'seed', role: 'staff' }, communityId: 'c1', commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID() },
  };
}

function ndjsonOf(response: { body: unknown }): unknown[] {
  return String(response.body)
    .trimEnd()
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}

describe('NDJSON export: exact lines, hostile filters, clients that leave', () => {
  let api: TestApi;
  let pool: Pool;

  beforeAll(async () => {
    api = await startTestApi();
    pool = api.app.app.get<Pool>(DATABASE_POOL);
    await api.store.appendToStream('awkward-1', AWKWARD.map((_, index) => event('AwkwardProbe', index)), { expectedRevision: 'no_stream' });
    for (let batch = 0; batch < 20; batch += 1) {
      await api.store.appendToStream(`bulk-${batch}`, Array.from({ length: 1_000 }, (_, index) => event('BulkProbe', index)), { expectedRevision: 'no_stream' });
    }
    await api.app.app.listen(0, '127.0.0.1');
  }, 120_000);

  afterAll(() => api.close());

  const exportText = (path: string) =>
    api
      .as('auditor')
      .get(path)
      .set('Accept', 'application/x-ndjson')
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => done(null, text));
      })
      .expect(200);

  it('writes each event exactly as the JSON page shows it, whatever its text holds', async () => {
    const page = await api.as('auditor').get('/v1/audit/events?type=AwkwardProbe').expect(200);
    expect(page.body.items).toHaveLength(AWKWARD.length);
    const exported = await exportText('/v1/audit/events?type=AwkwardProbe');
    expect(ndjsonOf(exported)).toEqual(page.body.items);
    expect(ndjsonOf(exported).map((item) => (item as { data: { note: string } }).data.note)).toEqual(AWKWARD);
  });

  it('treats filter values as values: quotes and SQL in them match nothing and harm nothing', async () => {
    for (const hostile of ["x'); DELETE FROM shiji_events; --", "\\'; SELECT 1; --", '$1', "E'\\x02'"]) {
      for (const field of ['streamId', 'volunteerId', 'communityId', 'actor']) {
        const exported = await exportText(`/v1/audit/events?${field}=${encodeURIComponent(hostile)}`);
        expect(exported.body).toBe('');
      }
    }
    // Type names are checked at the edge: a quote in one is a 400, not a query.
    await api.as('auditor').get(`/v1/audit/events?type=${encodeURIComponent("x'--")}`).set('Accept', 'application/x-ndjson').expect(400);
    expect(await api.headPosition()).toBe(AWKWARD.length + 20_000);
    const all = await exportText('/v1/audit/events');
    expect(ndjsonOf(all)).toHaveLength(AWKWARD.length + 20_000);
  });

  it('honours the cursor and position bounds like the JSON pages', async () => {
    const exported = await exportText('/v1/audit/events?fromPosition=5&toPosition=12');
    expect(ndjsonOf(exported).map((item) => (item as { position: number }).position)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('stops the query and gives its connection back when the client goes away mid-export', async () => {
    const busy = () => pool.totalCount - pool.idleCount;
    const busyBefore = busy();
    const port = (api.app.app.getHttpServer().address() as AddressInfo).port;
    const token = api.app.token({ sub: 'auditor-test', role: 'auditor' });
    const copyBackends = async () => {
      const { rows } = await pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE query LIKE 'COPY (%' AND state <> 'idle'");
      return rows.map((row) => row.pid);
    };
    const exporting = await new Promise<number[]>((resolve, reject) => {
      const request = get({ host: '127.0.0.1', port, path: '/v1/audit/events', headers: { Authorization: `Bearer ${token}`, Accept: 'application/x-ndjson' } }, (response) => {
        response.once('data', () => {
          // Not reading on: the export is held by backpressure while we look at it, then the client hangs up.
          response.pause();
          copyBackends().then((pids) => {
            request.destroy();
            resolve(pids);
          }, reject);
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    });
    expect(exporting).toHaveLength(1);

    // The export's connection is closed, not handed back mid-COPY: its server process ends.
    const alive = async () => (await pool.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [exporting[0]])).rowCount;
    const deadline = Date.now() + 10_000;
    while ((await alive()) !== 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await alive()).toBe(0);
    // Every connection is free again and the next export is whole.
    while (busy() > busyBefore && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(busy()).toBe(busyBefore);
    expect(ndjsonOf(await exportText('/v1/audit/events?type=AwkwardProbe'))).toHaveLength(AWKWARD.length);
  });
});
