import { randomUUID } from 'node:crypto';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { EventToAppend } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import { PROJECTION_PROGRESS } from '../../apps/api/src/projections/projection-progress.provider';
import { startTestApi, type TestApi } from '../support/api';

/** A full collection, so the baseline is the live heap and not the seed's garbage (V8 lets a heap grow in proportion to its size). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const EVENTS = 200_000;
const BATCH = 1_000;
const MB = 1024 * 1024;

/** An event no projection reads, with a payload about the size of a real one. */
function probe(index: number): EventToAppend {
  const at = new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString();
  return {
    eventId: randomUUID(),
    type: 'ExportProbe',
    version: 1,
    data: { index, volunteerId: `v${index % 997}`, note: '导出测试 / export test '.repeat(4) },
    metadata: { occurredAt: at, actor: { id: 'seed', role: 'staff' }, communityId: 'c1', commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID() },
  };
}

describe('NDJSON export of the event log', () => {
  let api: TestApi;
  let port: number;

  beforeAll(async () => {
    api = await startTestApi();
    const appends: Array<Promise<unknown>> = [];
    for (let first = 0; first < EVENTS; first += BATCH) {
      const events = Array.from({ length: BATCH }, (_, offset) => probe(first + offset));
      appends.push(api.store.appendToStream(`probe-${first / BATCH}`, events, { expectedRevision: 'no_stream' }));
      // A few appends in flight at once: faster than one by one, without holding every batch in memory.
      if (appends.length === 8) await Promise.all(appends.splice(0));
    }
    await Promise.all(appends);
    // Let the in-process projections finish with the seed, so only the export runs while memory is measured.
    const head = await api.headPosition();
    const progress = api.app.app.get<ProjectionProgress>(PROJECTION_PROGRESS);
    if (!(await progress.waitFor(head, 120_000))) throw new Error('projections did not catch up with the seed');
    await api.app.app.listen(0, '127.0.0.1');
    port = (api.app.app.getHttpServer().address() as AddressInfo).port;
  }, 180_000);

  afterAll(() => api.close());

  it('streams 200,000 events in constant memory', async () => {
    expect(await api.headPosition()).toBe(EVENTS);
    const token = api.app.token({ sub: 'inspector', role: 'auditor' });
    collectGarbage();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const heapBaseline = process.memoryUsage().heapUsed;
    let heapPeak = heapBaseline;
    const sample = () => {
      const usage = process.memoryUsage();
      peak = Math.max(peak, usage.rss);
      heapPeak = Math.max(heapPeak, usage.heapUsed);
    };
    const sampler = setInterval(sample, 20);

    const started = Date.now();
    const { lines, bytes, contentType, first, last } = await new Promise<{ lines: number; bytes: number; contentType: string | undefined; first: string; last: string }>((resolve, reject) => {
      const request = get({ host: '127.0.0.1', port, path: '/v1/audit/events', headers: { Authorization: `Bearer ${token}`, Accept: 'application/x-ndjson' } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`status ${response.statusCode}`));
        let count = 0;
        let size = 0;
        let head = '';
        let tail = '';
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
          if (head.length < 2000) head += chunk.subarray(0, 2000).toString('utf8');
          // Only the end of the latest chunk is kept: enough for the last line, never the whole body.
          tail = (tail + chunk.subarray(Math.max(0, chunk.length - 2000)).toString('utf8')).slice(-2000);
          sample();
        });
        response.on('end', () => resolve({ lines: count, bytes: size, contentType: response.headers['content-type'], first: head.split('\n')[0], last: tail.trimEnd().split('\n').at(-1) ?? '' }));
        response.on('error', reject);
      });
      request.on('error', reject);
    });
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;

    expect(contentType).toContain('application/x-ndjson');
    expect(lines).toBe(EVENTS);
    expect(JSON.parse(first)).toMatchObject({ position: 1, type: 'ExportProbe', streamId: expect.stringMatching(/^probe-/) });
    expect(JSON.parse(last)).toMatchObject({ position: EVENTS, type: 'ExportProbe' });
    const growthMb = (peak - baseline) / MB;
    const heapGrowthMb = (heapPeak - heapBaseline) / MB;
    process.stderr.write(
      `NDJSON export: ${lines} events, ${(bytes / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s; RSS before ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB (+${growthMb.toFixed(1)} MB); JavaScript heap +${heapGrowthMb.toFixed(1)} MB\n`,
    );
    expect(growthMb).toBeLessThan(100);
    // The export's bytes never become JavaScript strings: the heap barely moves while 125 MB pass through (a
    // string-per-page export left ~250 MB of garbage here, which V8 collects late and RSS then shows).
    expect(heapGrowthMb).toBeLessThan(40);
  }, 180_000);
});
