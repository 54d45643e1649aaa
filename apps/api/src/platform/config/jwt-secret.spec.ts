import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOrCreateJwtSecret } from './jwt-secret';

describe('readOrCreateJwtSecret', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-secret-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('generates a secret once, readable by its owner only, and reuses it', async () => {
    const first = await readOrCreateJwtSecret(join(dataDir, 'nested'));
    const file = join(dataDir, 'nested', 'jwt-secret');
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readOrCreateJwtSecret(join(dataDir, 'nested'))).toBe(first);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
  });

  it('gives concurrent starts the same secret', async () => {
    const secrets = await Promise.all([1, 2, 3, 4].map(() => readOrCreateJwtSecret(dataDir)));
    expect(new Set(secrets).size).toBe(1);
  });

  it('refuses a secret file too short to sign with', async () => {
    await writeFile(join(dataDir, 'jwt-secret'), 'short\n');
    await expect(readOrCreateJwtSecret(dataDir)).rejects.toThrow(/shorter than 32/);
  });
});
