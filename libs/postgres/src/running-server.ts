import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProcessIdentity } from './process-identity';

/** In the data folder while its embedded server runs: how to reach it, and which process answers for it. */
export const RUNNING_SERVER_FILE = 'postgres-server.json';

/** The file beside it holding the superuser's password (mode 600). */
export const PASSWORD_FILE = 'pg-password';

export interface RunningServerRecord {
  host: string;
  port: number;
  user: string;
  database: string;
  passwordFile: typeof PASSWORD_FILE;
  postmasterPid: number;
  /**
   * The process that stops the server when it ends. Absent when its owner
   * ended while other processes still used the server: then the last of
   * them to stop (or the next start) takes it over.
   */
  owner?: ProcessIdentity;
  startedAt: string;
}

export async function readRunningServer(dataDir: string): Promise<RunningServerRecord | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, RUNNING_SERVER_FILE), 'utf8')) as RunningServerRecord;
  } catch {
    // Missing, or cut short by a crash mid-write (writes are atomic, so only a foreign file could be): no record.
    return undefined;
  }
}

/** Written aside and renamed into place, so a reader never sees half a record. */
export async function writeRunningServer(dataDir: string, record: RunningServerRecord): Promise<void> {
  const target = join(dataDir, RUNNING_SERVER_FILE);
  const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
  await writeFile(partial, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  await rename(partial, target);
}

export async function removeRunningServer(dataDir: string): Promise<void> {
  await rm(join(dataDir, RUNNING_SERVER_FILE), { force: true });
}
