import { randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPool, runMigrations, startEmbeddedPostgres, type MigrationClass } from '@shiji/postgres';
import request from 'supertest';
import { createApp } from '../../apps/api/src/platform/bootstrap/create-app';
import { loadConfig } from '../../apps/api/src/platform/config/load-config';
import { createRootLogger } from '../../apps/api/src/platform/logging/root-logger';
import { migrations } from '../../apps/api/src/migrations';
import { BackupReader } from '../../apps/cli/src/backup/read-backup';
import { restoreBackup } from '../../apps/cli/src/backup/restore-backup';
import { writeBackup } from '../../apps/cli/src/backup/write-backup';
import type { CliIo } from '../../apps/cli/src/cli-command';
import { COMMANDS } from '../../apps/cli/src/commands';
import { runCli } from '../../apps/cli/src/run-cli';
import { startTestApi, type TestApi } from '../support/api';
import { createTestDatabase } from '../support/database';

const WRITERS = 8;

interface Acknowledged {
  volunteerId: string;
  position: number;
  name: string;
  /** Acknowledged before the backup started. */
  early: boolean;
}

async function cli(env: Record<string, string>, ...argv: string[]) {
  const io = { out: '', err: '', env, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) } satisfies CliIo & { out: string; err: string };
  const code = await runCli(argv, COMMANDS, io);
  return { code, out: io.out, err: io.err };
}

describe('backup of a running instance and restore into a fresh data folder', () => {
  let api: TestApi;
  let scratch: string;

  beforeAll(async () => {
    api = await startTestApi();
    scratch = await mkdtemp(join(tmpdir(), 'shiji-backup-'));
    await chmod(scratch, 0o755);
  });

  afterAll(async () => {
    await api?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('keeps every write acknowledged before its position, with the keys and the signing secret, and the restored instance verifies', async () => {
    const communityId = 'backup-c';
    const staff = () => api.as('staff', [communityId], 'staff-backup');
    await api.as('admin').post('/v1/communities').send({ communityId, name: '备份社区' }).expect(201);
    // The api's data folder, holding the signing key as `npm start` keeps it.
    const sourceDir = join(scratch, 'source');
    await mkdir(sourceDir);
    await writeFile(join(sourceDir, 'jwt-secret'), `${api.app.config.jwtSecret}\n`, { mode: 0o600 });

    const acknowledged: Acknowledged[] = [];
    let backupStarted = false;
    let stop = false;
    let failures = 0;
    const writer = async (index: number) => {
      for (let n = 0; !stop; n += 1) {
        const name = `志愿者${index}-${n}`;
        const created = await staff()
          .post('/v1/volunteers')
          .set('Idempotency-Key', randomUUID())
          .send({ name, phone: `139${String(index).padStart(2, '0')}${String(n).padStart(6, '0')}`, communityId, partyMember: n % 2 === 0 });
        if (created.status !== 201) {
          failures += 1;
          continue;
        }
        // Early only if the answer came before the backup began: a write still in flight then may commit after its snapshot.
        acknowledged.push({ volunteerId: created.body.volunteerId, position: created.body.position, name, early: !backupStarted });
        const served = await staff().post('/v1/service-records').send({ volunteerId: created.body.volunteerId, category: 'culture', startedAt: '2025-03-01T01:00:00Z', minutes: 30 + n, verify: true });
        if (served.status === 201) acknowledged.push({ volunteerId: created.body.volunteerId, position: served.body.position, name, early: !backupStarted });
        else failures += 1;
      }
    };
    const load = Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
    while (acknowledged.length < 100) await new Promise((resolve) => setTimeout(resolve, 20));

    const file = join(scratch, 'instance.backup');
    backupStarted = true;
    const backup = await cli({ DATABASE_URL: api.app.database.url, DATA_DIR: sourceDir }, 'backup', file);
    const writtenDuringBackup = acknowledged.filter((write) => !write.early).length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop = true;
    await load;

    expect(backup).toMatchObject({ code: 0, err: '' });
    expect(failures).toBe(0);
    expect(writtenDuringBackup).toBeGreaterThan(0);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const reader = new BackupReader(file);
    const { position, tables } = await reader.manifest();
    expect(backup.out).toContain(`the log up to position ${position}`);
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['shiji_events', 'personal_data_keys', 'idempotency_keys', 'projection_checkpoints', 'audit_access_log']));
    expect(acknowledged.some((write) => write.position > position)).toBe(true);

    const restoredDir = join(scratch, 'restored');
    const restore = await cli({ DATA_DIR: restoredDir }, 'restore', file);
    expect(restore.err).not.toContain('failed');
    expect(restore.out).toContain('read models: equal to a fresh replay');
    expect(restore.out).toContain('events: every hash chain holds');
    expect(restore.code).toBe(0);
    expect(await readFile(join(restoredDir, 'jwt-secret'), 'utf8')).toBe(`${api.app.config.jwtSecret}\n`);

    const server = await startEmbeddedPostgres({ dataDir: restoredDir });
    const config = await loadConfig({ DATA_DIR: restoredDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', METRICS_PORT: 'off' });
    const restored = await createApp({ config, databaseUrl: server.url, logger: createRootLogger('silent') });
    try {
      const pool = openPool({ connectionString: server.url, max: 1 });
      const { rows } = await pool.query<{ position: number }>('SELECT position::int AS position FROM shiji_events').finally(() => pool.end());
      const positions = new Set(rows.map((row) => row.position));
      const expected = acknowledged.filter((write) => write.position <= position || write.early);
      expect(expected.filter((write) => !positions.has(write.position))).toEqual([]);

      // A token of the original instance works, and the restored keys open the names.
      const token = api.app.token({ sub: 'staff-backup', role: 'staff', communities: [communityId] });
      const sampleWrite = expected[expected.length - 1];
      // The restored views may still be applying the log's tail when the app answers: ask for the write's position, as a client would.
      const volunteer = await request(restored.getHttpServer())
        .get(`/v1/volunteers/${sampleWrite.volunteerId}`)
        .set('Authorization', `Bearer ${token}`)
        .set('X-Min-Position', String(sampleWrite.position))
        .expect(200);
      expect(volunteer.body.name).toBe(sampleWrite.name);

      // Appends after the restore are visible to readers: the restored log took this cluster's transaction ids.
      const created = await request(restored.getHttpServer()).post('/v1/volunteers').set('Authorization', `Bearer ${token}`).send({ name: '恢复后', phone: '13700000000', communityId, partyMember: false }).expect(201);
      const after = await request(restored.getHttpServer()).get(`/v1/volunteers/${created.body.volunteerId}`).set('Authorization', `Bearer ${token}`).set('X-Min-Position', String(created.body.position)).expect(200);
      expect(after.body.name).toBe('恢复后');
    } finally {
      await restored.close();
      await server.stop();
    }
  }, 180_000);

  it('refuses a database that is not empty, and a backup of a newer version, before changing anything', async () => {
    const file = join(scratch, 'newer.backup');
    const manifest = { format: 1, createdAt: new Date().toISOString(), position: 0, migrations: ['FromTheFuture1999999999999'], tables: [], sequences: [], files: {} };
    await writeFile(file, gzipSync(`SHIJI-BACKUP 1\n${JSON.stringify(manifest)}\nEND\n`));
    const newer = await cli({ DATABASE_URL: api.app.database.url, JWT_SECRET: api.app.config.jwtSecret }, 'restore', file);
    expect(newer.code).toBe(1);
    expect(newer.err).toContain('made by a newer version: its migrations FromTheFuture1999999999999 are unknown here');

    await cli({ DATABASE_URL: api.app.database.url, JWT_SECRET: api.app.config.jwtSecret }, 'backup', file);
    const occupied = await cli({ DATABASE_URL: api.app.database.url, JWT_SECRET: api.app.config.jwtSecret }, 'restore', file);
    expect(occupied.code).toBe(1);
    expect(occupied.err).toContain('the database is not empty');
  });

  it('restores the backup of an older version into this one: its schema first, its rows, then the newer migrations', async () => {
    const newest = [...migrations].sort((a, b) => timestampOf(a) - timestampOf(b)).at(-1)!;
    const older = await createTestDatabase();
    const target = await createTestDatabase();
    const pool = openPool({ connectionString: older.url, max: 2 });
    try {
      await runMigrations(older.url, migrations.filter((migration) => migration !== newest));
      await pool.query("INSERT INTO idempotency_keys (scope, key, request_hash, state) VALUES ('staff-1', 'k-1', 'h', 'done')");
      const file = join(scratch, 'older.backup');
      await writeBackup({ pool, position: 0, files: {}, file });

      const summary = await restoreBackup({ url: target.url, file, migrations });

      expect(summary.upgradedBy).toEqual([new newest().name]);
      const restored = openPool({ connectionString: target.url, max: 1 });
      const { rows } = await restored.query('SELECT scope, key FROM idempotency_keys').finally(() => restored.end());
      expect(rows).toEqual([{ scope: 'staff-1', key: 'k-1' }]);
    } finally {
      await pool.end();
      await older.drop();
      await target.drop();
    }
  });
});

function timestampOf(migration: MigrationClass): number {
  return Number(/(\d{13})$/.exec(new migration().name ?? '')?.[1]);
}
