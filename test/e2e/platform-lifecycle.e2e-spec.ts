import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildForStart, runScript, type RunningScript } from '../support/child-process';
import { createTestDatabase } from '../support/database';

const START_TIMEOUT_MS = 45_000;

interface RunningApi extends RunningScript {
  port: number;
}

/** `npm start` as an operator runs it: no DATABASE_URL, no JWT_SECRET, only a DATA_DIR. */
async function startApi(dataDir: string): Promise<RunningApi> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', METRICS_PORT: '0' };
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'EVENTSTORE_CONNECTION_STRING']) delete env[name];
  const api = { ...runScript('start.js', [], env), port };
  await waitForHealth(api);
  return api;
}

async function waitForHealth(api: RunningApi): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exitCode: number | null | undefined;
  void api.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`api exited with ${exitCode} before /health answered:\n${api.output()}`);
    const status = await fetch(`http://127.0.0.1:${api.port}/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`/health did not answer 200 within ${START_TIMEOUT_MS} ms:\n${api.output()}`);
}

/** `npm run cli -- …` for the same data folder, as an operator types it beside the running api (or without it). */
async function runCli(dataDir: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'EVENTSTORE_CONNECTION_STRING']) delete env[name];
  const cli = runScript('cli.js', args, env);
  return { code: await cli.exited, output: cli.output() };
}

async function stopApi(api: RunningApi): Promise<number | null> {
  api.child.kill('SIGTERM');
  return api.exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The embedded server's own connection details, as it wrote them under DATA_DIR. */
async function embeddedDatabase(dataDir: string): Promise<Client> {
  const pid = (await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n');
  const password = (await readFile(join(dataDir, 'pg-password'), 'utf8')).trim();
  const client = new Client({ host: '127.0.0.1', port: Number(pid[3]), user: 'shiji', password, database: 'shiji' });
  await client.connect();
  return client;
}

describe('api process lifecycle', () => {
  let dataDir: string;
  let api: RunningApi | undefined;

  beforeAll(buildForStart, 180_000);

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-lifecycle-'));
  });

  afterEach(async () => {
    if (api && api.child.exitCode === null) await stopApi(api);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on embedded PostgreSQL, stops cleanly on SIGTERM, and keeps its data across restarts', async () => {
    api = await startApi(dataDir);
    const secret = await readFile(join(dataDir, 'jwt-secret'), 'utf8');
    expect((await stat(join(dataDir, 'jwt-secret'))).mode & 0o777).toBe(0o600);
    const database = await embeddedDatabase(dataDir);
    await database.query('CREATE TABLE lifecycle_probe (note text)');
    await database.query("INSERT INTO lifecycle_probe VALUES ('kept')");
    await database.end();

    expect(await stopApi(api)).toBe(0);
    // The embedded server stopped with the api: its pid file is removed on a clean shutdown.
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    api = await startApi(dataDir);
    expect(await readFile(join(dataDir, 'jwt-secret'), 'utf8')).toBe(secret);
    const reopened = await embeddedDatabase(dataDir);
    const { rows } = await reopened.query<{ note: string }>('SELECT note FROM lifecycle_probe');
    await reopened.end();
    expect(rows).toEqual([{ note: 'kept' }]);

    expect(await stopApi(api)).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('starts again with the same command after the api was killed with SIGKILL, which leaves PostgreSQL running', async () => {
    api = await startApi(dataDir);
    const database = await embeddedDatabase(dataDir);
    await database.query("CREATE TABLE crash_probe (note text); INSERT INTO crash_probe VALUES ('kept')");
    await database.end();

    api.child.kill('SIGKILL');
    await api.exited;
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);

    api = await startApi(dataDir);
    const reopened = await embeddedDatabase(dataDir);
    const { rows } = await reopened.query<{ note: string }>('SELECT note FROM crash_probe');
    await reopened.end();
    expect(rows).toEqual([{ note: 'kept' }]);
    expect(await stopApi(api)).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('says in one line, without a stack trace, that its port is taken, and exits 1', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    const database = await createTestDatabase();
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', METRICS_PORT: '0' };
      const started = runScript('start.js', [], env);
      const code = await started.exited;
      const output = started.output();

      expect(code).toBe(1);
      const lines = output.trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string; err?: unknown });
      const fatal = lines.filter((line) => line.level >= 50);
      expect(fatal).toEqual([
        expect.objectContaining({ level: 60, msg: `端口 ${port}（127.0.0.1）已被占用：请停止占用它的程序，或用 PORT 换一个端口 / port ${port} on 127.0.0.1 is already in use: stop the program using it, or choose another with PORT` }),
      ]);
      expect(fatal[0].err).toBeUndefined();
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
      await database.drop();
    }
  }, 60_000);

  it('runs cli verify against the running api’s PostgreSQL, and on its own once the api has stopped', async () => {
    api = await startApi(dataDir);

    const beside = await runCli(dataDir, 'verify');
    expect(beside).toMatchObject({ code: 0, output: expect.stringContaining('read models: equal to a fresh replay') });
    expect(beside.output).toContain('is already running');
    const health = await fetch(`http://127.0.0.1:${api.port}/health`).then((response) => response.json() as Promise<{ status: string; verification: { status: string } }>);
    expect(health).toMatchObject({ status: 'up', verification: { status: 'equal' } });

    expect(await stopApi(api)).toBe(0);
    const alone = await runCli(dataDir, 'verify');
    expect(alone).toMatchObject({ code: 0, output: expect.stringContaining('every hash chain holds') });
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
