import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../support/api';

const ROOT = join(__dirname, '..', '..');

describe('the projector as its own process (npm run start:projector)', () => {
  let api: TestApi;
  let dataDir: string;
  let projector: ChildProcess | undefined;

  beforeAll(() => {
    const build = spawnSync(process.execPath, ['-e', "require('./scripts/build-if-stale').buildIfStale()"], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  }, 180_000);

  beforeEach(async () => {
    api = await startTestApi({ env: { PROJECTIONS_IN_PROCESS: 'false' } });
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-projector-'));
  });

  afterEach(async () => {
    if (projector && projector.exitCode === null) projector.kill('SIGKILL');
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts from the built output, applies what the api appends, and stops cleanly on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: api.app.database.url, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    const child = spawn(process.execPath, ['scripts/start-projector.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    projector = child;
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 30_000;
    while (!output.includes('"msg":"projector running"')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the projector did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const created = await api.as('admin').post('/v1/communities').send({ communityId: 'beixiajie', name: '北下街社区' });
    expect(created.status).toBe(201);
    const listed = await api.as('admin').get('/v1/communities').set('X-Min-Position', String(created.body.position));
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain('北下街社区');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"projections stopped"');
  }, 60_000);
});
