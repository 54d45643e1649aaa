import { Client } from 'pg';
import { round } from './stats';
import { clockTicksPerSecond, readAllProcStats, readProcStat, serverTreeTicks, ticksToMs, type ProcStat } from './cpu-usage';

/** CPU time used so far, in ms, by the three sides of a measured run. */
export interface CpuSample {
  /** The HTTP server under test (the api or a peer); 0 for a baseline without one. */
  server: number;
  /** The PostgreSQL server: postmaster, every backend and helper, live or ended. */
  postgres: number;
  /** This process: the load generator (and, for the INSERT baseline, the pg client). */
  loadGenerator: number;
}

/** CPU time per operation, in µs. */
export interface CpuPerOperation {
  server_us: number;
  postgres_us: number;
  load_generator_us: number;
  /** server + PostgreSQL: what the service costs, the load generator left out. */
  service_us: number;
}

export const NO_CPU: CpuSample = { server: 0, postgres: 0, loadGenerator: 0 };

/**
 * Samples the CPU of one server process, the PostgreSQL server it uses and
 * this load generator, from /proc. The figures count whatever else those
 * processes do in the window (the api's in-process projections, autovacuum),
 * which is part of what an operation costs.
 */
export class CpuMeter {
  constructor(
    private readonly postmasterPid: number,
    private readonly serverPid?: number,
  ) {}

  forServer(serverPid: number | undefined): CpuMeter {
    return new CpuMeter(this.postmasterPid, serverPid);
  }

  sample(): CpuSample {
    const ticksPerSecond = clockTicksPerSecond();
    const own = (stat: ProcStat | undefined) => ticksToMs(stat?.ownTicks ?? 0, ticksPerSecond);
    const loadGenerator = own(readProcStat(process.pid));
    const server = this.serverPid === undefined ? 0 : own(readProcStat(this.serverPid));
    const postgres = ticksToMs(serverTreeTicks(this.postmasterPid, readAllProcStats()), ticksPerSecond);
    return { server, postgres, loadGenerator };
  }

  /** Runs `work` and returns its result with the CPU it cost each side. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuSample }> {
    const before = this.sample();
    const result = await work();
    return { result, cpu: difference(before, this.sample()) };
  }
}

export function difference(before: CpuSample, after: CpuSample): CpuSample {
  return { server: after.server - before.server, postgres: after.postgres - before.postgres, loadGenerator: after.loadGenerator - before.loadGenerator };
}

export function sum(a: CpuSample, b: CpuSample): CpuSample {
  return { server: a.server + b.server, postgres: a.postgres + b.postgres, loadGenerator: a.loadGenerator + b.loadGenerator };
}

export function perOperation(used: CpuSample, operations: number): CpuPerOperation {
  const us = (ms: number) => (operations > 0 ? round((ms * 1000) / operations, 1) : 0);
  return { server_us: us(used.server), postgres_us: us(used.postgres), load_generator_us: us(used.loadGenerator), service_us: us(used.server + used.postgres) };
}

/** The postmaster's pid: the parent of any backend, found by asking one for its own pid. */
export async function findPostmasterPid(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return readProcStat(rows[0].pid).ppid;
  } finally {
    await client.end();
  }
}
