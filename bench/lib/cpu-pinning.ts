import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { clockTicksPerSecond, parseStat, ticksToMs } from './cpu-usage';

/**
 * CPU affinity through taskset (util-linux). Pinning the api to a core of its
 * own, with the load generator and PostgreSQL on the others, makes the api's
 * CPU per request measurable on a shared VM: unpinned, its figures swing with
 * whatever else the two cores run.
 */
export function canPin(): boolean {
  if (process.platform !== 'linux' || cpus().length < 2) return false;
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Moves a process and all its threads onto the given cores (a taskset list, e.g. "0" or "1-3"). */
export function pin(pid: number, cores: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
}

/** The cores after the first, as a taskset list. */
export function otherCores(): string {
  const count = cpus().length;
  return count === 2 ? '1' : `1-${count - 1}`;
}

/** CPU time (user + system, all threads) a process has used so far, in ms, from /proc/<pid>/stat. */
export function processCpuMs(pid: number, readStat: (pid: number) => string = (id) => readFileSync(`/proc/${id}/stat`, 'utf8')): number {
  return ticksToMs(parseStat(readStat(pid)).ownTicks, clockTicksPerSecond());
}
