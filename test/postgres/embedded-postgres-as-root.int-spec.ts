import { CLUSTER_LOCATION_FILE, startEmbeddedPostgres, type EmbeddedPostgres } from '@shiji/postgres';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { describeAsRoot } from '../support/as-root';


describeAsRoot('the embedded PostgreSQL, started by root for a data folder only root may enter', () => {
  let scratch: string;
  let server: EmbeddedPostgres | undefined;

  beforeEach(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'shiji-root-'));
    await chmod(scratch, 0o755);
  });

  afterEach(async () => {
    await server?.stop();
    server = undefined;
    await rm(scratch, { recursive: true, force: true });
  });

  const query = async (url: string, sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it('starts, and keeps its data across a restart in the cluster home its data folder names', async () => {
    // Like a project under /root, or cloned into a folder from mktemp.
    const privateDir = join(scratch, 'private');
    await mkdir(privateDir, { mode: 0o700 });
    await chmod(privateDir, 0o700);
    const dataDir = join(privateDir, '.data');
    const options = { dataDir, rootStagingDir: join(scratch, 'staging') };

    server = await startEmbeddedPostgres(options);
    await query(server.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('还在 still here')");
    await server.stop();

    server = await startEmbeddedPostgres(options);
    expect(await query(server.url, 'SELECT note FROM kept')).toEqual([{ note: '还在 still here' }]);
    const home = (await readFile(join(dataDir, CLUSTER_LOCATION_FILE), 'utf8')).trim();
    expect(home.startsWith(join(scratch, 'staging', 'clusters'))).toBe(true);
    const [{ data_directory }] = await query(server.url, 'SHOW data_directory');
    expect(data_directory).toBe(join(home, 'pg'));
  });
});
