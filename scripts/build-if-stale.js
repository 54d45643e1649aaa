'use strict';
/**
 * Builds dist/ with `nest build` when any source is newer than the last
 * successful build, so `npm start` and `npm run cli` work on a fresh clone
 * and after every edit without a separate build step, and cost nothing when
 * dist/ is current. One build (tsconfig.start.json) compiles the api, the
 * cli and the projector entry points, so they share it.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
// Relative: nest resolves it against the working directory.
const TSCONFIG = 'scripts/tsconfig.start.json';
const SOURCE_DIRS = ['apps', 'libs'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json', 'scripts/tsconfig.start.json'];

function newestMtime(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((name) => join(ROOT, name)).filter((path) => existsSync(path));
  return sources.some((path) => newestMtime(path) > built);
}

function buildIfStale() {
  if (!isStale()) return;
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
  writeFileSync(STAMP, `${startedAt.toISOString()}\n`);
  utimesSync(STAMP, startedAt, startedAt);
}

module.exports = { buildIfStale, ROOT };
