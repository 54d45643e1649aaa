import { NO_CPU, perOperation, sum, type CpuMeter, type CpuSample } from '../lib/cpu-meter';
import type { HttpClient } from '../lib/http-client';
import { runConcurrently } from '../lib/pool-run';
import type { Seeded } from '../lib/seed';
import { spreadVerifiedService } from '../lib/service-records';
import { round, summarise } from '../lib/stats';

const WRITE_CONCURRENCY = 32;
const READ_CONCURRENCY = 64;
const WRITE_WARM_UP = 500;
const READ_WARM_UP = 2_000;
/** As in the read scenario: each target's requests go in slices, the targets taking turns, so the VM's drift falls on all. */
const SLICES = 5;
/** Above the slots every other scenario uses on the api (routes.ts starts at 50,000). */
const WARM_UP_SLOT = 60_000;
const FIRST_SLOT = 60_100;

/** One server measured in the comparison: Shiji's api or a variant of the peer. */
export interface PeerTarget {
  name: string;
  http: HttpClient;
  meter: CpuMeter;
  /** Resolves once its read model holds every write so far; the CPU window of a write slice closes after it. */
  caughtUp(): Promise<void>;
}

interface Run {
  elapsedMs: number;
  errors: number;
  firstError?: string;
  latencies: number[];
  cpu: CpuSample;
}

/**
 * Shiji against the Emmett peer (bench/peers/emmett), in the same run, on
 * the same PostgreSQL server (each on a database of its own), with the same
 * 1,000 volunteers, the same request bodies and the same concurrency.
 * Writes: POST /v1/service-records with verify: true at c=32, Shiji, the
 * inline peer and the asynchronous peer taking turns slice by slice. Reads:
 * GET /v1/volunteers/{id}/account at c=64, Shiji and the inline peer in
 * turn. Every target warms up the same way first.
 */
export async function peerScenario(seeded: Seeded, shiji: PeerTarget, inline: PeerTarget, asynchronous: PeerTarget, sizes: { writeRequests: number; readRequests: number }) {
  const writeTargets = [shiji, inline, asynchronous];
  for (const target of writeTargets) {
    const warmUp = await writeSlice(target, seeded, WARM_UP_SLOT, 0, WRITE_WARM_UP);
    if (warmUp.errors > 0) throw new Error(`${target.name}: write warm-up failed ${warmUp.errors} times: ${warmUp.firstError}`);
  }
  const writes = await inTurns(writeTargets, sizes.writeRequests, (target, offset, count) => writeSlice(target, seeded, FIRST_SLOT, offset, count));

  const readTargets = [shiji, inline];
  for (const target of readTargets) await readSlice(target, seeded, 0, READ_WARM_UP);
  const reads = await inTurns(readTargets, sizes.readRequests, (target, offset, count) => readSlice(target, seeded, offset, count));

  const report = (route: string, concurrency: number, requests: number, run: Run) => ({
    route,
    concurrency,
    requests,
    slices: SLICES,
    errors: run.errors,
    first_error: run.firstError,
    req_per_s: round((requests / run.elapsedMs) * 1000),
    ...summarise(run.latencies),
    cpu: perOperation(run.cpu, requests),
  });
  const write = (target: PeerTarget) => report('POST /v1/service-records (verify: true)', WRITE_CONCURRENCY, sizes.writeRequests, writes.get(target) as Run);
  const read = (target: PeerTarget) => report('GET /v1/volunteers/{id}/account', READ_CONCURRENCY, sizes.readRequests, reads.get(target) as Run);
  const shijiWrite = write(shiji);
  const inlineWrite = write(inline);
  const asyncWrite = write(asynchronous);
  const shijiRead = read(shiji);
  const inlineRead = read(inline);
  return {
    peer_write_ratio: round(shijiWrite.req_per_s / inlineWrite.req_per_s, 4),
    peer_read_ratio: round(shijiRead.req_per_s / inlineRead.req_per_s, 4),
    peer_async_write_ratio: round(shijiWrite.req_per_s / asyncWrite.req_per_s, 4),
    peer_write_cpu_us: inlineWrite.cpu.service_us,
    peer_async_write_cpu_us: asyncWrite.cpu.service_us,
    peer_read_cpu_us: inlineRead.cpu.service_us,
    writes: { shiji: shijiWrite, emmett_inline: inlineWrite, emmett_async: asyncWrite },
    reads: { shiji: shijiRead, emmett_inline: inlineRead },
    cpu_window: 'each slice from its first request until the target has caught up (its projections, or the peer consumer, hold every write)',
  };
}

/** `total` requests per target in SLICES slices, the targets taking turns within each slice. */
async function inTurns(targets: readonly PeerTarget[], total: number, slice: (target: PeerTarget, offset: number, count: number) => Promise<Run>): Promise<Map<PeerTarget, Run>> {
  const runs = new Map<PeerTarget, Run>(targets.map((target) => [target, { elapsedMs: 0, errors: 0, latencies: [], cpu: NO_CPU }]));
  const perSlice = Math.ceil(total / SLICES);
  for (let done = 0; done < total; done += perSlice) {
    const count = Math.min(perSlice, total - done);
    for (const target of targets) add(runs.get(target) as Run, await slice(target, done, count));
  }
  return runs;
}

async function writeSlice(target: PeerTarget, seeded: Seeded, firstSlot: number, offset: number, count: number): Promise<Run> {
  let elapsedMs = 0;
  const { result, cpu } = await target.meter.measure(async () => {
    const run = await runConcurrently(count, WRITE_CONCURRENCY, async (index) => {
      const response = await target.http.send('POST', '/v1/service-records', seeded.staffToken, spreadVerifiedService(seeded, firstSlot, offset + index));
      if (response.status !== 201) throw new Error(`${response.status}: ${response.body.slice(0, 200)}`);
      return true;
    });
    elapsedMs = run.elapsedMs;
    await target.caughtUp();
    return run;
  });
  return { ...result, elapsedMs, cpu };
}

async function readSlice(target: PeerTarget, seeded: Seeded, offset: number, count: number): Promise<Run> {
  const volunteers = seeded.volunteerIds;
  const { result, cpu } = await target.meter.measure(() =>
    runConcurrently(count, READ_CONCURRENCY, async (index) => {
      const response = await target.http.send('GET', `/v1/volunteers/${volunteers[(offset + index) % volunteers.length]}/account`, seeded.staffToken);
      if (response.status !== 200) throw new Error(`${response.status}: ${response.body.slice(0, 200)}`);
      return true;
    }),
  );
  return { ...result, cpu };
}

function add(total: Run, slice: Run): void {
  total.elapsedMs += slice.elapsedMs;
  total.errors += slice.errors;
  total.firstError ??= slice.firstError;
  total.cpu = sum(total.cpu, slice.cpu);
  for (const latency of slice.latencies) total.latencies.push(latency);
}
