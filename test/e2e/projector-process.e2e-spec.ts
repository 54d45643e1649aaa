import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startTestApi, type TestApi } from '../support/api';
import { buildForStart, runScript, type RunningScript } from '../support/child-process';

describe('the projector as its own process (npm run start:projector)', () => {
  let api: TestApi;
  let dataDir: string;
  let projector: RunningScript | undefined;

  beforeAll(buildForStart, 180_000);

  beforeEach(async () => {
    api = await startTestApi({ env: { PROJECTIONS_IN_PROCESS: 'false' } });
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-projector-'));
  });

  afterEach(async () => {
    if (projector && projector.child.exitCode === null) projector.child.kill('SIGKILL');
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts from the built output, applies what the api appends, and stops cleanly on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: api.app.database.url, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    projector = runScript('start-projector.js', [], env);
    await projector.waitFor('"msg":"projector running"');

    const created = await api.as('admin').post('/v1/communities').send({ communityId: 'beixiajie', name: '北下街社区' });
    expect(created.status).toBe(201);
    const listed = await api.as('admin').get('/v1/communities').set('X-Min-Position', String(created.body.position));
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain('北下街社区');

    projector.child.kill('SIGTERM');
    expect(await projector.exited).toBe(0);
    expect(projector.output()).toContain('"msg":"projections stopped"');
  }, 60_000);

  it('keeps projecting after the database ends every connection it holds', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: api.app.database.url, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    projector = runScript('start-projector.js', [], env);
    await projector.waitFor('"msg":"projector running"');
    const first = await api.as('admin').post('/v1/communities').send({ communityId: 'beixiajie', name: '北下街社区' });
    expect((await api.as('admin').get('/v1/communities').set('X-Min-Position', String(first.body.position))).status).toBe(200);

    const admin = new Client({ connectionString: api.app.database.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ n: string }>(
        "SELECT count(*) AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'shiji-projector') AS ended",
      );
      expect(Number(rows[0].n)).toBeGreaterThan(0);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
    } finally {
      await admin.end();
    }

    // The api answers again (its own recovery), and the projector, still running, applies what it appends.
    let second: { status: number; body: { position?: number } } = { status: 0, body: {} };
    for (let attempt = 0; attempt < 50 && second.status !== 201; attempt += 1) {
      second = await api.as('admin').post('/v1/communities').set('Idempotency-Key', 'after-the-blip').send({ communityId: 'nanxiajie', name: '南下街社区' });
      if (second.status !== 201) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(second.status).toBe(201);
    const listed = await api.as('admin').get('/v1/communities').set('X-Min-Position', String(second.body.position));
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain('南下街社区');
    expect(projector.child.exitCode).toBeNull();
  }, 60_000);
});
