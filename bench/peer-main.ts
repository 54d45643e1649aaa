import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startApi } from './lib/api-process';
import { CpuMeter, findPostmasterPid } from './lib/cpu-meter';
import { startBenchDatabase, type BenchDatabase } from './lib/database';
import { HttpClient } from './lib/http-client';
import { startPeerTargets } from './lib/peer-targets';
import { machineInfo, printTable, writeResults } from './lib/report';
import { seedThroughApi, type Seeded } from './lib/seed';
import { settle } from './lib/settle';
import { peerScenario } from './scenarios/peer';

const log = (line: string): void => void process.stderr.write(`[bench:peer] ${line}\n`);

/** The peer comparison on a running api and database: starts both peers, compares, stops them. */
export async function comparePeers(database: BenchDatabase, jwtSecret: string, seeded: Seeded, shiji: { http: HttpClient; meter: CpuMeter }, sizes: { writeRequests: number; readRequests: number }) {
  const targets = await startPeerTargets(database, jwtSecret, seeded, shiji);
  try {
    await settle(database.url);
    const comparison = await peerScenario(seeded, targets.shiji, targets.inline, targets.asynchronous, sizes);
    return { ...comparison, peer_peak_rss_mb: targets.peakRssMb() };
  } finally {
    await targets.stop();
  }
}

export function peerTableRows(peer: Awaited<ReturnType<typeof comparePeers>>): Array<[string, string, string]> {
  const { writes, reads } = peer;
  return [
    [
      'peer: record verified (c=32)',
      `Shiji ${writes.shiji.req_per_s} req/s ${writes.shiji.cpu.service_us} µs; Emmett inline ${writes.emmett_inline.req_per_s} req/s ${writes.emmett_inline.cpu.service_us} µs; async ${writes.emmett_async.req_per_s} req/s ${writes.emmett_async.cpu.service_us} µs; errors ${writes.shiji.errors}/${writes.emmett_inline.errors}/${writes.emmett_async.errors}`,
      `peer_write_ratio ${peer.peer_write_ratio}, peer_async_write_ratio ${peer.peer_async_write_ratio}`,
    ],
    [
      'peer: read account (c=64)',
      `Shiji ${reads.shiji.req_per_s} req/s ${reads.shiji.cpu.service_us} µs; Emmett inline ${reads.emmett_inline.req_per_s} req/s ${reads.emmett_inline.cpu.service_us} µs; errors ${reads.shiji.errors}/${reads.emmett_inline.errors}`,
      `peer_read_ratio ${peer.peer_read_ratio}`,
    ],
  ];
}

/**
 * `npm run bench -- --peer [--quick]`: only the comparison with the Emmett
 * peer, on an api and database of its own (the full bench runs it too).
 */
export async function peerMain(sizes: { volunteers: number; writeRequests: number; readRequests: number }): Promise<void> {
  const jwtSecret = randomBytes(32).toString('hex');
  const database = await startBenchDatabase(log);
  try {
    const api = await startApi({ databaseUrl: database.url, jwtSecret, dataDir: join(database.tempDir, 'api') });
    const http = new HttpClient(api.baseUrl);
    try {
      const seeded = await seedThroughApi(http, jwtSecret, sizes.volunteers);
      const meter = new CpuMeter(await findPostmasterPid(database.url), api.pid);
      log(`comparing with the Emmett peer: ${sizes.writeRequests} writes and ${sizes.readRequests} reads each`);
      const peer = await comparePeers(database, jwtSecret, seeded, { http, meter }, sizes);
      writeResults({ mode: 'peer', sizes, ...peer, machine: machineInfo(), date: new Date().toISOString() }, 'peer.json');
      printTable(peerTableRows(peer));
    } finally {
      http.close();
      await api.stop();
    }
  } finally {
    await database.dispose();
  }
}
