import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The OS account the embedded server runs as when this process is root. */
export interface OsUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

export const POSTGRES_OS_USER = 'postgres';

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user, creating it if needed. */
export async function osUserForPostgres(): Promise<OsUser | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async (): Promise<OsUser> => ({
    name: POSTGRES_OS_USER,
    uid: Number((await run('id', ['-u', POSTGRES_OS_USER])).stdout.trim()),
    gid: Number((await run('id', ['-g', POSTGRES_OS_USER])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', POSTGRES_OS_USER]);
    return lookup();
  }
}

/**
 * Whether `user` may enter (or run) `path`. Asked of the kernel as that user,
 * with the credentials the server itself gets (spawning with a uid drops the
 * supplementary groups), so ACLs and every parent directory count.
 */
export async function canReach(user: OsUser, path: string): Promise<boolean> {
  try {
    await run('/bin/sh', ['-c', 'test -x "$1"', 'sh', path], { uid: user.uid, gid: user.gid });
    return true;
  } catch {
    return false;
  }
}

/** The outermost directory on the way to `path` that `user` may not enter, for error messages. */
export async function firstBlockedDirectory(user: OsUser, path: string): Promise<string | undefined> {
  const chain: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of chain) if (!(await canReach(user, dir))) return dir;
  return undefined;
}
