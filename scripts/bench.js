'use strict';
/**
 * `npm run bench [-- --quick]`: builds the api if needed (it runs as a child
 * process from dist/), then runs bench/main.ts with ts-node (transpile only)
 * and the tsconfig path aliases. Results go to bench/results/latest.json.
 */
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

function build() {
  if (existsSync(join(__dirname, 'build-if-stale.js'))) return require('./build-if-stale').buildIfStale();
  if (existsSync(join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'))) return;
  const nest = require.resolve('@nestjs/cli/bin/nest.js', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [nest, 'build', 'api'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

build();
const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'bench', 'main.ts'), ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') } },
);
process.exit(result.status ?? 1);
