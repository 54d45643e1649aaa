import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/stat the CPU accounting needs, in clock ticks. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime: what the process itself (all its threads) has run so far. */
  ownTicks: number;
  /** cutime + cstime: what its children that have ended and been waited for ran. */
  reapedChildrenTicks: number;
}

/** Parses one /proc/<pid>/stat line; the command name may itself hold spaces and parentheses. */
export function parseStat(line: string): ProcStat {
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // Field 3 (state) onwards: index 0 is field 3, so field n is at n - 3.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  return { pid, ppid: field(4), ownTicks: field(14) + field(15), reapedChildrenTicks: field(16) + field(17) };
}

/**
 * A PostgreSQL server's CPU so far: the postmaster, every live child
 * (backends, WAL writer, checkpointer, autovacuum...) and, through the
 * postmaster's cutime/cstime, every child that has already ended. A
 * backend that exits inside a measured window is counted that way, once:
 * it leaves the live list as its ticks join the postmaster's.
 */
export function serverTreeTicks(postmasterPid: number, processes: readonly ProcStat[]): number {
  let ticks = 0;
  for (const process of processes) {
    if (process.pid === postmasterPid) ticks += process.ownTicks + process.reapedChildrenTicks;
    else if (process.ppid === postmasterPid) ticks += process.ownTicks;
  }
  return ticks;
}

export function ticksToMs(ticks: number, ticksPerSecond: number): number {
  return (ticks * 1000) / ticksPerSecond;
}

let clockTicks: number | undefined;

/** The kernel's clock ticks per second (USER_HZ), in which /proc reports CPU time. */
export function clockTicksPerSecond(): number {
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  return clockTicks;
}

export function readProcStat(pid: number): ProcStat {
  return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** Every process still there when read; one that ends while the list is read is skipped. */
export function readAllProcStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.push(readProcStat(Number(entry)));
    } catch {
      // ended between the listing and the read
    }
  }
  return stats;
}
