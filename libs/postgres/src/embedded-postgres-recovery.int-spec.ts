import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { osUserForPostgres } from './postgres-os-user';
import { pidExists } from './process-identity';
import { readRunningServer, RUNNING_SERVER_FILE } from './running-server';

const ROOT = join(__dirname, '..', '..', '..');
const OWNER_SCRIPT = join(ROOT, 'test', 'postgres', 'support', 'embedded-postgres-owner.ts');

interface Owner {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** The embedded server started by another process, as the api starts it. */
async function startOwner(dataDir: string): Promise<Owner> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', OWNER_SCRIPT, dataDir], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^ready (\S+)$/m.exec(output);
      if (ready) resolve(ready[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`owner exited with ${code}: ${output}`)));
  });
  return { child, url, exited };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL across crashes and beside other processes', () => {
  let dataDir: string;
  let owner: Owner | undefined;
  let server: EmbeddedPostgres | undefined;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-recovery-'));
    // As root the server runs as the postgres OS user, who must reach the data folder.
    await chmod(dataDir, 0o755);
  });

  afterEach(async () => {
    await server?.stop();
    server = undefined;
    if (owner && owner.child.exitCode === null) {
      owner.child.kill('SIGTERM');
      await owner.exited;
    }
    owner = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts again after its owner was killed with SIGKILL and left the server running, with the data intact', async () => {
    owner = await startOwner(dataDir);
    await query(owner.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('还在 still here')");
    const left = await readRunningServer(dataDir);
    owner.child.kill('SIGKILL');
    await owner.exited;
    expect(pidExists(left!.postmasterPid)).toBe(true);

    server = await startEmbeddedPostgres({ dataDir });

    expect(server.owned).toBe(true);
    expect(await query(server.url, 'SELECT note FROM kept')).toEqual([{ note: '还在 still here' }]);
    expect((await readRunningServer(dataDir))?.owner?.pid).toBe(process.pid);
    await server.stop();
    server = undefined;
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, RUNNING_SERVER_FILE))).toBe(false);
  }, 60_000);

  it('uses the server another live process runs, and leaves it running for that process when done', async () => {
    owner = await startOwner(dataDir);
    const record = await readRunningServer(dataDir);
    expect(record).toMatchObject({ host: '127.0.0.1', user: 'shiji', database: 'shiji', passwordFile: 'pg-password', owner: { pid: owner.child.pid } });
    expect((await stat(join(dataDir, RUNNING_SERVER_FILE))).mode & 0o777).toBe(0o600);

    server = await startEmbeddedPostgres({ dataDir });
    expect(server.owned).toBe(false);
    expect(new URL(server.url).port).toBe(String(record!.port));
    await server.stop();
    server = undefined;

    expect(await query(owner.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    owner.child.kill('SIGTERM');
    expect(await owner.exited).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, RUNNING_SERVER_FILE))).toBe(false);
  }, 60_000);

  it('leaves the server running when its owner stops while another process still uses it, and the last one stops it', async () => {
    owner = await startOwner(dataDir);
    server = await startEmbeddedPostgres({ dataDir });
    const client = new Client({ connectionString: server.url });
    await client.connect();

    owner.child.kill('SIGTERM');
    expect(await owner.exited).toBe(0);
    expect(await client.query('SELECT 1 AS one').then((result) => result.rows)).toEqual([{ one: 1 }]);
    expect((await readRunningServer(dataDir))?.owner).toBeUndefined();

    await client.end();
    await server.stop();
    server = undefined;
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 60_000);

  it('starts despite a postmaster.pid that names a live program other than PostgreSQL', async () => {
    server = await startEmbeddedPostgres({ dataDir });
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    const lockFile = await readFile(pidFile, 'utf8');
    await query(server.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('kept')");
    await server.stop();
    server = undefined;
    // After a power cut the pid in the file may be any program's, run by the server's own OS user.
    const runAs = await osUserForPostgres();
    const stranger = spawn('sleep', ['60'], { uid: runAs?.uid, gid: runAs?.gid, stdio: 'ignore' });
    try {
      await writeFile(pidFile, [String(stranger.pid), ...lockFile.split('\n').slice(1)].join('\n'));
      if (runAs) await chmod(pidFile, 0o644);

      server = await startEmbeddedPostgres({ dataDir });

      expect(await query(server.url, 'SELECT note FROM kept')).toEqual([{ note: 'kept' }]);
      expect(pidExists(stranger.pid!)).toBe(true);
    } finally {
      stranger.kill('SIGKILL');
    }
  }, 60_000);
});
