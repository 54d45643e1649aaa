import { readFile } from 'node:fs/promises';

/**
 * A process as it can be recognised later: its pid and, where /proc exists,
 * the kernel's start time of that pid, so a pid reused by another program
 * after the first one died is not taken for it.
 */
export interface ProcessIdentity {
  pid: number;
  startTime?: string;
}

export async function currentProcessIdentity(): Promise<ProcessIdentity> {
  return { pid: process.pid, startTime: await startTimeOf(process.pid) };
}

/** Whether the process so identified still runs. */
export async function isRunning(identity: ProcessIdentity): Promise<boolean> {
  if (!pidExists(identity.pid)) return false;
  if (identity.startTime === undefined) return true;
  const startTime = await startTimeOf(identity.pid);
  return startTime === undefined || startTime === identity.startTime;
}

export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is only not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (clock ticks since boot); undefined without /proc or once the process is gone. */
async function startTimeOf(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The command line of a running process, or undefined where it cannot be read (no /proc, gone). */
export async function commandLineOf(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    return undefined;
  }
}
