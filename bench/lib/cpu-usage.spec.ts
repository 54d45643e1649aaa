import { difference, perOperation, sum } from './cpu-meter';
import { parseStat, serverTreeTicks, ticksToMs, type ProcStat } from './cpu-usage';

/** A /proc/<pid>/stat line with the given fields; the rest as the kernel writes them for an idle process. */
function statLine(pid: number, name: string, ppid: number, utime: number, stime: number, cutime = 0, cstime = 0): string {
  return `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194304 100 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 11 0 1000 100000 5000`;
}

const stat = (pid: number, ppid: number, ownTicks: number, reapedChildrenTicks = 0): ProcStat => ({ pid, ppid, ownTicks, reapedChildrenTicks });

describe('parseStat', () => {
  it('reads ppid, utime + stime and cutime + cstime', () => {
    expect(parseStat(statLine(4242, 'postgres', 1, 250, 50, 70, 30))).toEqual({ pid: 4242, ppid: 1, ownTicks: 300, reapedChildrenTicks: 100 });
  });

  it('is not misled by spaces and parentheses in the command name', () => {
    expect(parseStat(statLine(7, 'node (api) 1 2 3', 6, 11, 4))).toEqual({ pid: 7, ppid: 6, ownTicks: 15, reapedChildrenTicks: 0 });
  });
});

describe('serverTreeTicks', () => {
  const postmaster = 100;

  it('adds the postmaster, its live children and the children it has reaped, and nobody else', () => {
    const processes = [stat(postmaster, 1, 40, 500), stat(101, postmaster, 30), stat(102, postmaster, 20), stat(200, 1, 999), stat(201, 101, 999)];

    expect(serverTreeTicks(postmaster, processes)).toBe(40 + 500 + 30 + 20);
  });

  it('counts a backend that ends between two samples once, in the difference', () => {
    const before = [stat(postmaster, 1, 40, 500), stat(101, postmaster, 30)];
    // Backend 101 ran 5 more ticks, then ended; the postmaster reaped it.
    const after = [stat(postmaster, 1, 41, 535)];

    expect(serverTreeTicks(postmaster, after) - serverTreeTicks(postmaster, before)).toBe(1 + 5);
  });
});

describe('CPU per operation', () => {
  it('turns ticks into ms', () => {
    expect(ticksToMs(250, 100)).toBe(2_500);
  });

  it('divides each side by the operations, in µs, and adds server and PostgreSQL as the service', () => {
    const before = { server: 1_000, postgres: 5_000, loadGenerator: 200 };
    const after = { server: 1_900, postgres: 5_800, loadGenerator: 400 };

    expect(perOperation(difference(before, after), 2_000)).toEqual({ server_us: 450, postgres_us: 400, load_generator_us: 100, service_us: 850 });
  });

  it('adds the windows of a run measured in slices', () => {
    const total = sum({ server: 1, postgres: 2, loadGenerator: 3 }, { server: 10, postgres: 20, loadGenerator: 30 });

    expect(total).toEqual({ server: 11, postgres: 22, loadGenerator: 33 });
  });

  it('reports nothing rather than dividing by zero', () => {
    expect(perOperation({ server: 5, postgres: 5, loadGenerator: 5 }, 0)).toEqual({ server_us: 0, postgres_us: 0, load_generator_us: 0, service_us: 0 });
  });
});
