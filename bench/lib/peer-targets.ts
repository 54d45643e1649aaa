import { openPool } from '@shiji/postgres';
import type { ProjectionMode } from '../peers/emmett/main';
import type { PeerTarget } from '../scenarios/peer';
import type { ApiProcess } from './api-process';
import { waitForEmmettProcessor, waitForProjections } from './catch-up';
import type { CpuMeter } from './cpu-meter';
import type { BenchDatabase } from './database';
import { HttpClient } from './http-client';
import { startEmmettPeer } from './peer-process';
import { seedPeer, type Seeded } from './seed';
import { round } from './stats';

/** The processor id the asynchronous peer's consumer checkpoints under (bench/peers/emmett/main.ts). */
const PEER_PROCESSOR_ID = 'accounts';

export interface PeerTargets {
  shiji: PeerTarget;
  inline: PeerTarget;
  asynchronous: PeerTarget;
  /** Peak RSS of each peer process, in MiB. */
  peakRssMb(): { emmett_inline: number; emmett_async: number };
  stop(): Promise<void>;
}

/**
 * Starts both variants of the Emmett peer, each on a database of its own on
 * the bench's PostgreSQL server, registers the seeded volunteers on each, and
 * returns them beside Shiji's api as targets of the comparison.
 */
export async function startPeerTargets(database: BenchDatabase, jwtSecret: string, seeded: Seeded, shiji: { http: HttpClient; meter: CpuMeter }): Promise<PeerTargets> {
  const shijiPool = openPool({ connectionString: database.url, max: 1 });
  const started: Array<{ server: ApiProcess; http: HttpClient; close(): Promise<void> }> = [];
  const stop = async () => {
    for (const peer of started) {
      peer.http.close();
      await peer.server.stop();
      await peer.close();
    }
    await shijiPool.end();
  };
  const startVariant = async (projection: ProjectionMode): Promise<PeerTarget> => {
    const url = await database.createDatabase(`peer_emmett_${projection}`, false);
    const pool = openPool({ connectionString: url, max: 1 });
    const server = await startEmmettPeer({ databaseUrl: url, jwtSecret, projection }).catch(async (error: unknown) => {
      await pool.end();
      throw error;
    });
    const http = new HttpClient(server.baseUrl);
    started.push({ server, http, close: () => pool.end() });
    await seedPeer(http, seeded);
    const caughtUp = projection === 'inline' ? () => Promise.resolve() : () => waitForEmmettProcessor(pool, PEER_PROCESSOR_ID);
    await caughtUp();
    return { name: `emmett-${projection}`, http, meter: shiji.meter.forServer(server.pid), caughtUp };
  };
  try {
    const inline = await startVariant('inline');
    const asynchronous = await startVariant('async');
    return {
      shiji: { name: 'shiji', http: shiji.http, meter: shiji.meter, caughtUp: () => waitForProjections(shijiPool) },
      inline,
      asynchronous,
      peakRssMb: () => ({ emmett_inline: round(started[0].server.peakRssMb(), 1), emmett_async: round(started[1].server.peakRssMb(), 1) }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
