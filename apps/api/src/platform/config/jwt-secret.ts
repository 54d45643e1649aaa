import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** HS256 wants a key at least as long as its 256-bit output. */
export const MIN_JWT_SECRET_LENGTH = 32;

export const JWT_SECRET_FILE = 'jwt-secret';

/**
 * The instance's signing secret when JWT_SECRET is not set: generated once
 * into DATA_DIR/jwt-secret (mode 600) and reused, so tokens issued by the cli
 * stay valid across restarts of the api.
 */
export async function readOrCreateJwtSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, JWT_SECRET_FILE);
  const existing = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );
  if (existing !== undefined) {
    if (existing.length < MIN_JWT_SECRET_LENGTH) {
      throw new Error(`${file} holds a secret shorter than ${MIN_JWT_SECRET_LENGTH} characters`);
    }
    return existing;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx' fails if another process created it meanwhile; then that one wins.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateJwtSecret(dataDir);
    throw error;
  }
  // The umask may have narrowed the mode further but never widens it; set it exactly.
  await chmod(file, 0o600);
  return secret;
}
