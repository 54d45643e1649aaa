import { execFileSync } from 'node:child_process';
import { processCpuMs } from './cpu-pinning';

describe('processCpuMs', () => {
  it('adds user and system time from /proc/<pid>/stat, whatever the command name holds', () => {
    // utime (14th field) = 250 ticks, stime (15th) = 50 ticks; the name has a space and a parenthesis.
    const stat = '4242 (node (api) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0 1000 100000 5000';
    const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

    expect(processCpuMs(4242, () => stat)).toBeCloseTo((300 * 1000) / ticksPerSecond);
  });
});
