import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathExists } from './path-exists';
import { canReach, firstBlockedDirectory, type OsUser } from './postgres-os-user';

/** Where the embedded server's files live: the binaries it runs, and the home that holds its cluster (`pg/`) and log. */
export interface ServerLayout {
  readonly binDir: string;
  readonly home: string;
}

export interface ServerLayoutOptions {
  /** The platform package's `native` folder: bin, lib, share. */
  readonly nativeDir: string;
  /** Names the staged copy of the binaries, so an upgraded package gets its own. */
  readonly binariesVersion: string;
  readonly dataDir: string;
  /** Root-owned place for what the server's OS user cannot reach where it is. */
  readonly stagingDir: string;
  readonly log: (line: string) => void;
}

/** Written into the data folder when the cluster lives elsewhere, so operators (and backups) find it. */
export const CLUSTER_LOCATION_FILE = 'postgres-location';

export class UnreachableClusterError extends Error {
  constructor(clusterDir: string, user: string, blocked: string | undefined) {
    super(
      `The PostgreSQL cluster in ${clusterDir} cannot be started: PostgreSQL refuses to run as root, so it runs as the ` +
        `OS user ${user}, who may not enter ${blocked ?? 'its folder'}. Let that user in (for example ` +
        `chmod o+x on that folder), run as a user other than root, or use a data folder it can reach.`,
    );
    this.name = 'UnreachableClusterError';
  }
}

/**
 * Running as ourselves, the server uses the package's binaries and keeps its
 * cluster in the data folder. Running as root it runs as another OS user, who
 * may not be able to enter the folders above those: a project under /root, or
 * in a private temporary folder. What that user cannot reach moves under
 * `stagingDir`: a copy of the binaries (per package version, shared), and a
 * cluster home per data folder, recorded in the data folder and used from
 * then on. An existing cluster is never moved or replaced by an empty one: one
 * out of reach stays where it is, with an error saying what to open.
 */
export async function serverLayout(user: OsUser | undefined, options: ServerLayoutOptions): Promise<ServerLayout> {
  const binDir = join(options.nativeDir, 'bin');
  if (!user) return { binDir, home: options.dataDir };
  return {
    binDir: (await canReach(user, join(binDir, 'initdb'))) ? binDir : await stagedBinaries(user, options),
    home: await clusterHome(user, options),
  };
}

async function clusterHome(user: OsUser, options: ServerLayoutOptions): Promise<string> {
  // A cluster staged earlier stays the one in use: should the data folder become reachable, or move, starting
  // an empty cluster there would look like lost data.
  const recorded = await recordedHome(options.dataDir);
  if (recorded) {
    await mustReach(user, recorded);
    options.log(`the PostgreSQL cluster for ${options.dataDir} lives in ${recorded}, as ${CLUSTER_LOCATION_FILE} there records`);
    return recorded;
  }
  return (await canReach(user, options.dataDir)) ? options.dataDir : stagedHome(user, options);
}

async function recordedHome(dataDir: string): Promise<string | undefined> {
  const location = join(dataDir, CLUSTER_LOCATION_FILE);
  if (!(await pathExists(location))) return undefined;
  const home = (await readFile(location, 'utf8')).trim();
  return (await pathExists(join(home, 'pg', 'PG_VERSION'))) ? home : undefined;
}

async function stagedBinaries(user: OsUser, options: ServerLayoutOptions): Promise<string> {
  const target = join(options.stagingDir, 'postgres', `${process.platform}-${process.arch}-${options.binariesVersion}`);
  if (!(await pathExists(join(target, 'bin', 'initdb')))) {
    options.log(`the OS user ${user.name} cannot reach ${options.nativeDir}; copying the PostgreSQL binaries to ${target}`);
    await mkdir(dirname(target), { recursive: true, mode: 0o755 });
    // Copied aside, then renamed into place: a copy cut short is never taken for a whole one, and of two
    // processes staging at once one rename wins and the other drops its copy.
    const partial = `${target}.partial-${randomBytes(6).toString('hex')}`;
    try {
      await cp(options.nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      if (!(await pathExists(join(target, 'bin', 'initdb')))) throw error;
    }
  }
  await mustReach(user, join(target, 'bin', 'initdb'));
  return join(target, 'bin');
}

async function stagedHome(user: OsUser, options: ServerLayoutOptions): Promise<string> {
  const clusterDir = join(options.dataDir, 'pg');
  if (await pathExists(join(clusterDir, 'PG_VERSION'))) {
    throw new UnreachableClusterError(clusterDir, user.name, await firstBlockedDirectory(user, clusterDir));
  }
  const key = createHash('sha256').update(resolve(options.dataDir)).digest('hex').slice(0, 16);
  const home = join(options.stagingDir, 'clusters', key);
  await mkdir(home, { recursive: true, mode: 0o755 });
  await mustReach(user, home);
  await writeFile(join(options.dataDir, CLUSTER_LOCATION_FILE), `${home}\n`);
  options.log(`the OS user ${user.name} cannot reach ${options.dataDir}; the PostgreSQL cluster for it lives in ${home}`);
  return home;
}

async function mustReach(user: OsUser, path: string): Promise<void> {
  if (await canReach(user, path)) return;
  const blocked = await firstBlockedDirectory(user, path);
  throw new Error(`The OS user ${user.name}, who runs PostgreSQL, may not enter ${blocked ?? path}; let it in (chmod o+x) or choose another place.`);
}
