import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { STATE_FILE, type BrowserSuiteServer } from './server';
import { STREET_POLICY_LOCK } from './street-policy';

const ROOT = join(__dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilLive(url: string, deadline: number, exited: () => string | null): Promise<void> {
  for (;;) {
    const exit = exited();
    if (exit) throw new Error(`the api exited before answering: ${exit}`);
    const ok = await fetch(`${url}/health/live`).then((response) => response.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the api did not answer ${url}/health/live in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A copy of the build as it is now, in a folder of its own beside a
 * package.json naming the project (where the api looks for dist/web) and a
 * link to the repository's node_modules: a rebuild while the journeys run
 * replaces the hashed files the api serves, and would fail the journeys
 * loading them.
 */
function snapshotOfBuild(): string {
  const snapshot = mkdtempSync(join(tmpdir(), 'shiji-browser-build-'));
  for (const part of [['apps', 'api'], ['libs'], ['web']]) cpSync(join(ROOT, 'dist', ...part), join(snapshot, 'dist', ...part), { recursive: true });
  writeFileSync(join(snapshot, 'package.json'), JSON.stringify({ name: 'shiji', private: true }));
  symlinkSync(join(ROOT, 'node_modules'), join(snapshot, 'node_modules'), 'dir');
  return snapshot;
}

/** The real api, built (`npm run build`), on a fresh embedded PostgreSQL in a new data folder. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js')) || !existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('build first: npm run build');
  const build = snapshotOfBuild();
  const main = join(build, 'dist', 'apps', 'api', 'src', 'main.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'shiji-browser-'));
  const port = await freePort();
  const jwtSecret = randomBytes(32).toString('hex');
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  rmSync(STREET_POLICY_LOCK, { recursive: true, force: true });
  const log = openSync(join(dirname(STATE_FILE), 'api.log'), 'w');
  const child = spawn(process.execPath, ['--max-semi-space-size=32', main], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000', DATABASE_URL: '', METRICS_PORT: '0' },
    stdio: ['ignore', log, log],
    detached: false,
  });
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = `exit ${code ?? signal}`));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilLive(baseUrl, Date.now() + 120_000, () => exit);
  const state: BrowserSuiteServer = { baseUrl, jwtSecret, pid: child.pid!, dataDir, build };
  writeFileSync(STATE_FILE, JSON.stringify(state));
  child.unref();
}
