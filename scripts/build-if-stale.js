'use strict';
/**
 * Builds dist/ with `nest build` when any source is newer than the last
 * successful build, so `npm start` and `npm run cli` work on a fresh clone
 * and after every edit without a separate build step, and cost nothing when
 * dist/ is current. One build (tsconfig.start.json) compiles the api, the
 * cli and the projector entry points, so they share it. The web app
 * (apps/web, built by Vite into dist/web) has its own stamp: `npm start`
 * builds it when its sources changed, the cli never needs it.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ROOT = join(__dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
// Relative: nest resolves it against the working directory.
const TSCONFIG = 'scripts/tsconfig.start.json';
const SOURCE_DIRS = ['apps', 'libs'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json', 'scripts/tsconfig.start.json'];
const WEB_DIR = join(ROOT, 'apps', 'web');
const WEB_STAMP = join(ROOT, 'dist', 'web', '.build-stamp');
const WEB_SOURCE_FILES = ['package-lock.json'];
const LOCK = join(ROOT, 'dist', '.build-lock');
const LOCK_WAIT_MS = 10 * 60 * 1000;
// A lock with no pid this long after it was made lost its holder between the two steps.
const UNCLAIMED_LOCK_MS = 30 * 1000;

function newestMtime(path, skip = null) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    const child = join(path, entry);
    if (child !== skip) newest = Math.max(newest, newestMtime(child, skip));
  }
  return newest;
}

function isStale(stamp, sources, skip = null) {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.filter((path) => existsSync(path)).some((path) => newestMtime(path, skip) > built);
}

function stampNow(stamp, startedAt) {
  writeFileSync(stamp, `${startedAt.toISOString()}\n`);
  utimesSync(stamp, startedAt, startedAt);
}

/** The web app served at `/`: rebuilt by Vite when apps/web or the lockfile changed since its stamp. */
function buildWebIfStale() {
  const sources = [WEB_DIR, ...WEB_SOURCE_FILES.map((name) => join(ROOT, name))];
  if (!existsSync(WEB_DIR) || !isStale(WEB_STAMP, sources)) return;
  withBuildLock(() => {
    if (isStale(WEB_STAMP, sources)) buildWeb();
  });
}

function buildWeb() {
  process.stderr.write('building the web app (vite build)…\n');
  const vite = join(dirname(require.resolve('vite/package.json', { paths: [ROOT] })), 'bin', 'vite.js');
  // A production bundle even when a test runner (NODE_ENV=test) asked for the build: Vite and the
  // libraries it bundles read NODE_ENV (Vant's fields, for one, then all share one element id).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 2, 2], env });
  if (result.status !== 0) {
    process.stderr.write(`web build failed (exit ${result.status ?? result.signal}); not starting stale code\n`);
    process.exit(1);
  }
  // The build stamps itself (apps/web/vite.config.mts), so `npm run build` counts too.
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The pid in the lock; 0 while its holder has not written it yet, or when the lock just went. */
function lockHolder(lock) {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

function ageMs(path) {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `work` holding dist/.build-lock, so that processes starting at once
 * (`npm start` beside `npm run cli`, suites of a parallel test run) never
 * write dist/ together: the others wait, then find it current. A lock whose
 * holder is gone (killed mid-build) is taken over.
 */
function withBuildLock(work, lock = LOCK) {
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = lockHolder(lock);
      if (holder > 0 ? !isRunning(holder) : ageMs(lock) > UNCLAIMED_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another build has held ${lock} for ${LOCK_WAIT_MS / 60000} minutes`);
      else sleep(200);
    }
  }
  try {
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildIfStale() {
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((name) => join(ROOT, name));
  if (!isStale(STAMP, sources, WEB_DIR)) return;
  withBuildLock(() => {
    // Whoever held the lock before may have just built it.
    if (isStale(STAMP, sources, WEB_DIR)) buildApi();
  });
}

function buildApi() {
  // Stamped with the start time: a file saved during the build triggers the next one.
  const startedAt = new Date();
  process.stderr.write('building (nest build api)…\n');
  const nest = require.resolve('@nestjs/cli/bin/nest.js', { paths: [ROOT] });
  // Only what the api, cli and projector entry points reach is compiled: work in progress
  // elsewhere in the repo cannot break `npm start`.
  const result = spawnSync(process.execPath, [nest, 'build', 'api', '--path', TSCONFIG], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write(`build failed (exit ${result.status ?? result.signal}); not starting stale code\n`);
    process.exit(1);
  }
  stampNow(STAMP, startedAt);
}

module.exports = { buildIfStale, buildWebIfStale, withBuildLock, ROOT };
